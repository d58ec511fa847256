package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import io.quotewire.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run killed with SIGKILL in the middle of a step leaves its execution STARTED; {@code restart} must see that the
 * owner is dead, recover the execution, resume it from the last commit, and end with the outputs of an
 * uninterrupted run. (That a live owner is never taken over is {@link RunOwnershipTest}'s.)
 */
class CrashRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void sigkillThenRestartEndsLikeAnUninterruptedRun() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 1000);
        String crashedDb = "jdbc:h2:file:" + tmp.resolve("crashed/db") + ";AUTO_SERVER=TRUE";
        Path crashedOut = tmp.resolve("crashed-out");
        String[] run = {"run", "--input", input.toString(), "--output", crashedOut.toString(), "--run-date", "2020-01-06",
                "--spring.datasource.url=" + crashedDb, "--quotewire.chunk-size=10"};

        Process first = ChildJvm.start(tmp.resolve("first.log"), run);
        waitForCommits(crashedDb, 10, first, tmp.resolve("first.log"));

        first.destroyForcibly();   // SIGKILL: no shutdown hook, no chance to mark anything
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jobStatus(crashedDb)).isEqualTo("STARTED");

        int restarted = ChildJvm.run(tmp.resolve("restart.log"), 300, "restart", "--spring.datasource.url=" + crashedDb);
        String restartLog = Files.readString(tmp.resolve("restart.log"));
        assertThat(restarted).as(restartLog).isEqualTo(ExitCodes.OK);
        assertThat(restartLog).contains("by a process that is gone").contains("COMPLETED");

        String cleanDb = "jdbc:h2:file:" + tmp.resolve("clean/db");
        Path cleanOut = tmp.resolve("clean-out");
        int clean = ChildJvm.run(tmp.resolve("clean.log"), 300, "run", "--input", input.toString(), "--output",
                cleanOut.toString(), "--run-date", "2020-01-06", "--spring.datasource.url=" + cleanDb,
                "--quotewire.chunk-size=10");
        assertThat(clean).as(Files.readString(tmp.resolve("clean.log"))).isEqualTo(ExitCodes.OK);

        for (String file : List.of("articles-2020-01-06.jsonl", "quotations-2020-01-06.jsonl")) {
            assertThat(Files.readString(crashedOut.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(Files.readString(cleanOut.resolve(file), StandardCharsets.UTF_8));
        }
        assertThat(rejections(crashedOut)).isEqualTo(rejections(cleanOut)).hasSize(3);
        assertThat(Files.readAllLines(crashedOut.resolve("articles-2020-01-06.jsonl"))).hasSize(1000);
    }

    /** Rejections without their timestamps, which differ between two runs. */
    private static List<String> rejections(Path out) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(out.resolve("rejected-2020-01-06.jsonl")).stream().map(json::readTree)
                .map((JsonNode n) -> n.get("articleId").asString() + "|" + n.get("reason").asString() + "|"
                        + n.get("detail").asString())
                .toList();
    }

    private static void waitForCommits(String url, int commits, Process owner, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && owner.isAlive()) {
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION "
                         + "WHERE STATUS = 'STARTED'")) {
                if (rs.next() && rs.getLong(1) >= commits) {
                    return;
                }
            } catch (SQLException notYetMigrated) {
                // the child has not created the tables yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no step of the run reached " + commits + " commits while running; its log:\n"
                + Files.readString(log));
    }

    private static String jobStatus(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
