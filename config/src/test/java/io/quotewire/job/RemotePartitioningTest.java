package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import io.quotewire.cli.ExitCodes;
import io.quotewire.pg.TestPostgres;
import java.net.ServerSocket;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning as an operator runs it: a manager JVM ({@code run --remote-workers}, with its embedded Artemis
 * broker on loopback) and worker JVMs ({@code quotewire worker}) sharing a PostgreSQL job repository, over a
 * generated corpus. The outputs must equal those of a single-process run; a worker killed with SIGKILL mid-run makes
 * the manager fail that partition (its lease runs out), and {@code restart} runs only that partition again.
 */
class RemotePartitioningTest {
    private static final int ARTICLES = 600;
    private static final String RUN_DATE = "2020-01-06";
    /** Small commits, so that a partition is still running when the test kills its worker. */
    private static final String CHUNK = "--quotewire.chunk-size=2";

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    private static Path input;
    private static Path cleanOut;
    private final List<Process> children = new ArrayList<>();

    /** The corpus, and the files a single process writes for it (local partitioning, one JVM). */
    @BeforeAll
    static void singleProcessRun() throws Exception {
        input = shared.resolve("in");
        TestArticles.writeFolder(input, ARTICLES);
        cleanOut = shared.resolve("clean-out");
        int clean = ChildJvm.run(shared.resolve("clean.log"), 600, withDatabase(TestPostgres.freshDatabase(), "run",
                "--input", input.toString(), "--output", cleanOut.toString(), "--run-date", RUN_DATE, CHUNK));
        assertThat(clean).as(Files.readString(shared.resolve("clean.log"))).isEqualTo(ExitCodes.OK);
    }

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * With a broker of its own (here in the test JVM, as an external one in production) and four workers waiting,
     * each worker takes one of the four partitions, and the files equal a single process's.
     */
    @Test
    void fourWorkersEachRunOnePartitionAndGiveTheOutputsOfOneProcess() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        String broker = freeBrokerUrl();
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .addAcceptorConfiguration("test", broker).setPersistenceEnabled(false).setSecurityEnabled(false));
        server.start();
        try {
            for (int i = 0; i < 4; i++) {
                worker(db, broker, "worker" + i + ".log");
            }
            waitForConsumers(server, 4);
            Path out = tmp.resolve("out");
            Process manager = ChildJvm.start(tmp.resolve("manager.log"), withDatabase(db, "run", "--input",
                    input.toString(), "--output", out.toString(), "--run-date", RUN_DATE, "--remote-workers",
                    "--broker", broker, "--partitions", "4", CHUNK, "--quotewire.remote.poll=200ms"));
            children.add(manager);
            assertThat(manager.waitFor(600, TimeUnit.SECONDS)).isTrue();
            assertThat(manager.exitValue()).as(Files.readString(tmp.resolve("manager.log"))).isEqualTo(ExitCodes.OK);
            CrashRecoveryTest.assertSameOutputs(out, cleanOut, RUN_DATE, ARTICLES);
            for (int i = 0; i < 4; i++) {
                String log = Files.readString(tmp.resolve("worker" + i + ".log"));
                assertThat(log.split("running partition", -1)).as("worker %d ran one partition: %s", i, log).hasSize(2);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aWorkerKilledMidRunFailsItsPartitionAndRestartRunsOnlyThatOne() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        String broker = freeBrokerUrl();
        Path out = tmp.resolve("out");
        Process manager = manager(db, broker, out, "manager.log");
        Process first = worker(db, broker, "worker0.log");
        Process second = worker(db, broker, "worker1.log");

        long victimPid = waitForARunningPartition(db, 5, manager);
        Process victim = first.pid() == victimPid ? first : second;
        assertThat(victim.pid()).as("the lease names a worker of this test").isEqualTo(victimPid);
        victim.destroyForcibly();   // SIGKILL: the worker cannot mark anything
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(manager.waitFor(300, TimeUnit.SECONDS)).as("the manager gives up on the dead worker").isTrue();
        String managerLog = Files.readString(tmp.resolve("manager.log"));
        assertThat(manager.exitValue()).as(managerLog).isEqualTo(ExitCodes.FAILED);
        assertThat(managerLog).contains("stopped renewing its lease").contains("quotewire restart");
        List<String> failed = partitions(db, "FAILED");
        assertThat(failed).hasSize(1);

        // the survivor is still up; the restarted manager starts its broker again and the survivor reconnects
        restartOnWorkers(db, broker);
        assertThat(partitionsOfLastExecution(db)).as("only the failed partition runs again").containsExactlyElementsOf(failed);
        CrashRecoveryTest.assertSameOutputs(out, cleanOut, RUN_DATE, ARTICLES);
    }

    @Test
    void sigtermOnAWorkerStopsItsPartitionAtAChunkBoundaryAndRestartResumesIt() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        String broker = freeBrokerUrl();
        Path out = tmp.resolve("out");
        Process manager = manager(db, broker, out, "manager.log");
        Process first = worker(db, broker, "worker0.log");
        waitForARunningPartition(db, 5, manager);
        first.destroy();   // SIGTERM
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the worker exits once its partition stopped").isTrue();
        assertThat(Files.readString(tmp.resolve("worker0.log"))).contains("stopping partition");
        assertThat(partitions(db, "STOPPED")).hasSize(1);

        // another worker takes the partitions still queued; the night then ends stopped, and restart resumes it
        worker(db, broker, "worker1.log");
        assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(manager.exitValue()).as(Files.readString(tmp.resolve("manager.log"))).isEqualTo(ExitCodes.STOPPED);
        restartOnWorkers(db, broker);
        assertThat(partitionsOfLastExecution(db)).hasSize(1);
        CrashRecoveryTest.assertSameOutputs(out, cleanOut, RUN_DATE, ARTICLES);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** {@code restart --remote-workers} with the manager's embedded broker at {@code broker}: it must complete. */
    private void restartOnWorkers(TestPostgres.Database db, String broker) throws Exception {
        int restarted = ChildJvm.run(tmp.resolve("restart.log"), 600, withDatabase(db, "restart", "--remote-workers",
                "--quotewire.remote.broker-url=" + broker, CHUNK, "--quotewire.remote.poll=200ms"));
        assertThat(restarted).as(Files.readString(tmp.resolve("restart.log"))).isEqualTo(ExitCodes.OK);
    }

    private Process manager(TestPostgres.Database db, String broker, Path out, String log) throws Exception {
        Process p = ChildJvm.start(tmp.resolve(log), withDatabase(db, "run", "--input", input.toString(), "--output",
                out.toString(), "--run-date", RUN_DATE, "--remote-workers", "--partitions", "4",
                "--quotewire.remote.broker-url=" + broker, CHUNK, "--quotewire.remote.poll=200ms",
                "--quotewire.remote.lease=3s"));
        children.add(p);
        return p;
    }

    private Process worker(TestPostgres.Database db, String broker, String log) throws Exception {
        Process p = ChildJvm.start(tmp.resolve(log), withDatabase(db, "worker", "--threads", "1", "--broker", broker,
                CHUNK, "--quotewire.remote.heartbeat=500ms"));
        children.add(p);
        return p;
    }

    private static String[] withDatabase(TestPostgres.Database db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        return all.toArray(String[]::new);
    }

    private static String freeBrokerUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "tcp://127.0.0.1:" + s.getLocalPort();
        }
    }

    private void waitForConsumers(EmbeddedActiveMQ server, int consumers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            var queue = server.getActiveMQServer().locateQueue("quotewire.analyze");
            if (queue != null && queue.getConsumerCount() >= consumers) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the workers did not all connect to the broker; first worker's log:\n"
                + Files.readString(tmp.resolve("worker0.log")));
    }

    /** Waits for a partition with a lease and {@code commits} commits; returns its worker's pid. */
    private long waitForARunningPartition(TestPostgres.Database db, int commits, Process manager) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline && manager.isAlive()) {
            try (Connection c = connect(db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT w.owner FROM partition_worker w JOIN BATCH_STEP_EXECUTION e"
                         + " ON e.STEP_EXECUTION_ID = w.step_execution_id WHERE e.STATUS = 'STARTED'"
                         + " AND e.COMMIT_COUNT >= " + commits)) {
                if (rs.next()) {
                    String owner = rs.getString(1);
                    return Long.parseLong(owner.substring(owner.lastIndexOf(' ') + 1));
                }
            } catch (SQLException notYet) {
                // the manager has not created the tables yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no partition reached " + commits + " commits; manager log:\n"
                + Files.readString(tmp.resolve("manager.log")));
    }

    private static List<String> partitions(TestPostgres.Database db, String status) throws SQLException {
        return strings(db, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'analyzeFiles:%'"
                + " AND STATUS = '" + status + "' ORDER BY STEP_NAME");
    }

    private static List<String> partitionsOfLastExecution(TestPostgres.Database db) throws SQLException {
        return strings(db, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'analyzeFiles:%'"
                + " AND JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_NAME");
    }

    private static List<String> strings(TestPostgres.Database db, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static Connection connect(TestPostgres.Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
