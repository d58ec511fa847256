package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import io.quotewire.cli.ExitCodes;
import io.quotewire.pg.TestPostgres;
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

/**
 * {@link CrashRecoveryTest}'s SIGKILL case on PostgreSQL: a run in a child JVM killed after ten commits leaves its
 * execution STARTED; {@code restart} sees the owner is gone, recovers and resumes it, and the files equal those of an
 * uninterrupted run on PostgreSQL. (SIGTERM and {@code stop} do not touch the database differently: H2 only.)
 */
class PostgresCrashRecoveryTest {
    private static final int ARTICLES = 600;
    private static final String RUN_DATE = "2020-01-06";

    @TempDir
    Path tmp;

    private String[] withDatabase(TestPostgres.Database db, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        return all.toArray(String[]::new);
    }

    private String[] run(TestPostgres.Database db, Path input, Path out) {
        return withDatabase(db, "run", "--input", input.toString(), "--output", out.toString(), "--run-date", RUN_DATE,
                "--quotewire.chunk-size=10");
    }

    @Test
    void sigkillThenRestartEndsLikeAnUninterruptedRun() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, ARTICLES);
        Path cleanOut = tmp.resolve("clean-out");
        int clean = ChildJvm.run(tmp.resolve("clean.log"), 600, run(TestPostgres.freshDatabase(), input, cleanOut));
        assertThat(clean).as(Files.readString(tmp.resolve("clean.log"))).isEqualTo(ExitCodes.OK);

        TestPostgres.Database db = TestPostgres.freshDatabase();
        Path out = tmp.resolve("out");
        Process first = ChildJvm.start(tmp.resolve("first.log"), run(db, input, out));
        waitForCommits(db, 10, first, tmp.resolve("first.log"));
        first.destroyForcibly();   // SIGKILL: no handler, no hook, no chance to mark anything
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jobStatus(db)).isEqualTo("STARTED");

        int restarted = ChildJvm.run(tmp.resolve("restart.log"), 600, withDatabase(db, "restart"));
        String restartLog = Files.readString(tmp.resolve("restart.log"));
        assertThat(restarted).as(restartLog).isEqualTo(ExitCodes.OK);
        assertThat(restartLog).contains("by a process that is gone").contains("COMPLETED");

        CrashRecoveryTest.assertSameOutputs(out, cleanOut, RUN_DATE, ARTICLES);
    }

    private static void waitForCommits(TestPostgres.Database db, int commits, Process owner, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline && owner.isAlive()) {
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION WHERE STATUS = 'STARTED'")) {
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

    private static String jobStatus(TestPostgres.Database db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
