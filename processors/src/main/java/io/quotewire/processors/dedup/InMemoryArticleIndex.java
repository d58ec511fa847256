package io.quotewire.processors.dedup;

import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import io.quotewire.core.dedup.LongIntMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An {@link ArticleIndex} in memory, for tests, benchmarks and developer commands (the job uses the database's).
 * Band keys sit in a primitive multimap (12 bytes an entry), so a million articles with 20 bands fit in a few
 * hundred megabytes. Bodies are kept, or, for a benchmark index too large to keep them, read from a body source.
 * Not thread-safe.
 */
public class InMemoryArticleIndex implements ArticleIndex {
    private final List<IndexedArticle> articles = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Object> byHash = new HashMap<>(); // Integer, or int[] for several
    private final LongIntMultimap bands;
    private final Map<String, String> bodies;
    private final Function<String, String> bodySource;
    private int queries;

    /** An index that keeps the bodies it is given. */
    public InMemoryArticleIndex() {
        this(1024, null);
    }

    /**
     * @param expectedArticles sizing hint
     * @param bodySource       where {@link #loadBodies} reads bodies (id to body, null when unknown); null to keep
     *                         the bodies given to {@link #addAll} in memory instead
     */
    public InMemoryArticleIndex(int expectedArticles, Function<String, String> bodySource) {
        this.bands = new LongIntMultimap(expectedArticles * Fingerprinter.DEFAULT_BANDS);
        this.bodySource = bodySource;
        this.bodies = bodySource == null ? new HashMap<>() : null;
    }

    public int size() {
        return articles.size();
    }

    /** The number of lookup calls so far (every method but {@link #addAll}). */
    public int queries() {
        return queries;
    }

    @Override
    public Map<String, IndexedArticle> findByIds(Collection<String> articleIds) {
        queries++;
        Map<String, IndexedArticle> found = new LinkedHashMap<>();
        for (String id : articleIds) {
            Integer ordinal = byId.get(id);
            if (ordinal != null) {
                found.put(id, articles.get(ordinal));
            }
        }
        return found;
    }

    @Override
    public List<IndexedArticle> findByContentHashes(Collection<String> contentHashes) {
        queries++;
        List<IndexedArticle> found = new ArrayList<>();
        for (String hash : new java.util.LinkedHashSet<>(contentHashes)) {
            Object ordinals = byHash.get(hash);
            if (ordinals instanceof Integer one) {
                found.add(articles.get(one));
            } else if (ordinals instanceof int[] many) {
                for (int o : many) {
                    found.add(articles.get(o));
                }
            }
        }
        return found;
    }

    @Override
    public List<BandHit> findByBandKeys(long[] bandKeys, LocalDate from, LocalDate to) {
        queries++;
        List<BandHit> hits = new ArrayList<>();
        long[] distinct = java.util.Arrays.stream(bandKeys).distinct().toArray();
        for (long key : distinct) {
            bands.forEach(key, ordinal -> {
                IndexedArticle a = articles.get(ordinal);
                if (!a.published().isBefore(from) && !a.published().isAfter(to)) {
                    hits.add(new BandHit(key, a));
                }
            });
        }
        return hits;
    }

    @Override
    public Map<String, String> loadBodies(Collection<String> articleIds) {
        queries++;
        Map<String, String> found = new HashMap<>();
        for (String id : articleIds) {
            if (!byId.containsKey(id)) {
                continue;
            }
            String body = bodies != null ? bodies.get(id) : bodySource.apply(id);
            if (body != null) {
                found.put(id, body);
            }
        }
        return found;
    }

    @Override
    public void addAll(List<IndexEntry> entries) {
        for (IndexEntry e : entries) {
            Objects.requireNonNull(e, "entry");
            if (byId.containsKey(e.articleId())) {
                continue;
            }
            int ordinal = articles.size();
            articles.add(e.indexed());
            byId.put(e.articleId(), ordinal);
            byHash.merge(e.contentHash(), ordinal, InMemoryArticleIndex::append);
            for (long key : e.bandKeys()) {
                bands.put(key, ordinal);
            }
            if (bodies != null) {
                bodies.put(e.articleId(), e.body());
            }
        }
    }

    private static Object append(Object existing, Object added) {
        int add = (Integer) added;
        if (existing instanceof Integer one) {
            return new int[] {one, add};
        }
        int[] many = (int[]) existing;
        int[] grown = java.util.Arrays.copyOf(many, many.length + 1);
        grown[many.length] = add;
        return grown;
    }
}
