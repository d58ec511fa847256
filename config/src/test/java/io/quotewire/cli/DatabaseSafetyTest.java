package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file database that lost committed history is refused (exit 7, one line, the file untouched), never opened as a
 * new one; a new one is still made on first use, owner-only, with a generated password.
 */
class DatabaseSafetyTest {
    @TempDir
    static Path shared;
    /** The folder of a database a completed run made: its store, password and state files. */
    private static Path completed;

    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli(Clock.fixed(Instant.parse("2020-01-06T02:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void completedRun() throws Exception {
        Path input = shared.resolve("in");
        TestArticles.writeFolder(input, 30);
        completed = shared.resolve("db");
        CapturedCli first = new CapturedCli(Clock.systemUTC());
        assertThat(first.run("run", "--input", input.toString(), "--output", shared.resolve("out").toString(),
                "--run-date", "2020-01-06", url(completed))).as(first.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(completed.resolve("quotewire.state")).exists();
    }

    private static String url(Path folder) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("quotewire") + ";AUTO_SERVER=TRUE";
    }

    /** A copy of the completed database's folder. */
    private Path copyOfCompleted() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        try (Stream<Path> files = Files.list(completed)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }

    @ParameterizedTest(name = "cut to {0}%")
    @ValueSource(ints = {90, 50, 10, 0})
    void aTruncatedDatabaseIsRefusedAndLeftAsItWas(int percent) throws Exception {
        Path folder = copyOfCompleted();
        Path store = folder.resolve("quotewire.mv.db");
        byte[] whole = Files.readAllBytes(store);
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
        Files.write(store, cut);

        int code = cli.run("status", url(folder));

        assertThat(code).as(cli.stdout() + cli.stderr()).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr()).startsWith("quotewire: database " + store + " lost committed history")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(cli.stdout()).doesNotContain("execution");
        assertThat(Files.readAllBytes(store)).as("the file is left as it was").isEqualTo(cut);
    }

    @Test
    void theUntouchedCopyOpens() throws Exception {
        // the other tests' copies are refused for what was done to them, not for being copies
        assertThat(cli.run("status", url(copyOfCompleted()))).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).contains("COMPLETED");
    }

    @Test
    void aDatabaseHoldingLessThanItsStateSaysIsRefused() throws Exception {
        Path folder = copyOfCompleted();
        Path state = folder.resolve("quotewire.state");
        Files.writeString(state, Files.readString(state).replace("executions=1", "executions=2")
                .replace("lastExecution=1", "lastExecution=2"));
        byte[] before = Files.readAllBytes(folder.resolve("quotewire.mv.db"));

        assertThat(cli.run("status", url(folder))).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr()).contains("lost committed history (it holds 1 job execution up to id 1, but ")
                .contains("says it held 2 job executions up to id 2").hasLineCount(1);
        assertThat(Files.readAllBytes(folder.resolve("quotewire.mv.db"))).isEqualTo(before);
    }

    @Test
    void aMissingDatabaseWithAStateIsRefusedAndNotMadeAgain() throws Exception {
        Path folder = copyOfCompleted();
        Files.delete(folder.resolve("quotewire.mv.db"));

        assertThat(cli.run("status", url(folder))).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr()).contains("lost committed history (the file is missing, but ").hasLineCount(1);
        assertThat(folder.resolve("quotewire.mv.db")).doesNotExist();
    }

    @Test
    void aNewDatabaseIsMadeOwnerOnlyWithAGeneratedPassword() throws Exception {
        Path folder = tmp.resolve("new");
        // status only reads: it makes no database (README: Querying); a command of the job does
        assertThat(cli.run("status", url(folder))).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: no database at " + folder.resolve("quotewire.mv.db")
                + " (nothing has run on it; give --spring.datasource.url=... for another one)");
        assertThat(folder).doesNotExist();
        assertThat(cli.run("restart", url(folder))).as(cli.stderr()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(cli.run("status", url(folder))).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).contains("no executions yet");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        Path secret = folder.resolve("quotewire.secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        String password = Files.readString(secret).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(40);
        String jdbc = "jdbc:h2:file:" + folder.resolve("quotewire");
        assertThat(refused(jdbc, "")).as("the empty password").isTrue();
        assertThat(refused(jdbc, password)).isFalse();
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordGetsTheGeneratedOne() throws Exception {
        Path folder = tmp.resolve("old");
        // as a database made before passwords were generated: given the empty password, none is generated
        assertThat(cli.run("restart", url(folder), "--spring.datasource.password=")).as(cli.stderr())
                .isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(folder.resolve("quotewire.secret")).doesNotExist();
        String jdbc = "jdbc:h2:file:" + folder.resolve("quotewire");
        assertThat(refused(jdbc, "")).isFalse();

        // status only reads: it opens it with the empty password and changes nothing
        assertThat(cli.run("status", url(folder))).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).contains("no executions yet");
        assertThat(refused(jdbc, "")).isFalse();
        assertThat(folder.resolve("quotewire.secret")).doesNotExist();

        assertThat(cli.run("restart", url(folder))).as(cli.stderr()).isEqualTo(ExitCodes.NOTHING_TO_DO);

        assertThat(refused(jdbc, "")).isTrue();
        assertThat(refused(jdbc, Files.readString(folder.resolve("quotewire.secret")).strip())).isFalse();
    }

    @Test
    void aGivenPasswordIsKept() throws Exception {
        Path folder = tmp.resolve("given");
        assertThat(cli.run("restart", url(folder), "--spring.datasource.password=mine")).as(cli.stderr())
                .isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(cli.run("status", url(folder), "--spring.datasource.password=mine")).as(cli.stderr())
                .isEqualTo(ExitCodes.OK);
        assertThat(cli.run("status", url(folder), "--spring.datasource.password=other")).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr()).contains("wrong user or password").hasLineCount(1);
        assertThat(folder.resolve("quotewire.secret")).doesNotExist();
        assertThat(refused("jdbc:h2:file:" + folder.resolve("quotewire"), "mine")).isFalse();
    }

    private static boolean refused(String url, String password) {
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            return false;
        } catch (SQLException e) {
            assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(28000);   // wrong user or password
            return true;
        }
    }
}
