package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import io.quotewire.processors.dates.DatedText;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.processors.quotes.QuoteExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Throughput of the quotation extractor alone on the Reuters-21578 corpus: headers are stripped in setup, one
 * operation is one pass over every article body. The {@code mbPerSecond} counter is the figure to read (UTF-8
 * megabytes of body text per second, one thread); the score itself is corpus passes per second. One operation
 * is a whole pass (several seconds before the JIT has compiled the engine), so warm-up iterations are long.
 *
 * <pre>.ci/bench QuoteExtractorBenchmark -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 30)
@Measurement(iterations = 3, time = 15)
public class QuoteExtractorBenchmark {

    @State(Scope.Benchmark)
    public static class Articles {
        final QuoteExtractor extractor = new QuoteExtractor();
        String[] ids;
        String[] bodies;
        LocalDate[] dates;
        double megabytes;

        @Setup(Level.Trial)
        public void load() {
            PublicationDateParser parser = new PublicationDateParser();
            List<String> i = new ArrayList<>();
            List<String> b = new ArrayList<>();
            List<LocalDate> d = new ArrayList<>();
            for (RawArticle a : Corpus.load()) {
                try {
                    DatedText dated = parser.parseHeader(a.text());
                    i.add(a.articleId());
                    b.add(a.text().substring(dated.bodyStart()));
                    d.add(dated.date().date());
                } catch (InvalidDateException e) {
                    // not an article the extractor would see
                }
            }
            ids = i.toArray(new String[0]);
            bodies = b.toArray(new String[0]);
            dates = d.toArray(new LocalDate[0]);
            megabytes = MegabytesPerSecond.megabytes(b);
            System.out.printf("%n%d article bodies, %.1f MB%n", bodies.length, megabytes);
        }
    }


    @Benchmark
    public void extractCorpus(Articles articles, MegabytesPerSecond counter, Blackhole sink) {
        for (int k = 0; k < articles.bodies.length; k++) {
            sink.consume(articles.extractor.extract(articles.ids[k], articles.bodies[k], articles.dates[k]));
        }
        counter.mbPerSecond += articles.megabytes;
    }
}
