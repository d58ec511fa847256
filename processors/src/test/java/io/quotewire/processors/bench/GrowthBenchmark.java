package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import io.quotewire.processors.ArticleAnalyzer;
import io.quotewire.processors.Deadline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the whole per-article analysis grows with the length of one article: {@link ArticleAnalyzer#analyze} (no
 * budget) on a generated article of each {@link HostileArticles shape}, at sizes four times apart from 10 KiB to the
 * 10 MiB file limit. Linear engines take four times as long for four times the text: {@link GrowthReport} runs this
 * and prints the time per MB and the ratio per doubling of the size.
 *
 * <pre>.ci/bench-growth            # the table (GrowthReport), about 10 minutes
 * .ci/bench GrowthBenchmark -p shape=STATEMENTS -p size=10240,40960   # JMH alone, any of its options</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class GrowthBenchmark {
    @Param({"10240", "40960", "163840", "655360", "2621440", "10485760"})
    public int size;

    @Param({"STATEMENTS", "QUOTED_PARAGRAPHS", "ONE_LINE", "NEWSWIRE"})
    public HostileArticles shape;

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
    private RawArticle article;

    @Setup(Level.Trial)
    public void generate() {
        article = shape.article(size);
    }

    @Benchmark
    public Object analyze() {
        return analyzer.analyze(article, Deadline.NONE);
    }
}
