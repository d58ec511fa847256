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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job in child JVMs, interrupted for real. SIGKILL leaves the execution STARTED: {@code restart} sees that
 * the owner is dead, recovers the execution and resumes it. SIGTERM stops it at a chunk boundary: it ends STOPPED
 * (exit code 3) and {@code restart} resumes it; so does {@code stop} from another process. Each way the outputs
 * equal those of an uninterrupted run.
 * (That a live owner is never taken over is {@link RunOwnershipTest}'s.)
 */
class CrashRecoveryTest {
    private static final int ARTICLES = 600;
    private static final String RUN_DATE = "2020-01-06";

    @TempDir
    static Path shared;
    private static Path input;
    private static Path cleanOut;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        input = shared.resolve("in");
        TestArticles.writeFolder(input, ARTICLES);
        cleanOut = shared.resolve("clean-out");
        int clean = ChildJvm.run(shared.resolve("clean.log"), 600, "run", "--input", input.toString(), "--output",
                cleanOut.toString(), "--run-date", RUN_DATE, "--spring.datasource.url=jdbc:h2:file:" + shared.resolve("clean/db"),
                "--quotewire.chunk-size=10");
        assertThat(clean).as(Files.readString(shared.resolve("clean.log"))).isEqualTo(ExitCodes.OK);
    }

    private String[] runArgs(String db, Path out) {
        // chunks of 2 (the clean run's are of 10): a stop sent by another JVM, which takes seconds to start, still
        // finds the run going; and the outputs must not depend on the chunk size
        return new String[] {"run", "--input", input.toString(), "--output", out.toString(), "--run-date", RUN_DATE,
                "--spring.datasource.url=" + db, "--quotewire.chunk-size=2"};
    }

    @Test
    void sigkillThenRestartEndsLikeAnUninterruptedRun() throws Exception {
        sigkillThenRestart("%");
    }

    /**
     * Killed in the cross-article step, which keeps the window's days and a chunk's quotations in memory: the
     * restart rebuilds them from what was committed and decides the rest exactly as the uninterrupted run did.
     */
    @Test
    void sigkillInTheCrossArticleStepThenRestartEndsLikeAnUninterruptedRun() throws Exception {
        sigkillThenRestart("deduplicate");
    }

    private void sigkillThenRestart(String step) throws Exception {
        String db = db();
        Path out = tmp.resolve("out");

        Process first = ChildJvm.start(tmp.resolve("first.log"), runArgs(db, out));
        waitForCommits(db, step, 10, first, tmp.resolve("first.log"));
        first.destroyForcibly();   // SIGKILL: no handler, no hook, no chance to mark anything
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jobStatus(db)).isEqualTo("STARTED");

        int restarted = ChildJvm.run(tmp.resolve("restart.log"), 600, "restart", "--spring.datasource.url=" + db);
        String restartLog = Files.readString(tmp.resolve("restart.log"));
        assertThat(restarted).as(restartLog).isEqualTo(ExitCodes.OK);
        assertThat(restartLog).contains("by a process that is gone").contains("COMPLETED");
        assertSameOutputs(out);
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndRestartEndsLikeAnUninterruptedRun() throws Exception {
        String firstLog = stopThenRestart(first -> first.destroy());   // SIGTERM
        assertThat(firstLog).contains("SIGTERM: stopping execution").contains("STOPPED");
    }

    @Test
    void stopFromAnotherProcessEndsStoppedAndRestartEndsLikeAnUninterruptedRun() throws Exception {
        String firstLog = stopThenRestart(first -> {
            int stop = ChildJvm.run(tmp.resolve("stop.log"), 120, "stop", "--spring.datasource.url=" + db());
            String stopLog = Files.readString(tmp.resolve("stop.log"));
            assertThat(stop).as(stopLog).isEqualTo(ExitCodes.OK);
            assertThat(stopLog).contains("to stop at its next chunk boundary");
        });
        // the step must end STOPPED, not FAILED on a version clash with the stopping process
        assertThat(firstLog).doesNotContain("OptimisticLockingFailure");
    }

    private interface StopRequest {
        void send(Process run) throws Exception;
    }

    private String db() {
        // the default URL's settings that make a SIGKILL lose nothing committed
        return "jdbc:h2:file:" + tmp.resolve("db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * Starts a run, asks it to stop once ten chunks are committed, checks that it ended STOPPED with exit code 3,
     * restarts it and compares the outputs with the uninterrupted run's. Returns the first run's log.
     */
    private String stopThenRestart(StopRequest request) throws Exception {
        String db = db();
        Path out = tmp.resolve("out");
        Process first = ChildJvm.start(tmp.resolve("first.log"), runArgs(db, out));
        waitForCommits(db, "%", 10, first, tmp.resolve("first.log"));
        request.send(first);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String firstLog = Files.readString(tmp.resolve("first.log"));
        assertThat(first.exitValue()).as(firstLog).isEqualTo(ExitCodes.STOPPED);
        // a stop reads as a stop on the terminal: the summary says so in words, not as Spring Batch's interruption
        assertThat(firstLog).contains("reason: stopped on request").doesNotContain("JobInterruptedException")
                .doesNotContain("Job interrupted");
        assertThat(jobStatus(db)).isEqualTo("STOPPED");

        int restarted = ChildJvm.run(tmp.resolve("restart.log"), 600, "restart", "--spring.datasource.url=" + db);
        assertThat(restarted).as(Files.readString(tmp.resolve("restart.log"))).isEqualTo(ExitCodes.OK);
        assertSameOutputs(out);
        return firstLog;
    }

    private static void assertSameOutputs(Path out) throws Exception {
        assertSameOutputs(out, cleanOut, RUN_DATE, ARTICLES);
    }

    /**
     * The files of a restarted run equal those of the uninterrupted run in {@code clean} (the rejections without
     * their timestamps); the PostgreSQL crash test asserts the same.
     */
    static void assertSameOutputs(Path out, Path cleanOut, String runDate, int articles) throws Exception {
        for (String file : List.of("articles-" + runDate + ".jsonl", "quotations-" + runDate + ".jsonl")) {
            assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(Files.readString(cleanOut.resolve(file), StandardCharsets.UTF_8));
        }
        assertThat(rejections(out, runDate)).isEqualTo(rejections(cleanOut, runDate)).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("articles-" + runDate + ".jsonl"))).hasSize(articles);
    }

    /** Rejections without their timestamps, which differ between two runs. */
    private static List<String> rejections(Path out, String runDate) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(out.resolve("rejected-" + runDate + ".jsonl")).stream().map(json::readTree)
                .map((JsonNode n) -> n.get("articleId").asString() + "|" + n.get("reason").asString() + "|"
                        + n.get("detail").asString())
                .toList();
    }

    /** Waits until a running step whose name is like {@code step} (SQL LIKE) has committed {@code commits} chunks. */
    private static void waitForCommits(String url, String step, int commits, Process owner, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        // the child must open the database first: with AUTO_SERVER the first process to open it serves the others,
        // and the child must be that process, not this test's short-lived connections
        while (System.nanoTime() < deadline && owner.isAlive() && !Files.readString(log).contains("items to do")) {
            Thread.sleep(50);
        }
        while (System.nanoTime() < deadline && owner.isAlive()) {
            try (Connection c = connect(url);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION "
                         + "WHERE STATUS = 'STARTED' AND STEP_NAME LIKE '" + step + "'")) {
                if (rs.next() && rs.getLong(1) >= commits) {
                    return;
                }
            } catch (SQLException | java.io.IOException notYetMigrated) {
                // the child has not created the tables (or its password) yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no step " + step + " of the run reached " + commits + " commits while running; its log:\n"
                + Files.readString(log));
    }

    /** A connection with the password the command line generated beside the database. */
    private static Connection connect(String url) throws SQLException, java.io.IOException {
        String password = io.quotewire.cli.H2FileDatabase.of(url).orElseThrow().readSecret()
                .orElseThrow(() -> new java.io.IOException("no password yet"));
        return DriverManager.getConnection(url, "sa", password);
    }

    private static String jobStatus(String url) throws SQLException, java.io.IOException {
        try (Connection c = connect(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
