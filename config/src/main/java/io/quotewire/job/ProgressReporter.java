package io.quotewire.job;

import io.quotewire.core.Rejection;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
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
 * step execution (the number of files, or of the run's rows).
 */
public class ProgressReporter implements StepExecutionListener, ChunkListener<Object, Object>,
        ItemProcessListener<Object, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final ToLongFunction<StepExecution> total;
    private final Clock clock;
    private final Duration every;
    private final Supplier<PrintStream> terminal;
    private final AtomicLong rejected = new AtomicLong();
    private StepExecution step;
    private long expected;
    private long startMillis;
    private long lastReport;
    private long doneAtStart;

    /**
     * @param total    how many items the step will handle in all
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
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        expected = total.applyAsLong(stepExecution);
        startMillis = clock.millis();
        lastReport = startMillis;
        rejected.set(0);
        doneAtStart = restoredCount(stepExecution);
        LOG.info("{}: {} items to do{}", stepExecution.getStepName(), expected,
                doneAtStart > 0 ? " (" + doneAtStart + " already done before the restart)" : "");
    }

    @Override
    public void afterProcess(Object item, Object result) {
        if (result instanceof Rejection) {
            rejected.incrementAndGet();
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
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
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null) {
            PrintStream out = terminal.get();
            out.print("\r" + " ".repeat(78) + "\r");
            out.flush();
        }
        LOG.info("{}: {} {} in {}", stepExecution.getStepName(), stepExecution.getStatus(), summary(),
                format(Duration.ofMillis(clock.millis() - startMillis)));
        return stepExecution.getExitStatus();
    }

    private long done() {
        return doneAtStart + step.getReadCount();
    }

    private String summary() {
        String s = done() + " of " + expected;
        if (rejected.get() > 0) {
            s += ", " + rejected.get() + " rejected";
        }
        if (step.getSkipCount() > 0) {
            s += ", " + step.getSkipCount() + " skipped";
        }
        return s;
    }

    String line(long now) {
        double seconds = Math.max(0.001, (now - startMillis) / 1000.0);
        double rate = step.getReadCount() / seconds;
        long left = Math.max(0, expected - done());
        String eta = rate > 0 ? format(Duration.ofSeconds((long) (left / rate))) : "?";
        return String.format("%s: %s (%.0f%%), %.0f/s, ETA %s", step.getStepName(), summary(),
                expected == 0 ? 100.0 : 100.0 * done() / expected, rate, eta);
    }

    private String bar(long done) {
        int width = 30;
        int filled = expected == 0 ? width : (int) Math.min(width, width * done / Math.max(1, expected));
        return String.format("%-17s [%s%s] %d/%d", step.getStepName(), "#".repeat(filled), ".".repeat(width - filled),
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
