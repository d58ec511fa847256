package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import io.quotewire.processors.ArticleAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the whole per-article analysis on the Reuters-21578 corpus, as the analyze step runs it:
 * {@link ArticleAnalyzer#analyze} on the raw article (date header, headline, temporal expressions, quotations and
 * speakers, statement dates, fingerprint). One operation is one pass over every article; the {@code mbPerSecond}
 * counter is the figure to read (UTF-8 megabytes of raw article text per second, one thread). This is the figure
 * a user sees once the JIT has compiled the engines; the per-engine benchmarks each measure one of its parts.
 *
 * <pre>.ci/bench ArticleAnalyzerBenchmark -f 1 -wi 3 -i 5</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 20)
@Measurement(iterations = 5, time = 10)
public class ArticleAnalyzerBenchmark {

    @State(Scope.Benchmark)
    public static class Articles {
        final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        RawArticle[] articles;
        double megabytes;

        @Setup(Level.Trial)
        public void load() {
            List<RawArticle> all = Corpus.load();
            articles = all.toArray(new RawArticle[0]);
            megabytes = MegabytesPerSecond.megabytes(all.stream().map(RawArticle::text).toList());
            System.out.printf("%n%d articles, %.1f MB%n", articles.length, megabytes);
        }
    }


    @Benchmark
    public void analyzeCorpus(Articles articles, MegabytesPerSecond counter, Blackhole sink) {
        for (RawArticle a : articles.articles) {
            sink.consume(articles.analyzer.analyze(a));
        }
        counter.mbPerSecond += articles.megabytes;
    }
}
