package io.quotewire.processors.bench;

import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus benchmarks' second figure: megabytes handled, which JMH reports per second (MB/s) beside its own score
 * of corpus passes per second. A benchmark adds the corpus's megabytes after each pass.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class MegabytesPerSecond {
    public double mbPerSecond;

    @Setup(Level.Iteration)
    public void reset() {
        mbPerSecond = 0;
    }

    /** The UTF-8 size of the texts, in 10^6 bytes. */
    static double megabytes(Iterable<String> texts) {
        long total = 0;
        for (String text : texts) {
            total += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return total / 1e6;
    }
}
