package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a run, for real: a 1 MiB tmpfs, nearly full, holds the output folder or the database.
 * The terminal gets one line naming the full disk's file and the log file, no stack trace; the log file has it.
 * Mounting needs root (or CAP_SYS_ADMIN): where it cannot mount, the test is skipped, and {@link FailureMessageTest}
 * still checks the message from a real ENOSPC.
 */
class FullDiskTest {
    @TempDir
    Path tmp;
    private Path full;

    private void mountNearlyFullDisk(long leftBytes) throws Exception {
        full = Files.createDirectories(tmp.resolve("full"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", full.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
        if (!mounted) {
            full = null;
        }
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root): full disks are not simulated");
        // leave a little: the run starts, then a write fails
        try (FileOutputStream filler = new FileOutputStream(full.resolve("filler").toFile())) {
            byte[] block = new byte[4096];
            long left = Files.getFileStore(full).getUsableSpace();
            for (long written = 0; written < left - leftBytes; written += block.length) {
                filler.write(block);
            }
        } catch (IOException alreadyFull) {
            // as full as it gets
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (full != null) {
            new ProcessBuilder("umount", "-l", full.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullOutputDiskIsOneLineNamingTheFile() throws Exception {
        mountNearlyFullDisk(12 * 1024);
        Path out = full.resolve("out");
        List<String> terminal = run(out, "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/quotewire"));
        String line = oneLine(terminal);
        assertThat(line).matches("quotewire: execution 1 failed: no space left on device writing " + out
                + "/[a-z]+-2020-01-06\\.jsonl; resume it with: quotewire restart 1 \\(details: " + tmp.resolve("log/quotewire.log")
                + "\\)");
    }

    @Test
    void aFullDatabaseDiskIsOneLineNamingTheDatabase() throws Exception {
        mountNearlyFullDisk(240 * 1024);
        Path db = full.resolve("db/quotewire");
        List<String> terminal = run(tmp.resolve("out"), "--spring.datasource.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE");
        String line = oneLine(terminal);
        assertThat(line).startsWith("quotewire: ")
                .contains(" failed: no space left on device writing the database " + db + ".mv.db")
                .endsWith("(details: " + tmp.resolve("log/quotewire.log") + ")");
    }

    /** Runs the job in a child JVM on the nearly full disk; returns what it printed (stdout and stderr). */
    private List<String> run(Path out, String dbUrl) throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 200);
        Path log = tmp.resolve("terminal.log");
        int code = ChildJvm.run(log, 300, "run", "--input", input.toString(), "--output", out.toString(),
                "--run-date", "2020-01-06", dbUrl, "--logging.file.name=" + tmp.resolve("log/quotewire.log"));
        List<String> terminal = Files.readAllLines(log);
        assertThat(code).as(String.join("\n", terminal)).isEqualTo(ExitCodes.FAILED);
        assertThat(terminal).as("no stack frames on the terminal").noneMatch(l -> l.matches("\\s+at .*")
                || l.startsWith("Caused by") || l.contains("common frames omitted"));
        String details = Files.readString(tmp.resolve("log/quotewire.log"));
        assertThat(details).contains("No space left on device").contains("\tat org.springframework.batch");
        return terminal;
    }

    /** The one quotewire: line, without exception class names. */
    private static String oneLine(List<String> terminal) {
        List<String> lines = terminal.stream().filter(l -> l.startsWith("quotewire: ")).toList();
        assertThat(lines).as(String.join("\n", terminal)).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("Exception");
        return lines.get(0);
    }
}
