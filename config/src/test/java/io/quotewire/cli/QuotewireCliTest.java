package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator meets it: exit codes and one-line errors. */
class QuotewireCliTest {
    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli(Clock.fixed(Instant.parse("2020-01-06T02:00:00Z"), ZoneOffset.UTC));

    private int cli(String... args) {
        return cli.run(args);
    }

    private String db() {
        return "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db");
    }

    private String stdout() {
        return cli.stdout();
    }

    private String stderr() {
        return cli.stderr();
    }

    @Test
    void runCompletesThenRefusesToRunTheSameNightAgainAndStatusReportsIt() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 12);
        Path output = tmp.resolve("out");

        assertThat(cli("run", "--input", input.toString(), "--output", output.toString(), db()))
                .as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("COMPLETED");
        // the run date defaults to today (the fixed clock's date)
        assertThat(output.resolve("articles-2020-01-06.jsonl")).exists();
        assertThat(Files.readAllLines(output.resolve("articles-2020-01-06.jsonl"))).hasSize(12);

        assertThat(cli("run", "--input", input.toString(), "--output", output.toString(), db()))
                .isEqualTo(ExitCodes.ALREADY_COMPLETE);
        assertThat(stderr()).startsWith("quotewire: ").contains("already completed").doesNotContain("Exception");

        assertThat(cli("status", db())).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("COMPLETED").contains("analyze").contains("read      15")
                .contains("exportQuotations");

        assertThat(cli("restart", db())).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(stderr()).contains("no failed, stopped or interrupted execution");
        assertThat(cli("restart", "99", db())).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(stderr().strip()).isEqualTo("quotewire: no execution 99");
        assertThat(cli("abandon", "99", db())).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(cli("stop", db())).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(stderr()).contains("no running execution");
    }

    @Test
    void anEmptyFolderIsACompletedNightWithNothingInIt() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("empty"));
        Path output = tmp.resolve("out");

        assertThat(cli("run", "--input", input.toString(), "--output", output.toString(), db()))
                .as(stderr()).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).contains("COMPLETED");
        assertThat(Files.readAllLines(output.resolve("articles-2020-01-06.jsonl"))).isEmpty();
        assertThat(stderr()).doesNotContain("Exception");
        assertThat(stdout()).containsOnlyOnce("note: the input folder holds no article file (*.txt): the night completed with nothing in it");
    }

    @Test
    void threadsOutsideTheirRangeAreAUsageError() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        assertThat(cli("run", "--input", input.toString(), "--threads", "0", db())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr().strip()).isEqualTo("quotewire: --threads must be between 1 and 256, not 0");
    }

    @Test
    void remoteWorkersOnAnH2FileAreRefusedInOneLineAndTheirOptionsAloneAreUsageErrors() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(cli("run", "--input", input.toString(), "--remote-workers",
                "--quotewire.remote.broker-url=tcp://127.0.0.1:" + port, db())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr().strip()).startsWith("quotewire: the manager and its workers share the job repository")
                .contains("PostgreSQL").doesNotContain("\n");
        assertThat(cli("run", "--input", input.toString(), "--partitions", "4", db())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("run", "--input", input.toString(), "--broker", "tcp://x:1", db())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("worker", db())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("PostgreSQL");
    }

    @Test
    void aMissingInputFolderIsAOneLineError() {
        assertThat(cli("run", "--input", tmp.resolve("nope").toString(), db())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr().strip()).startsWith("quotewire: input folder not found").doesNotContain("\n");
    }

    @Test
    void anUnusableDatabaseIsAOneLineError() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 1);
        Files.writeString(tmp.resolve("file"), "not a folder");
        int code = cli("run", "--input", input.toString(),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("file/sub/db"));
        assertThat(code).isEqualTo(ExitCodes.DATABASE);
        assertThat(stderr().strip()).startsWith("quotewire: cannot open the database").doesNotContain("\n\tat ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli("run")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("Missing required option: '--input=DIR'");
        assertThat(cli("frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("run", "--input", "x", "--run-date", "2020-02-30")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void springPropertiesAreToldApartFromOptions() {
        assertThat(QuotewireCli.isSpringProperty("--spring.datasource.url=jdbc:h2:mem:x")).isTrue();
        assertThat(QuotewireCli.isSpringProperty("--quotewire.chunk-size=5")).isTrue();
        assertThat(QuotewireCli.isSpringProperty("--input=seeds")).isFalse();
        assertThat(QuotewireCli.isSpringProperty("--input")).isFalse();
        assertThat(QuotewireCli.isSpringProperty("seeds/x.y")).isFalse();
    }
}
