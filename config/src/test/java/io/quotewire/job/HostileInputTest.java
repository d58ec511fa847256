package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.JobControl;
import io.quotewire.core.ArticleInput;
import io.quotewire.core.ArticleOutcome;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A night of hostile files, all written by the test: every kind of unusable file, odd entries (links, a FIFO),
 * pathological texts, and files removed or emptied while the run goes. The night must complete, and every entry
 * named {@code *.txt} must come out as an article or as a rejection with its reason.
 */
@SpringBootTest(classes = {QuotewireApplication.class, HostileInputTest.Sabotage.class})
@SpringBatchTest
@ActiveProfiles("test")
class HostileInputTest {
    private static final String TRIGGER = "0-trigger";

    /** When the first article is processed, removes one later file and empties another. */
    @TestConfiguration
    static class Sabotage {
        static final AtomicReference<Path> INPUT = new AtomicReference<>();

        @Bean
        ItemProcessListener<ArticleInput, ArticleOutcome> sabotageLaterFiles() {
            return new ItemProcessListener<>() {
                @Override
                public void beforeProcess(ArticleInput item) {
                    Path input = INPUT.get();
                    if (input == null || !item.articleId().equals(TRIGGER)) {
                        return;
                    }
                    try {
                        Files.deleteIfExists(input.resolve("zz-removed.txt"));
                        try (RandomAccessFile f = new RandomAccessFile(input.resolve("zz-emptied.txt").toFile(), "rw")) {
                            f.setLength(0);
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path tmp;

    @BeforeEach
    void setUp(@Autowired Job quoteJob) {
        jobOperatorTestUtils.setJob(quoteJob);
    }

    @Test
    void aNightOfHostileFilesCompletesAndAccountsForEveryFile() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 12);
        Map<String, String> expected = new HashMap<>();   // source -> reason, or "article"
        for (int i = 1; i <= 12; i++) {
            expected.put(String.format("a%04d.txt", i), "article");
        }
        expected.put("z-empty.txt", "EMPTY");
        expected.put("z-binary.txt", "BINARY");
        expected.put("z-nodate.txt", "NO_DATE");

        write(input, TRIGGER + ".txt", "date 2020-01-02 The first file read.");
        expected.put(TRIGGER + ".txt", "article");
        write(input, "zz-removed.txt", "date 2020-01-02 Removed before it is read.");
        expected.put("zz-removed.txt", "UNREADABLE");
        write(input, "zz-emptied.txt", "date 2020-01-02 Emptied before it is read.");
        expected.put("zz-emptied.txt", "EMPTY");

        write(input, ".txt", "date 2020-01-02 A file with no name.");
        expected.put(".txt", "NO_ID");
        write(input, "h-year-zero.txt", "date 0000-01-01 A placeholder date.");
        expected.put("h-year-zero.txt", "INVALID_DATE");
        write(input, "h-far-future.txt", "date 2099-01-01 A typo in the year.");
        expected.put("h-far-future.txt", "INVALID_DATE");
        write(input, "h-impossible.txt", "date 2020-02-30 No such day.");
        expected.put("h-impossible.txt", "INVALID_DATE");
        write(input, "h-header-only.txt", "date 2020-01-02");
        expected.put("h-header-only.txt", "NO_TEXT");
        Files.write(input.resolve("h-nul.txt"), ("date 2020-01-02 text\u0000with NUL bytes").getBytes(StandardCharsets.UTF_8));
        expected.put("h-nul.txt", "BINARY");
        Files.write(input.resolve("h-latin1.txt"), "date 2020-01-02 Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        expected.put("h-latin1.txt", "NOT_DECODABLE");
        Files.write(input.resolve("h-utf16-bom.txt"), "\uFEFFdate 2020-01-02 “Yes,” said Ann Lee.".getBytes(StandardCharsets.UTF_16LE));
        expected.put("h-utf16-bom.txt", "article");
        Files.write(input.resolve("h-utf16-nobom.txt"), "date 2020-01-02 No mark.".getBytes(Charset.forName("UTF-16LE")));
        expected.put("h-utf16-nobom.txt", "NOT_DECODABLE");
        write(input, "h-quote-marks.txt", "date 2020-01-02 " + "“".repeat(100_000));
        expected.put("h-quote-marks.txt", "article");
        write(input, "h-one-line.txt", "date 2020-01-02 " + "He said “it is fine,” and she said: ".repeat(20_000));
        expected.put("h-one-line.txt", "TOO_MANY_QUOTES");   // 20,000 quotations
        try (RandomAccessFile big = new RandomAccessFile(input.resolve("h-50mb.txt").toFile(), "rw")) {
            big.write("date 2020-01-02 ".getBytes(StandardCharsets.UTF_8));
            big.setLength(50L * 1024 * 1024);
        }
        expected.put("h-50mb.txt", "TOO_LARGE");

        Files.createDirectories(input.resolve("sub"));
        write(input, "sub/x.txt", "date 2020-01-02 A story in a subfolder, said Tom Hale.");
        expected.put("sub/x.txt", "article");
        write(input, "other/x.txt", "date 2020-01-02 Another story of the same file name, said Rita Moss.");
        expected.put("other/x.txt", "article");
        Files.createSymbolicLink(input.resolve("l-inside.txt"), input.resolve("sub/x.txt"));
        expected.put("l-inside.txt", "article");
        Path outside = tmp.resolve("outside.txt");
        write(tmp, "outside.txt", "date 2020-01-02 Outside the input folder.");
        Files.createSymbolicLink(input.resolve("l-outside.txt"), outside);
        expected.put("l-outside.txt", "UNREADABLE");
        Files.createSymbolicLink(input.resolve("l-dangling.txt"), input.resolve("nothing-here.txt"));
        expected.put("l-dangling.txt", "UNREADABLE");
        Files.createSymbolicLink(input.resolve("l-loop.txt"), input.resolve("l-loop.txt"));
        expected.put("l-loop.txt", "UNREADABLE");
        Files.createSymbolicLink(input.resolve("sub/back-up"), input);   // a folder loop: never walked
        Process mkfifo = new ProcessBuilder("mkfifo", input.resolve("p-fifo.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        expected.put("p-fifo.txt", "UNREADABLE");

        Sabotage.INPUT.set(input);
        Path output = tmp.resolve("out");
        JobExecution execution;
        try {
            execution = jobOperatorTestUtils.startJob(JobControl.parameters(input, output, java.time.LocalDate.of(2020, 1, 6), 1));
        } finally {
            Sabotage.INPUT.set(null);
        }

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> found = new HashMap<>();
        for (String line : Files.readAllLines(output.resolve("articles-2020-01-06.jsonl"))) {
            JsonNode a = json.readTree(line);
            assertThat(found.put(a.get("source").asString(), "article")).as("read twice").isNull();
        }
        Map<String, String> details = new HashMap<>();
        for (String line : Files.readAllLines(output.resolve("rejected-2020-01-06.jsonl"))) {
            JsonNode r = json.readTree(line);
            assertThat(found.put(r.get("source").asString(), r.get("reason").asString())).as("read twice").isNull();
            details.put(r.get("source").asString(), r.get("detail").asString());
        }
        assertThat(new TreeSet<>(found.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
                .isEqualTo(new TreeSet<>(expected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        assertThat(details.get("zz-removed.txt")).contains("removed");
        assertThat(details.get("l-outside.txt")).contains("outside the input folder");
        assertThat(details.get("p-fifo.txt")).contains("not a regular file");
        assertThat(details).allSatisfy((source, detail) -> assertThat(detail).as(source).isNotBlank());
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
