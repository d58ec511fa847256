package io.quotewire.job;

import io.quotewire.core.Rejection;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Says what a step is doing while it runs: a log line every few seconds (done of total, rate, ETA, rejects) and,
 * when the output is a terminal, a live progress bar. One instance per step; totals come from a function of the
 * step execution (the number of files, or of the run's rows). On a partitioned step it listens to every partition at
 * once (they run on several threads) and reports them as one step, named before the partition suffix.
 */
public class ProgressReporter implements StepExecutionListener, ChunkListener<Object, Object>,
        ItemProcessListener<Object, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final ToLongFunction<StepExecution> total;
    private final Clock clock;
    private final Duration every;
    private final Supplier<PrintStream> terminal;
    private final AtomicLong rejected = new AtomicLong();
    /** The step executions (partitions) of the current run of the step; read counts are summed from them. */
    private final List<StepExecution> executions = new ArrayList<>();
    private int active;
    private String name = "";
    private long expected;
    private long startMillis;
    private long lastReport;
    private long doneAtStart;

    /**
     * @param total    how many items the step will handle in all (asked once per run of the step)
     * @param every    how often to log
     * @param terminal where to draw a progress bar (looked up when drawing: the command line swaps the standard
     *                 streams while Spring starts), or null when the output is not a terminal
     */
    public ProgressReporter(ToLongFunction<StepExecution> total, Clock clock, Duration every,
                            Supplier<PrintStream> terminal) {
        this.total = total;
        this.clock = clock;
        this.every = every;
        this.terminal = terminal;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        if (active == 0) { // the first partition of a run of the step (or the step itself)
            executions.clear();
            name = baseName(stepExecution.getStepName());
            expected = total.applyAsLong(stepExecution);
            startMillis = clock.millis();
            lastReport = startMillis;
            rejected.set(0);
            doneAtStart = 0;
        }
        active++;
        executions.add(stepExecution);
        long restored = restoredCount(stepExecution);
        doneAtStart += restored;
        if (active == 1) {
            LOG.info("{}: {} items to do{}", name, expected,
                    restored > 0 ? " (" + restored + " already done before the restart)" : "");
        }
    }

    @Override
    public void afterProcess(Object item, Object result) {
        if (result instanceof Rejection) {
            rejected.incrementAndGet();
        }
    }

    @Override
    public synchronized void afterChunk(Chunk<Object> chunk) {
        long now = clock.millis();
        if (terminal != null) {
            PrintStream out = terminal.get();
            out.print("\r" + bar(done()) + "  ");
            out.flush();
        }
        if (now - lastReport >= every.toMillis()) {
            lastReport = now;
            LOG.info(line(now));
        }
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        active--;
        if (active == 0) {
            if (terminal != null) {
                PrintStream out = terminal.get();
                out.print("\r" + " ".repeat(78) + "\r");
                out.flush();
            }
            LOG.info("{}: {} {} in {}", name, stepExecution.getStatus(), summary(),
                    format(Duration.ofMillis(clock.millis() - startMillis)));
        }
        return stepExecution.getExitStatus();
    }

    /** A partition's name is its step's, a colon and the partition's: the part before the colon. */
    static String baseName(String stepName) {
        int colon = stepName.indexOf(':');
        return colon < 0 ? stepName : stepName.substring(0, colon);
    }

    private long readCount() {
        long n = 0;
        for (StepExecution e : executions) {
            n += e.getReadCount();
        }
        return n;
    }

    private long done() {
        return doneAtStart + readCount();
    }

    private String summary() {
        String s = done() + " of " + expected;
        if (rejected.get() > 0) {
            s += ", " + rejected.get() + " rejected";
        }
        long skipped = 0;
        for (StepExecution e : executions) {
            skipped += e.getSkipCount();
        }
        if (skipped > 0) {
            s += ", " + skipped + " skipped";
        }
        return s;
    }

    synchronized String line(long now) {
        double seconds = Math.max(0.001, (now - startMillis) / 1000.0);
        double rate = readCount() / seconds;
        long left = Math.max(0, expected - done());
        String eta = rate > 0 ? format(Duration.ofSeconds((long) (left / rate))) : "?";
        return String.format("%s: %s (%.0f%%), %.0f/s, ETA %s", name, summary(),
                expected == 0 ? 100.0 : 100.0 * done() / expected, rate, eta);
    }

    private String bar(long done) {
        int width = 30;
        int filled = expected == 0 ? width : (int) Math.min(width, width * done / Math.max(1, expected));
        return String.format("%-17s [%s%s] %d/%d", name, "#".repeat(filled), ".".repeat(width - filled),
                done, expected);
    }

    /** Items a restarted step had read before its restart (saved by the readers in the execution context). */
    private static long restoredCount(StepExecution stepExecution) {
        for (Map.Entry<String, Object> e : stepExecution.getExecutionContext().entrySet()) {
            if (e.getKey().endsWith(".read.count") && e.getValue() instanceof Number n) {
                return n.longValue();
            }
        }
        return 0;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format("%02d", (s / 60) % 60) + "m";
    }
}
