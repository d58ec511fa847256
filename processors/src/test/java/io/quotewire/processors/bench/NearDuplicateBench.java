package io.quotewire.processors.bench;

import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import io.quotewire.processors.dedup.ArticleDeduplicator;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.processors.dedup.InMemoryArticleIndex;
import io.quotewire.processors.dedup.SyntheticNews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles/s of the near-duplicate check (one thread) against an index of {@code indexSize} articles (default
 * 1 million generated wire-style stories over 10 years, 274 a day, fingerprinted in the setup). Each operation
 * decides one chunk of 100 tonight's articles (fingerprints computed per article beforehand, as the job does),
 * a {@code duplicateShare} of them edited copies of indexed articles from the last 30 days (headline changed, a
 * paragraph added), the others new stories. The index is read-only during measurement (its writes are the
 * database's cost, not the check's), so every iteration checks against the same million. Candidate bodies are
 * regenerated on demand, standing in for the database read.
 *
 * <p>Run: {@code .ci/bench 'NearDuplicate.*' -f 1 -wi 2 -i 3}. Reported as ops/s: multiply by nothing, each op is
 * one article ({@link OperationsPerInvocation}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class NearDuplicateBench {
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int PER_DAY = 274;
    private static final int CHUNK = 100;
    private static final int QUERIES = 5_000;

    @Param("1000000")
    public int indexSize;

    @Param("0.2")
    public double duplicateShare;

    private final SyntheticNews news = new SyntheticNews();
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private ArticleDeduplicator dedup;
    private List<ArticleDeduplicator.Item> queries;
    private int cursor;
    private long duplicatesFound;
    private long checked;

    private SyntheticNews.Story storyOf(int ordinal) {
        // not a multiple of SplittableRandom's own gamma: such seeds give overlapping sequences (shifted stories)
        return news.story(new SplittableRandom(0x632be59bd9b4e019L * ordinal + 0x2545f4914f6cdd1dL), 8, 14, 1, 3);
    }

    private String bodyOf(String id) {
        return storyOf(Integer.parseInt(id.substring(1))).body();
    }

    private static LocalDate dateOf(int ordinal) {
        return START.plusDays(ordinal / PER_DAY);
    }

    @Setup(Level.Trial)
    public void buildIndex() {
        long t0 = System.nanoTime();
        InMemoryArticleIndex index = new InMemoryArticleIndex(indexSize, this::bodyOf);
        int batch = 50_000;
        for (int from = 0; from < indexSize; from += batch) {
            int to = Math.min(indexSize, from + batch);
            List<IndexEntry> entries = IntStream.range(from, to).parallel().mapToObj(i -> {
                String body = storyOf(i).body();
                ArticleFingerprint f = fingerprinter.fingerprint(body);
                return new IndexEntry(String.format("i%07d", i), dateOf(i), f.contentHash(),
                        fingerprinter.bandKeys(f.minHash()), null, "");
            }).toList();
            index.addAll(entries);
        }
        System.out.printf("%nindex of %d articles built in %.0f s%n", index.size(), (System.nanoTime() - t0) / 1e9);

        SplittableRandom random = new SplittableRandom(42);
        int copies = 0;
        int confirmable = 0;
        int lastDay = (indexSize - 1) / PER_DAY;
        queries = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            String body;
            LocalDate day;
            if (random.nextDouble() < duplicateShare) {
                int source = Math.max(0, indexSize - 1 - random.nextInt(Math.min(indexSize, 30 * PER_DAY)));
                SyntheticNews.Story story = storyOf(source);
                List<String> paragraphs = new ArrayList<>(story.paragraphs());
                paragraphs.add(1 + random.nextInt(paragraphs.size()), news.paragraph(random, 1, 3));
                body = new SyntheticNews.Story(news.headline(random), paragraphs).body();
                day = dateOf(source).plusDays(random.nextInt(3));
                copies++;
                if (Fingerprinter.jaccard(fingerprinter.shingles(body), fingerprinter.shingles(story.body())) >= 0.8) {
                    confirmable++;
                }
            } else {
                body = news.story(random, 8, 14, 1, 3).body();
                day = START.plusDays(lastDay - 30 + random.nextInt(31));
            }
            queries.add(new ArticleDeduplicator.Item(String.format("q%05d", q), day, body, fingerprinter.fingerprint(body)));
        }
        System.out.printf("%d queries, %d edited copies of indexed articles, %d of them at Jaccard >= 0.8%n", QUERIES,
                copies, confirmable);
        queries.sort(Comparator.comparing(ArticleDeduplicator.Item::published)
                .thenComparing(ArticleDeduplicator.Item::articleId));
        dedup = new ArticleDeduplicator(new ReadOnly(index));
    }

    /** One chunk of 100 articles: the near-duplicate check of each against the index. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public List<DedupDecision> check() {
        if (cursor + CHUNK > queries.size()) {
            cursor = 0;
        }
        List<DedupDecision> decisions = dedup.decide(queries.subList(cursor, cursor + CHUNK));
        cursor += CHUNK;
        for (DedupDecision d : decisions) {
            duplicatesFound += d.isDuplicate() ? 1 : 0;
        }
        checked += CHUNK;
        return decisions;
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Trial)
    public void report() {
        System.out.printf("%nduplicates found: %.3f of the articles checked (%.2f are edited copies)%n",
                (double) duplicatesFound / Math.max(1, checked), duplicateShare);
    }

    /** The index as the check sees it: lookups only; the chunk's writes are dropped. */
    private static final class ReadOnly implements ArticleIndex {
        private final ArticleIndex delegate;

        ReadOnly(ArticleIndex delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, IndexedArticle> findByIds(Collection<String> ids) {
            return delegate.findByIds(ids);
        }

        @Override
        public List<IndexedArticle> findByContentHashes(Collection<String> hashes) {
            return delegate.findByContentHashes(hashes);
        }

        @Override
        public List<BandHit> findByBandKeys(long[] keys, LocalDate from, LocalDate to) {
            return delegate.findByBandKeys(keys, from, to);
        }

        @Override
        public Map<String, String> loadBodies(Collection<String> ids) {
            return delegate.loadBodies(ids);
        }

        @Override
        public void addAll(List<IndexEntry> entries) {
        }
    }
}
