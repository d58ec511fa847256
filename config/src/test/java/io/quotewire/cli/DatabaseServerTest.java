package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a run holds the default kind of database (AUTO_SERVER), its TCP port listens on loopback only, and the key in
 * the lock file is not enough to get in: the empty password is refused, the generated one is not.
 */
class DatabaseServerTest {
    @TempDir
    Path tmp;

    @Test
    void theServerOfARunningJobListensOnLoopbackOnlyAndWantsThePassword() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 300);
        Path db = tmp.resolve("data/quotewire");
        String url = "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
        Path log = tmp.resolve("run.log");
        Process run = ChildJvm.start(log, "run", "--input", input.toString(), "--output", tmp.resolve("out").toString(),
                "--spring.datasource.url=" + url, "--quotewire.chunk-size=1");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (run.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("items to do")) {
                Thread.sleep(50);
            }
            assertThat(run.isAlive()).as(Files.readString(log)).isTrue();

            assertThat(permissions(tmp.resolve("data"))).isEqualTo("rwx------");
            assertThat(permissions(tmp.resolve("data/quotewire.secret"))).isEqualTo("rw-------");
            Properties lock = new Properties();
            try (Reader in = Files.newBufferedReader(tmp.resolve("data/quotewire.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            List<String> listening = listeningAddresses(port);
            assertThat(listening).as("addresses listening on port " + port).isNotEmpty()
                    .allSatisfy(a -> assertThat(a).isIn("0100007F", "0000000000000000FFFF00000100007F",
                            "00000000000000000000000001000000"));

            assertThat(refused(url, "")).as("the empty password").isTrue();
            String secret = Files.readString(tmp.resolve("data/quotewire.secret")).strip();
            assertThat(refused(url, secret)).isFalse();
        } finally {
            run.destroy();
            run.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static String permissions(Path p) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** The local addresses (hex, as the kernel writes them) of sockets listening on the port, IPv4 and IPv6. */
    private static List<String> listeningAddresses(int port) throws Exception {
        String portHex = String.format(Locale.ROOT, "%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (local[1].equals(portHex) && f[3].equals("0A")) {   // 0A: LISTEN
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    private static boolean refused(String url, String password) {
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            c.createStatement().executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").close();
            return false;
        } catch (SQLException e) {
            assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(28000);   // wrong user or password
            return true;
        }
    }
}
