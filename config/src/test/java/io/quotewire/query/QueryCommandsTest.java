package io.quotewire.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.QuotewireApplication;
import io.quotewire.cli.ExitCodes;
import io.quotewire.cli.QuotewireCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands that only read, on a database made by running the job on a folder of six articles: a named speaker
 * quoted twice and once more later, descriptions ("spokesman", "the company", "one resident", "a sign on the gate")
 * and a quote of nobody known.
 */
class QueryCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-10T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    private static Path db;
    /** The quotations file's lines by quotation text. */
    private static Map<String, JsonNode> file;
    private static String offer;
    private static String nobody;
    private static String anything;
    private static String cranes;
    private static String spokesman;
    private static String noCut;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void run() throws Exception {
        Path input = Files.createDirectories(shared.resolve("in"));
        write(input, "b001", "2020-02-03 Port strike talks resume\n\nDock workers returned to the table on Monday. "
                + "“The offer on pensions is still too low,” said Maria Lopez, the union's leader. The port authority "
                + "did not comment.\n\nA spokesman said: “We expect an agreement before the weekend.” Ships waited "
                + "outside the harbour.\n");
        write(input, "b002", "2020-02-05 Port strike ends\n\nThe strike ended on Wednesday after nine days. “The offer "
                + "on pensions is still too low,” Maria Lopez said, but members voted to accept it.\n\n“Nobody wins a "
                + "strike like this,” one resident said at the gate.\n");
        write(input, "b003", "2020-02-07 Harbour fees rise\n\nHarbour fees will rise by four percent in March. “It is "
                + "the only way to pay for the new cranes,” the company said in a statement.\n\n“Nobody wins a strike "
                + "like this.”\n\nOfficials said the rise was modest.\n");
        write(input, "b004", "2020-02-08 Letters\n\n“Anything could happen now in the harbour,” read a sign on the "
                + "gate.\n\nThe weather was cold.\n");
        write(input, "b005", "2020-02-08 Notes\n\n“Anything could happen now in the harbour.”\n");
        write(input, "b006", "2020-03-02 Union votes\n\n“We will not accept another cut to pensions,” Maria Lopez "
                + "told members on Monday.\n");
        db = shared.resolve("db");
        CapturedCli cli = new CapturedCli(CLOCK);
        assertThat(cli.run("run", "--input", input.toString(), "--output", shared.resolve("out").toString(),
                "--run-date", "2020-03-10", url(db))).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        file = new java.util.HashMap<>();
        for (String line : Files.readAllLines(shared.resolve("out/quotations-2020-03-10.jsonl"))) {
            JsonNode node = JSON.readTree(line);
            file.put(node.get("quotation").asString(), node);
        }
        assertThat(file).hasSize(6);
        offer = id("The offer on pensions is still too low,");
        nobody = id("Nobody wins a strike like this,");
        anything = id("Anything could happen now in the harbour,");
        cranes = id("It is the only way to pay for the new cranes,");
        spokesman = id("We expect an agreement before the weekend.");
        noCut = id("We will not accept another cut to pensions,");
    }

    private static String id(String quotation) {
        assertThat(file).containsKey(quotation);
        return file.get(quotation).get("quoteID").asString();
    }

    private static void write(Path folder, String name, String text) throws Exception {
        Files.writeString(folder.resolve(name + ".txt"), "date " + text, StandardCharsets.UTF_8);
    }

    private static String url(Path folder) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("quotewire") + ";AUTO_SERVER=TRUE";
    }

    private int cli(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(url(db));
        return new QuotewireCli(QuotewireApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, env).execute(all.toArray(String[]::new));
    }

    private int cli(String... args) {
        return cli(Map.of(), args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return stdout().lines().toList();
    }

    /** The quotation ids of jsonl output, in order. */
    private List<String> ids() {
        return lines().stream().map(l -> JSON.readTree(l).get("quoteID").asString()).toList();
    }

    @Test
    void quotesInJsonlAreTheQuotationsFileLinesMostQuotedFirstThenMostRecent() {
        assertThat(cli("quotes", "--format", "jsonl")).as(stderr()).isEqualTo(ExitCodes.OK);
        // two occurrences each, last said 02-08, 02-07, 02-05; then one each, said 03-02, 02-07, 02-03
        assertThat(ids()).containsExactly(anything, nobody, offer, noCut, cranes, spokesman);
        for (String line : lines()) {
            JsonNode node = JSON.readTree(line);
            assertThat(node).isEqualTo(file.get(node.get("quotation").asString()));
        }
        JsonNode first = JSON.readTree(lines().get(0));
        // a description ("sign on the gate") is no speaker name: its occurrence counts as None (issue 13)
        assertThat(first.get("probas").toString()).isEqualTo("[[\"None\",1.0]]");
        assertThat(first.get("occurrences").get(0).get("speakerDescription").asString()).isEqualTo("sign on the gate");
        assertThat(first.get("occurrences").get(1).get("speaker").isNull()).isTrue();
    }

    @Test
    void quotesTableFitsTheTerminalAndCutsLongTextWithAnEllipsis() {
        assertThat(cli(Map.of("COLUMNS", "80"), "quotes")).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(lines()).hasSize(7).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
        assertThat(lines().get(0)).startsWith("ID").contains("DATE").contains("SPEAKER").endsWith("QUOTATION");
        assertThat(lines().get(1)).startsWith(anything + "  2020-02-08     2  None                  Anything could");
        // 80 columns leave the quotation 21: 20 characters and an ellipsis
        assertThat(lines().get(3)).isEqualTo(offer + "  2020-02-03     2  Maria Lopez           The offer on pension…");
        assertThat(cli(Map.of("COLUMNS", "120"), "quotes")).isEqualTo(ExitCodes.OK);
        assertThat(lines().get(3)).isEqualTo(offer + "  2020-02-03     2  Maria Lopez           "
                + "The offer on pensions is still too low,");
    }

    @Test
    void quotesFilters() {
        assertThat(cli("quotes", "--speaker", "maria LOPEZ", "--format", "jsonl")).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(offer, noCut);
        // "Nobody wins" is a resident's and the company's: descriptions, not speaker names (issue 13)
        assertThat(cli("quotes", "--speaker", "Resident", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).isEmpty();
        assertThat(cli("quotes", "--speaker", "Maria", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).as("the whole name, not a part").isEmpty();

        assertThat(cli("quotes", "--since", "2020-02-07", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(anything, nobody, noCut, cranes);
        assertThat(cli("quotes", "--until", "2020-02-04", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(offer, spokesman);
        assertThat(cli("quotes", "--since", "2020-02-05", "--until", "2020-02-05", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(nobody, offer);

        assertThat(cli("quotes", "--contains", "pensions", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(offer, noCut);
        assertThat(cli("quotes", "--contains", "PENSIONS low", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).as("every word").containsExactly(offer);
        // LIKE's wildcards are escaped: no quotation holds an underscore or a percent sign
        assertThat(cli("quotes", "--contains", "_", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).isEmpty();
        assertThat(cli("quotes", "--contains", "%")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("no quotations match\n");

        assertThat(cli("quotes", "--limit", "2", "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(anything, nobody);
        assertThat(cli("quotes", "--speaker", "maria lopez", "--contains", "cut", "--since", "2020-03-01", "--limit", "1",
                "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(ids()).containsExactly(noCut);
        assertThat(cli("quotes", "--limit", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr().strip()).isEqualTo("quotewire: --limit must be at least 1, not 0");
    }

    @Test
    void quotesCsv() {
        assertThat(cli("quotes", "--format", "csv", "--speaker", "Maria Lopez")).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("quoteID,date,numOccurrences,speaker,quotation\r\n"
                + offer + ",2020-02-03,2,Maria Lopez,\"The offer on pensions is still too low,\"\r\n"
                + noCut + ",2020-03-02,1,Maria Lopez,\"We will not accept another cut to pensions,\"\r\n");
    }

    @Test
    void speakersListNamesThenDescriptionsThenTheUnknownSpeaker() {
        assertThat(cli(Map.of("COLUMNS", "80"), "speakers")).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("""
                SPEAKER                        TYPE          QUOTATIONS  OCCURRENCES
                Maria Lopez                    person                 2            3

                DESCRIPTION (names nobody)     TYPE          QUOTATIONS  OCCURRENCES
                company                        organization           2            2
                resident                       person                 1            1
                sign on the gate               person                 1            1
                spokesman                      person                 1            1

                UNKNOWN                        TYPE          QUOTATIONS  OCCURRENCES
                (unknown)                      unknown                1            1
                """);
        assertThat(cli("speakers", "--format", "jsonl", "--top", "1")).isEqualTo(ExitCodes.OK);
        assertThat(lines()).containsExactly(
                "{\"speaker\":\"Maria Lopez\",\"kind\":\"name\",\"type\":\"person\",\"numQuotations\":2,\"numOccurrences\":3}",
                "{\"speaker\":\"company\",\"kind\":\"description\",\"type\":\"organization\",\"numQuotations\":2,\"numOccurrences\":2}",
                "{\"speaker\":\"None\",\"kind\":\"unknown\",\"type\":\"unknown\",\"numQuotations\":1,\"numOccurrences\":1}");
        assertThat(cli("speakers", "--format", "csv", "--since", "2020-02-06")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("speaker,kind,type,numQuotations,numOccurrences\r\n"
                + "Maria Lopez,name,person,1,1\r\n"
                + "company,description,organization,2,2\r\n"
                + "sign on the gate,description,person,1,1\r\n"
                + "None,unknown,unknown,1,1\r\n");
        assertThat(cli("speakers", "--until", "2020-02-04", "--format", "csv")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("speaker,kind,type,numQuotations,numOccurrences\r\n"
                + "Maria Lopez,name,person,1,1\r\n"
                + "spokesman,description,person,1,1\r\n");
    }

    @Test
    void speakerKinds() {
        assertThat(SpeakerKind.of("Ronald Reagan")).isEqualTo(SpeakerKind.name);
        assertThat(SpeakerKind.of("official")).isEqualTo(SpeakerKind.description);
        assertThat(SpeakerKind.of("a spokesman")).isEqualTo(SpeakerKind.description);
        assertThat(SpeakerKind.of("senior Treasury official")).isEqualTo(SpeakerKind.description);
        assertThat(SpeakerKind.of("None")).isEqualTo(SpeakerKind.unknown);
        assertThat(SpeakerKind.of("")).isEqualTo(SpeakerKind.unknown);
        assertThat(SpeakerKind.of(null)).isEqualTo(SpeakerKind.unknown);
    }

    @Test
    void quotationShowsItsSpeakersSharesAndEveryOccurrenceWithItsSentence() {
        assertThat(cli(Map.of("COLUMNS", "120"), "quotation", nobody)).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("quotation " + nobody + "\n"
                + "  “Nobody wins a strike like this,”\n"
                + "speaker None, 2 occurrences in 2 articles, first 2020-02-05, last 2020-02-07\n"
                + "\n"
                + String.format("%-40s  %7s  %11s%n", "SPEAKER", "SHARE", "OCCURRENCES")
                + String.format("%-40s  %7s  %11s%n", "None", "100.0%", "2")
                + "\n"
                + "DATE        ARTICLE  SPEAKER             SENTENCE\n"
                + "2020-02-05  b002     resident            “Nobody wins a strike like this,” one resident said at the gate.\n"
                + "2020-02-07  b003     company             “Nobody wins a strike like this.”\n");
        // at 80 columns the sentence is cut to what is left of the line
        assertThat(cli(Map.of("COLUMNS", "80"), "quotation", nobody)).isEqualTo(ExitCodes.OK);
        assertThat(lines()).contains("2020-02-05  b002     resident            “Nobody wins a strike like this,” one…")
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));

        assertThat(cli("quotation", offer, "--format", "jsonl")).isEqualTo(ExitCodes.OK);
        assertThat(lines()).hasSize(1);
        JsonNode q = JSON.readTree(lines().get(0));
        JsonNode inFile = file.get("The offer on pensions is still too low,");
        for (String field : List.of("quoteID", "quotation", "speaker", "probas", "qids", "date", "numOccurrences", "articleIds")) {
            assertThat(q.get(field)).as(field).isEqualTo(inFile.get(field));
        }
        assertThat(q.get("occurrences").toString()).isEqualTo("[{\"articleId\":\"b001\",\"quoteId\":\"b001#q1\","
                + "\"date\":\"2020-02-03\",\"speaker\":\"Maria Lopez\",\"title\":\"Port strike talks resume\","
                + "\"published\":\"2020-02-03\",\"sentence\":\"“The offer on pensions is still too low,” said Maria Lopez, "
                + "the union's leader.\"},{\"articleId\":\"b002\",\"quoteId\":\"b002#q1\",\"date\":\"2020-02-05\","
                + "\"speaker\":\"Maria Lopez\",\"title\":\"Port strike ends\",\"published\":\"2020-02-05\",\"sentence\":"
                + "\"“The offer on pensions is still too low,” Maria Lopez said, but members voted to accept it.\"}]");

        assertThat(cli("quotation", anything, "--format", "csv")).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).isEqualTo("quoteID,articleId,quoteId,date,speaker,title,sentence\r\n"
                + anything + ",b004,b004#q1,2020-02-08,sign on the gate,Letters,"
                + "\"“Anything could happen now in the harbour,” read a sign on the gate.\"\r\n"
                + anything + ",b005,b005#q1,2020-02-08,None,Notes,“Anything could happen now in the harbour.”\r\n");
    }

    @Test
    void aMergedQuotationIdLeadsToTheQuotationItWasMergedInto() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        try (var files = Files.list(db)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String password = Files.readString(copy.resolve("quotewire.secret")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("quotewire"), "sa", password);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO quotation_redirect (quotation_id, merged_into) VALUES ('Qold', '" + offer + "')");
        }
        out.reset();
        err.reset();
        int code = new QuotewireCli(QuotewireApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, Map.of())
                .execute("quotation", "Qold", url(copy));
        assertThat(code).as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(lines().get(0)).isEqualTo("quotation " + offer + " (Qold was merged into it)");
    }

    @Test
    void anUnknownQuotationIsOneLineAndExitCode8() {
        assertThat(cli("quotation", "Qnope")).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(stderr()).isEqualTo("quotewire: no quotation Qnope\n");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aMissingDatabaseIsOneLineAndExitCode7AndIsNotMade() {
        Path missing = tmp.resolve("nothing");
        for (String command : List.of("quotes", "speakers", "status")) {
            out.reset();
            err.reset();
            int code = new QuotewireCli(QuotewireApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, Map.of()).execute(command, url(missing));
            assertThat(code).isEqualTo(ExitCodes.DATABASE);
            assertThat(stderr()).isEqualTo("quotewire: no database at " + missing.resolve("quotewire.mv.db")
                    + " (nothing has run on it; give --spring.datasource.url=... for another one)\n");
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void theQueryCommandsStartNoSpringInAJvmOfTheirOwn() throws Exception {
        for (List<String> command : List.of(List.of("quotes", "--limit", "3"), List.of("speakers"),
                List.of("quotation", offer), List.of("status"))) {
            Path classes = tmp.resolve("classes.log");
            List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load:file=" + classes, "-cp", System.getProperty("java.class.path"),
                    QuotewireApplication.class.getName()));
            args.addAll(command);
            args.add(url(db));
            Path log = tmp.resolve("out.log");
            Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log);
            assertThat(p.exitValue()).as(output).isEqualTo(ExitCodes.OK);
            assertThat(output).as(command.toString()).doesNotContain("INFO").doesNotContain("Spring")
                    .doesNotContain("Flyway");
            String loaded = Files.readString(classes);
            assertThat(loaded).as("classes loaded by " + command).contains("io.quotewire.query.")
                    .doesNotContain("org.springframework.boot.SpringApplication ")
                    .doesNotContain("org.springframework.context.support.")
                    .doesNotContain("org.springframework.batch.")
                    .doesNotContain("org.flywaydb.")
                    .doesNotContain("com.zaxxer.hikari.");
        }
    }
}
