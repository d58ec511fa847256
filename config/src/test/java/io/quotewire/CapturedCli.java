package io.quotewire;

import io.quotewire.cli.QuotewireCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The command line run in the test's JVM, its standard output and error captured per call. */
public final class CapturedCli {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock;

    public CapturedCli(Clock clock) {
        this.clock = clock;
    }

    /** Runs one command; the streams hold what this call printed. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return new QuotewireCli(QuotewireApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).execute(args);
    }

    public String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
