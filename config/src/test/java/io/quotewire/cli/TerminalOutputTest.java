package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.quotewire.metrics.MetricsConfiguration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What a person reads on the terminal: quotewire's own lines, no Spring chatter, no exception class names. */
@ExtendWith(OutputCaptureExtension.class)
class TerminalOutputTest {
    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli(Clock.fixed(Instant.parse("2020-01-06T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void aRunShowsItsProgressAndSummaryButNotSpringsStartUpNorTheMetricTimers(CapturedOutput terminal) throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 5);
        assertThat(cli.run("run", "--input", input.toString(), "--output", tmp.resolve("out").toString(),
                "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db"),
                "--quotewire.metrics.batch-observations=true")).as(cli.stderr()).isEqualTo(ExitCodes.OK);

        assertThat(terminal.getOut()).contains("run summary").contains("run 2020-01-06: COMPLETED")
                .doesNotContain("Starting QuotewireApplication").doesNotContain("No active profile")
                .doesNotContain("Started QuotewireApplication").doesNotContain("metric spring.batch");
        // the summary is the last thing on the terminal: the timers and Spring's start-up go to the log file only
        for (Class<?> chatty : List.of(QuotewireApplication.class, MetricsConfiguration.class)) {
            ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(chatty);
            List<String> appenders = new java.util.ArrayList<>();
            logger.iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getName()));
            assertThat(logger.isAdditive()).as(chatty.getName()).isFalse();
            assertThat(appenders).as(chatty.getName()).containsExactly("FILE");
        }
    }

    @Test
    void aBadRunDateIsOneLineInWords(CapturedOutput terminal) {
        assertThat(cli.run("run", "--input", tmp.toString(), "--run-date", "2026-13-01")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).isEqualTo("quotewire: --run-date must be a date like 2026-12-01, not \"2026-13-01\""
                + System.lineSeparator());
        assertThat(cli.run("run", "--input", tmp.toString(), "--run-date", "tomorrow")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: --run-date must be a date like 2026-12-01, not \"tomorrow\"");
        assertThat(terminal.getAll()).doesNotContain("DateTimeParseException").doesNotContain("Exception");
    }

    /**
     * A database given through the environment, as systemd or a container would: a wrong password names that
     * database, not the built-in default.
     */
    @Test
    void aWrongPasswordFromTheEnvironmentNamesTheDatabaseInUse() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:quotewire";
            try (Connection keepsItOpen = DriverManager.getConnection(url + ";DB_CLOSE_DELAY=-1", "sa", "right")) {
                Path out = tmp.resolve("child.log");
                ProcessBuilder child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                        "-cp", System.getProperty("java.class.path"), QuotewireApplication.class.getName(), "status"))
                        .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
                child.environment().put("SPRING_DATASOURCE_URL", url + ";IFEXISTS=TRUE");
                child.environment().put("SPRING_DATASOURCE_PASSWORD", "wrong");
                Process p = child.start();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String said = Files.readString(out, StandardCharsets.UTF_8);
                assertThat(p.exitValue()).as(said).isEqualTo(ExitCodes.DATABASE);
                assertThat(said.strip()).startsWith("quotewire: cannot open the database " + url + ": ")
                        .contains("Wrong user name or password").doesNotContain("data/quotewire")
                        .doesNotContain("IFEXISTS").doesNotContain("Exception").doesNotContain("\n");
            }
        } finally {
            server.stop();
        }
    }
}
