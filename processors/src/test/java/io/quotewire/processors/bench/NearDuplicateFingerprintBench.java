package io.quotewire.processors.bench;

import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.RawArticle;
import io.quotewire.processors.dedup.Fingerprinter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles/s of the per-article fingerprint (content hash, shingles, MinHash; one thread) over the Reuters corpus
 * ({@code -Dquotewire.corpus}, as {@code .ci/bench} sets it): the part of deduplication that runs before the check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class NearDuplicateFingerprintBench {
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private List<String> bodies;
    private int cursor;

    @Setup(Level.Trial)
    public void load() {
        bodies = new ArrayList<>();
        for (RawArticle a : Corpus.load()) {
            int header = a.text().indexOf(' ', 5);
            bodies.add(header < 0 ? a.text() : a.text().substring(header + 1));
        }
        System.out.printf("%n%d articles, %.1f MB%n", bodies.size(), Corpus.bytes(bodies) / 1e6);
    }

    /** One article's fingerprint. */
    @Benchmark
    public ArticleFingerprint fingerprint() {
        if (cursor == bodies.size()) {
            cursor = 0;
        }
        return fingerprinter.fingerprint(bodies.get(cursor++));
    }
}
