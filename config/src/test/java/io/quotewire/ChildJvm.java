package io.quotewire;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the quotewire command line in a separate JVM, as an operator would, so it can be killed for real. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(QuotewireApplication.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end and returns the exit code; fails the test if it takes more than {@code seconds}. */
    public static int run(Path log, long seconds, String... args) throws IOException, InterruptedException {
        Process p = start(log, args);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish in " + seconds + " s: " + String.join(" ", args)
                    + File.separator + " log " + log);
        }
        return p.exitValue();
    }
}
