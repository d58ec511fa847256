package io.quotewire.processors.dedup;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.core.dedup.DedupDecision.Match;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, for each article, whether it is a duplicate of an article seen before (this run or any earlier one) and of
 * which canonical article. Plain Java; the history lives behind the {@link ArticleIndex} port, so the engine keeps no
 * decision state between calls (only a bounded cache of recent articles' shingles, which decides nothing): memory is
 * bounded by one chunk whatever the history's size.
 *
 * <p>Rules, in order, for each article of a chunk:
 * <ol>
 * <li>Already indexed (a rerun): the stored decision.</li>
 * <li>Exact: an indexed article (or an earlier one of the chunk) with the same content hash: duplicate of its
 *     cluster's root (any date, unless {@link Config#exactWithinWindow}).</li>
 * <li>Near: the articles sharing an LSH band key and published within ± {@link Config#windowDays} days are
 *     candidates; each is confirmed by the real Jaccard similarity of the word-shingle sets, at least
 *     {@link Config#threshold}. The best confirmed candidate (highest similarity, then earliest (published, id))
 *     gives its root.</li>
 * <li>Contained (a trimmed copy): the articles within the window sharing a {@link LeadKeys lead key} or an LSH band
 *     key are candidates; each is confirmed by the containment of the article's shingles after its headline line
 *     (the republishing outlet's own) in the candidate's, {@code |mine ∩ theirs| / |mine|}, or, when higher, of
 *     those before a {@linkplain #signOffWords short last line} (the outlet's sign-off), at least
 *     {@link Config#containment}, for an article of at least
 *     {@value #MIN_CONTAINED_SHINGLES} shingles. The best (highest containment, then earliest) gives its root.
 *     Only a later-decided article is folded into an earlier one that contains it, never the other way: a
 *     duplicate's quotes are not counted again, so folding a fuller story into a shorter earlier one would lose
 *     quotations. A story quoted in part by a longer article (a roundup) is no duplicate either way: most of the
 *     roundup is not in the story, and most of the story is not in the roundup.</li>
 * <li>Otherwise the article is a new root.</li>
 * </ol>
 * Clusters are transitive through roots: a duplicate's {@code duplicateOf} is always a root, never a duplicate.
 * Given articles in the order (published, articleId), the first one of a cluster is its root, i.e. the earliest.
 *
 * <p>Determinism: an article's decision depends only on the articles before it in the order (the index plus the
 * earlier articles of its chunk, looked at through the same rules), never on where chunk boundaries fall; every
 * choice among candidates has a total order. A chunk's index writes happen in one {@link ArticleIndex#addAll} at the
 * end of {@link #decide}, so an adapter writing in the chunk's transaction makes a rolled-back chunk leave no trace.
 *
 * <p>Port calls per chunk: findByIds, findByContentHashes, findByBandKeys (with every key of the chunk, band and
 * lead keys, once per publication window of the chunk's dates: usually one), loadBodies (once, for the index candidates),
 * addAll. An article's lead keys are stored with its band keys ({@link IndexEntry#bandKeys} holds the band keys,
 * then the lead keys): the two key spaces do not overlap (see {@link LeadKeys}), and each rule reads only its own.
 */
public class ArticleDeduplicator {

    /**
     * @param threshold         minimum Jaccard similarity of word-shingle sets for a near duplicate (0..1]
     * @param windowDays        how many days apart a near duplicate may be published (either way)
     * @param exactWithinWindow whether exact duplicates must also fall within the window (default: no, an identical
     *                          text is the same story whenever it reappears)
     * @param containment       minimum share of an article's shingles found in an earlier story for the article to
     *                          be a trimmed copy of it (0..1]; 0 turns the rule off. Default 0.9: a copy's own
     *                          headline and sign-off are about a tenth of it
     * @param maxCandidates     how many candidates of each rule (near, contained) are compared at most: those that
     *                          share the most keys with the article, then the earliest; bounds an article's cost
     *                          whatever the number of copies of its story in the window
     */
    public record Config(double threshold, int windowDays, boolean exactWithinWindow, double containment,
                         int maxCandidates) {
        public static final double DEFAULT_CONTAINMENT = 0.9;
        /**
         * A wire story republished by a hundred outlets within the window would otherwise make every later copy load
         * and compare a hundred texts; the copy it is closest to shares the most keys with it.
         */
        public static final int DEFAULT_MAX_CANDIDATES = 16;

        public Config {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
            }
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays must be >= 0: " + windowDays);
            }
            if (!(containment >= 0 && containment <= 1)) {
                throw new IllegalArgumentException("containment must be 0 (off) or in (0, 1]: " + containment);
            }
            if (maxCandidates < 1) {
                throw new IllegalArgumentException("maxCandidates must be >= 1: " + maxCandidates);
            }
        }

        /** The default number of candidates ({@value #DEFAULT_MAX_CANDIDATES}). */
        public Config(double threshold, int windowDays, boolean exactWithinWindow, double containment) {
            this(threshold, windowDays, exactWithinWindow, containment, DEFAULT_MAX_CANDIDATES);
        }

        /** The default containment ({@value #DEFAULT_CONTAINMENT}). */
        public Config(double threshold, int windowDays, boolean exactWithinWindow) {
            this(threshold, windowDays, exactWithinWindow, DEFAULT_CONTAINMENT);
        }

        public static Config defaults() {
            return new Config(0.8, 2, false);
        }
    }

    /**
     * The fewest shingles an article must have to be folded by containment: a few lines (a brief, a table of
     * figures) are easily contained in a longer story that they do not copy.
     */
    public static final int MIN_CONTAINED_SHINGLES = 25;

    /**
     * The most words of a last line that a trimmed copy may have added as its outlet's sign-off ("(Reporting by
     * Jane Roe; Editing by John Doe)", "-- John Doe, with wire services", "Jane Roe contributed to this report").
     */
    static final int MAX_SIGN_OFF_WORDS = 15;

    /** One article to decide: what the engine needs of an {@link AnalyzedArticle}. */
    public record Item(String articleId, LocalDate published, String body, ArticleFingerprint fingerprint) {
        public Item {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        public static Item of(AnalyzedArticle a) {
            return new Item(a.articleId(), a.article().published(), a.article().body(), a.fingerprint());
        }
    }

    private static final Comparator<IndexedArticle> EARLIEST =
            Comparator.comparing(IndexedArticle::published).thenComparing(IndexedArticle::articleId);

    private final ArticleIndex index;
    private final Fingerprinter fingerprinter;
    private final Config config;
    /**
     * The copies of a story published within the window are each other's candidates chunk after chunk: loading and
     * shingling their bodies again for every chunk was a sixth of the step at a million articles a night.
     */
    private final RecentShingles recent;

    /** How many articles' shingles are kept for the chunks after (a few tens of megabytes). */
    static final int RECENT_SHINGLES = 16_384;

    public ArticleDeduplicator(ArticleIndex index, Fingerprinter fingerprinter, Config config) {
        this(index, fingerprinter, config, RECENT_SHINGLES);
    }

    /** @param recentShingles how many articles' shingles are kept for later chunks (0: none) */
    ArticleDeduplicator(ArticleIndex index, Fingerprinter fingerprinter, Config config, int recentShingles) {
        this.index = Objects.requireNonNull(index, "index");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.config = Objects.requireNonNull(config, "config");
        this.recent = new RecentShingles(recentShingles);
    }

    public ArticleDeduplicator(ArticleIndex index) {
        this(index, new Fingerprinter(), Config.defaults());
    }

    public Config config() {
        return config;
    }

    /** Decides a chunk of analysed articles (in the order (published, articleId)) and indexes them. */
    public List<DedupDecision> decideArticles(List<AnalyzedArticle> chunk) {
        List<Item> items = new ArrayList<>(chunk.size());
        for (AnalyzedArticle a : chunk) {
            items.add(Item.of(a));
        }
        return decide(items);
    }

    /**
     * Decides a chunk of articles, in the given order (it must continue the order (published, articleId) of the
     * chunks before), and indexes them with their decisions. Returns one decision per item, in the same order.
     */
    public List<DedupDecision> decide(List<Item> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        Set<String> chunkIds = new HashSet<>();
        for (Item item : chunk) {
            if (!chunkIds.add(item.articleId())) {
                throw new IllegalArgumentException("article " + item.articleId() + " twice in one chunk");
            }
        }
        Map<String, IndexedArticle> already = index.findByIds(chunkIds);

        List<Item> pending = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (Item item : chunk) {
            if (!already.containsKey(item.articleId())) {
                pending.add(item);
                hashes.add(item.fingerprint().contentHash());
            }
        }
        Map<String, List<IndexedArticle>> byHash = new HashMap<>();
        Map<Long, List<IndexedArticle>> byBand = new HashMap<>();
        Map<String, long[]> bandKeysOf = new HashMap<>();
        Map<String, long[]> leadKeysOf = new HashMap<>();
        Map<String, long[]> shingleCache = new HashMap<>();
        if (!pending.isEmpty()) {
            for (IndexedArticle a : index.findByContentHashes(hashes)) {
                byHash.computeIfAbsent(a.contentHash(), h -> new ArrayList<>()).add(a);
            }
            long[] allKeys = collectKeys(pending, bandKeysOf, leadKeysOf);
            if (allKeys.length > 0) {
                for (LocalDate[] window : windows(pending)) {
                    for (BandHit hit : index.findByBandKeys(allKeys, window[0], window[1])) {
                        if (!chunkIds.contains(hit.article().articleId()) || already.containsKey(hit.article().articleId())) {
                            byBand.computeIfAbsent(hit.bandKey(), k -> new ArrayList<>()).add(hit.article());
                        }
                    }
                }
                loadCandidateShingles(pending, bandKeysOf, leadKeysOf, byBand, shingleCache);
            }
        }

        List<DedupDecision> decisions = new ArrayList<>(chunk.size());
        List<IndexEntry> entries = new ArrayList<>();
        for (Item item : chunk) {
            IndexedArticle stored = already.get(item.articleId());
            if (stored != null) {
                decisions.add(new DedupDecision(item.articleId(), stored.duplicateOf(), Match.ALREADY_INDEXED, Double.NaN));
                continue;
            }
            long[] bandKeys = bandKeysOf.get(item.articleId());
            long[] leadKeys = leadKeysOf.get(item.articleId());
            DedupDecision decision = decideOne(item, bandKeys, leadKeys, byHash, byBand, shingleCache);
            decisions.add(decision);
            IndexEntry entry = new IndexEntry(item.articleId(), item.published(), item.fingerprint().contentHash(),
                    concat(bandKeys, leadKeys), decision.duplicateOf(), item.body());
            entries.add(entry);
            // the chunk's later articles see this one exactly as they would see it in the index
            IndexedArticle indexed = entry.indexed();
            byHash.computeIfAbsent(indexed.contentHash(), h -> new ArrayList<>()).add(indexed);
            for (long key : entry.bandKeys()) {
                byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(indexed);
            }
        }
        index.addAll(entries);
        return decisions;
    }

    private DedupDecision decideOne(Item item, long[] bandKeys, long[] leadKeys, Map<String, List<IndexedArticle>> byHash,
                                    Map<Long, List<IndexedArticle>> byBand, Map<String, long[]> shingleCache) {
        IndexedArticle exact = null;
        for (IndexedArticle a : byHash.getOrDefault(item.fingerprint().contentHash(), List.of())) {
            if (a.articleId().equals(item.articleId()) || (config.exactWithinWindow() && !inWindow(item, a))) {
                continue;
            }
            if (exact == null || EARLIEST.compare(a, exact) < 0) {
                exact = a;
            }
        }
        if (exact != null) {
            return new DedupDecision(item.articleId(), exact.canonicalId(), Match.EXACT, 1.0);
        }
        Map<String, IndexedArticle> candidates = candidates(item, bandKeys, byBand);
        if (!candidates.isEmpty()) {
            long[] mine = shingleCache.computeIfAbsent(item.articleId(), id -> shinglesOf(item));
            IndexedArticle best = null;
            double bestSimilarity = -1;
            for (IndexedArticle c : candidates.values()) {
                long[] theirs = shingleCache.get(c.articleId());
                if (theirs == null) {
                    continue; // body unknown to the index: cannot be confirmed
                }
                double similarity = Fingerprinter.jaccard(mine, theirs);
                if (similarity >= config.threshold()
                        && (similarity > bestSimilarity || (similarity == bestSimilarity && EARLIEST.compare(c, best) < 0))) {
                    best = c;
                    bestSimilarity = similarity;
                }
            }
            if (best != null) {
                return new DedupDecision(item.articleId(), best.canonicalId(), Match.NEAR, bestSimilarity);
            }
        }
        if (config.containment() == 0) {
            return new DedupDecision(item.articleId(), null, Match.NONE, 0.0);
        }
        // a trimmed copy: found by its lead, or by a band when it kept enough of the story for LSH to see it
        Map<String, IndexedArticle> containers = candidates(item, leadKeys, byBand);
        containers.putAll(candidates);
        if (containers.isEmpty()) {
            return new DedupDecision(item.articleId(), null, Match.NONE, 0.0);
        }
        // the copy's headline line is its outlet's own, and so may be its last line (a sign-off): measured without
        // them, a copy of a short story is not held to a higher bar than a copy of a long one. A last line the
        // story has too (a wrapped sentence's end) counts, so the containment is the higher of the two
        String body = item.body();
        int from = LeadKeys.leadStart(body);
        long[] words = Fingerprinter.wordHashes(body.substring(from));
        long[] mine = fingerprinter.shingles(words);
        if (mine.length < MIN_CONTAINED_SHINGLES) {
            return new DedupDecision(item.articleId(), null, Match.NONE, 0.0);
        }
        int signOff = signOffWords(body, words.length);
        long[] story = signOff == 0 ? null : fingerprinter.shingles(Arrays.copyOf(words, words.length - signOff));
        if (story != null && story.length < MIN_CONTAINED_SHINGLES) {
            story = null;
        }
        IndexedArticle best = null;
        double bestContainment = -1;
        for (IndexedArticle c : containers.values()) {
            long[] theirs = shingleCache.get(c.articleId());
            if (theirs == null) {
                continue;
            }
            double contained = containment(mine, theirs);
            if (story != null) {
                contained = Math.max(contained, containment(story, theirs));
            }
            if (contained >= config.containment()
                    && (contained > bestContainment || (contained == bestContainment && EARLIEST.compare(c, best) < 0))) {
                best = c;
                bestContainment = contained;
            }
        }
        if (best == null) {
            return new DedupDecision(item.articleId(), null, Match.NONE, 0.0);
        }
        return new DedupDecision(item.articleId(), best.canonicalId(), Match.CONTAINED, bestContainment);
    }

    /**
     * The articles (index and earlier in the chunk) within the window that have one of these keys, but this one: at
     * most {@link Config#maxCandidates}, those sharing the most keys, then the earliest. The order is total, so the
     * candidates among the index's articles alone (the read-ahead's) include every index article that the same
     * look-up over the index and the chunk picks.
     */
    private Map<String, IndexedArticle> candidates(Item item, long[] keys, Map<Long, List<IndexedArticle>> byBand) {
        Map<String, IndexedArticle> found = new HashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        for (long key : keys) {
            for (IndexedArticle a : byBand.getOrDefault(key, List.of())) {
                if (!a.articleId().equals(item.articleId()) && inWindow(item, a)) {
                    found.putIfAbsent(a.articleId(), a);
                    shared.merge(a.articleId(), 1, Integer::sum);
                }
            }
        }
        List<IndexedArticle> ranked = new ArrayList<>(found.values());
        ranked.sort(Comparator.comparingInt((IndexedArticle a) -> shared.get(a.articleId())).reversed().thenComparing(EARLIEST));
        Map<String, IndexedArticle> candidates = new LinkedHashMap<>();
        for (IndexedArticle a : ranked.subList(0, Math.min(ranked.size(), config.maxCandidates()))) {
            candidates.put(a.articleId(), a);
        }
        return candidates;
    }

    /**
     * How many words of a body's last line may be its outlet's sign-off: all of them when the line has at most
     * {@value #MAX_SIGN_OFF_WORDS} and is not the only line with words (of {@code words} after the headline line);
     * else 0. A line break ends a word, so the words before the last line are the first ones of the body's.
     */
    static int signOffWords(String body, int words) {
        int end = body.length();
        while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        int last = Fingerprinter.wordHashes(body.substring(body.lastIndexOf('\n', end - 1) + 1, end)).length;
        return last <= MAX_SIGN_OFF_WORDS && last < words ? last : 0; // the only line is the story, not a sign-off
    }

    /** The share of {@code mine} (sorted, distinct) that is in {@code theirs} (sorted, distinct); 0 when empty. */
    static double containment(long[] mine, long[] theirs) {
        if (mine.length == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < mine.length && j < theirs.length) {
            if (mine[i] == theirs[j]) {
                common++;
                i++;
                j++;
            } else if (mine[i] < theirs[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / mine.length;
    }

    /** Band and lead keys of every pending article; returns all of them, distinct, for one look-up. */
    private long[] collectKeys(List<Item> pending, Map<String, long[]> bandKeysOf, Map<String, long[]> leadKeysOf) {
        Set<Long> all = new LinkedHashSet<>();
        for (Item item : pending) {
            long[] keys = fingerprinter.bandKeys(item.fingerprint().minHash());
            // no band keys means no words: nothing to contain, and nothing to look up
            long[] lead = keys.length == 0 || config.containment() == 0 ? new long[0] : LeadKeys.DEFAULT.of(item.body());
            bandKeysOf.put(item.articleId(), keys);
            leadKeysOf.put(item.articleId(), lead);
            for (long k : keys) {
                all.add(k);
            }
            for (long k : lead) {
                all.add(k);
            }
        }
        long[] out = new long[all.size()];
        int i = 0;
        for (long k : all) {
            out[i++] = k;
        }
        return out;
    }

    /**
     * The publication windows the chunk's articles need, as disjoint [from, to] ranges in date order: the dates
     * ± the window, those that overlap or touch joined. A chunk whose dates lie years apart asks for a few days
     * around each, not for every day between.
     */
    private List<LocalDate[]> windows(List<Item> pending) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Item item : pending) {
            dates.add(item.published());
        }
        return DateWindows.around(dates, config.windowDays());
    }

    /** Superseded articles (earlier versions of a corrected text) are no candidates any more. */
    public void forget(Collection<String> articleIds) {
        index.forget(articleIds);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Shingles every article a Jaccard or containment check may need: the chunk's articles that have band or lead
     * candidates, and those candidates (bodies of indexed ones loaded in one call).
     */
    private void loadCandidateShingles(List<Item> pending, Map<String, long[]> bandKeysOf, Map<String, long[]> leadKeysOf,
                                       Map<Long, List<IndexedArticle>> byBand, Map<String, long[]> shingleCache) {
        Map<String, IndexedArticle> toLoad = new LinkedHashMap<>();
        Map<Long, List<Item>> chunkByBand = new HashMap<>();
        for (Item item : pending) {
            boolean candidate = false;
            // byBand holds the index's articles only here: the chunk's own join it as they are decided
            for (long[] keys : List.of(bandKeysOf.get(item.articleId()), leadKeysOf.get(item.articleId()))) {
                Map<String, IndexedArticle> found = candidates(item, keys, byBand);
                toLoad.putAll(found);
                candidate |= !found.isEmpty();
                for (long key : keys) {
                    List<Item> sameKey = chunkByBand.computeIfAbsent(key, k -> new ArrayList<>());
                    for (Item other : sameKey) {
                        if (inWindow(item, other.published())) {
                            candidate = true;
                            shingleCache.computeIfAbsent(other.articleId(), id -> shinglesOf(other));
                        }
                    }
                    sameKey.add(item);
                }
            }
            if (candidate) {
                shingleCache.computeIfAbsent(item.articleId(), id -> shinglesOf(item));
            }
        }
        toLoad.keySet().removeAll(shingleCache.keySet());
        for (Iterator<IndexedArticle> it = toLoad.values().iterator(); it.hasNext(); ) {
            IndexedArticle a = it.next();
            long[] known = recent.get(a.articleId(), a.contentHash());
            if (known != null) {
                shingleCache.put(a.articleId(), known);
                it.remove();
            }
        }
        if (!toLoad.isEmpty()) {
            for (Map.Entry<String, String> e : index.loadBodies(toLoad.keySet()).entrySet()) {
                long[] shingles = fingerprinter.shingles(e.getValue());
                shingleCache.put(e.getKey(), shingles);
                recent.put(e.getKey(), toLoad.get(e.getKey()).contentHash(), shingles);
            }
        }
    }

    /** The article's shingles, from {@link #recent} when it was shingled before. */
    private long[] shinglesOf(Item item) {
        return recent.get(item.articleId(), item.fingerprint().contentHash(), () -> fingerprinter.shingles(item.body()));
    }

    private boolean inWindow(Item item, IndexedArticle other) {
        return inWindow(item, other.published());
    }

    private boolean inWindow(Item item, LocalDate other) {
        return Math.abs(ChronoUnit.DAYS.between(item.published(), other)) <= config.windowDays();
    }
}
