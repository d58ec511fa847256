package io.quotewire.bench;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleInput;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.processors.ArticleAnalyzer;
import io.quotewire.readers.ArticleFileDecoder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The job's per-article work without the job: read each file, decode it as the job does, analyze it, on one
 * thread, with no Spring and no database. What this costs is the floor the job's throughput is measured against.
 */
final class BareLoop {
    /**
     * @param articles  files read in the timed pass
     * @param analyzed  of them, analyzed (the rest were rejected by the decoder or the analyzer)
     * @param quotes    quotations found
     * @param bytes     bytes of the files read
     * @param wallNanos wall time of the timed pass
     * @param cpuNanos  this thread's CPU time in the timed pass
     * @param warmup    files analyzed before the timed pass (not counted)
     */
    record Result(int articles, int analyzed, long quotes, long bytes, long wallNanos, long cpuNanos, int warmup) {
    }

    private final ArticleFileDecoder decoder = new ArticleFileDecoder();
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    /** Warms up on the first {@code warmup} files, then times one pass over all of {@code files} (paths under {@code root}). */
    Result run(Path root, List<Path> files, int warmup) throws IOException {
        int warm = Math.min(warmup, files.size());
        for (int i = 0; i < warm; i++) {
            analyzeOne(root, files.get(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        int analyzed = 0;
        long quotes = 0;
        long bytes = 0;
        for (Path file : files) {
            Outcome o = analyzeOne(root, file);
            bytes += o.bytes;
            if (o.outcome instanceof AnalyzedArticle a) {
                analyzed++;
                quotes += a.quotes().size();
            }
        }
        long wall = System.nanoTime() - t0;
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpu0 : -1;
        return new Result(files.size(), analyzed, quotes, bytes, wall, cpuNanos, warm);
    }

    private record Outcome(long bytes, ArticleOutcome outcome) {
    }

    private Outcome analyzeOne(Path root, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        String source = root.relativize(file).toString().replace('\\', '/');
        ArticleInput input = decoder.decode(id, source, bytes);
        ArticleOutcome outcome = input instanceof RawArticle raw ? analyzer.analyze(raw) : null;
        return new Outcome(bytes.length, outcome);
    }
}
