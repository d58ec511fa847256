package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.dates.DatedText;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.processors.dates.TemporalTagger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the temporal tagger alone on the Reuters-21578 corpus: the headers are stripped with the
 * publication date parser in setup, each operation tags one article body. The {@code mbPerSecond} counter is the
 * figure to read (UTF-8 megabytes of body text tagged per second, one thread).
 *
 * <pre>.ci/bench TemporalTaggerBenchmark -f 1 -wi 2 -i 3</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TemporalTaggerBenchmark {

    @State(Scope.Benchmark)
    public static class Articles {
        final TemporalTagger tagger = new TemporalTagger();
        String[] bodies;
        LocalDate[] dates;
        int[] bytes;

        @Setup(Level.Trial)
        public void load() {
            PublicationDateParser parser = new PublicationDateParser();
            List<String> b = new ArrayList<>();
            List<LocalDate> d = new ArrayList<>();
            for (RawArticle a : Corpus.load()) {
                try {
                    DatedText dated = parser.parseHeader(a.text());
                    b.add(a.text().substring(dated.bodyStart()));
                    d.add(dated.date().date());
                } catch (InvalidDateException e) {
                    // not an article the tagger would see
                }
            }
            bodies = b.toArray(new String[0]);
            dates = d.toArray(new LocalDate[0]);
            bytes = new int[bodies.length];
            long total = 0;
            for (int k = 0; k < bodies.length; k++) {
                bytes[k] = bodies[k].getBytes(StandardCharsets.UTF_8).length;
                total += bytes[k];
            }
            System.out.printf("%n%d article bodies, %.1f MB%n", bodies.length, total / 1e6);
        }
    }

    /** Bytes tagged, reported per second by JMH; divided by 10^6 it is MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public double mbPerSecond;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            mbPerSecond = 0;
        }
    }

    @Benchmark
    public List<TemporalExpression> tagOneArticle(Articles articles, Throughput counter) {
        int k = counter.next;
        counter.next = k + 1 == articles.bodies.length ? 0 : k + 1;
        counter.mbPerSecond += articles.bytes[k] / 1e6;
        return articles.tagger.tag(articles.bodies[k], articles.dates[k]);
    }
}
