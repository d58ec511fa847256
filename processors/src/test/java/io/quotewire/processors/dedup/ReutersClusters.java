package io.quotewire.processors.dedup;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Quote;
import io.quotewire.core.RawArticle;
import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationUpdates;
import io.quotewire.processors.ArticleAnalyzer;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.processors.bench.Corpus;
import io.quotewire.processors.dates.DatedText;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Developer command: runs article deduplication with the in-memory index over the Reuters-21578 corpus and reports
 * the clusters found, and checks that every group of identical stories (same content hash) published within the
 * window is one cluster. Run it with {@code .ci/reuters-clusters} (it unpacks the corpus as {@code .ci/bench} does).
 * Exit code 1 when the check fails.
 *
 * <p>Options (system properties): {@code -Dquotewire.corpus=DIR} (required), {@code -Dthreshold=0.8},
 * {@code -Dwindow=2}, {@code -Dcontainment=0.9} (0: off), {@code -Dchunk=100}, {@code -Dsamples=12},
 * {@code -DcontainedSamples=20}, {@code -Dquotations=true} (also extract the quotes
 * with the job's {@code ArticleAnalyzer} and aggregate them into quotations with the in-memory store).
 */
public final class ReutersClusters {
    private ReutersClusters() {
    }

    private record Doc(String id, LocalDate published, String body, String hash) {
    }

    public static void main(String[] args) {
        double threshold = Double.parseDouble(System.getProperty("threshold", "0.8"));
        int window = Integer.parseInt(System.getProperty("window", "2"));
        double containment = Double.parseDouble(System.getProperty("containment",
                Double.toString(ArticleDeduplicator.Config.DEFAULT_CONTAINMENT)));
        int chunkSize = Integer.parseInt(System.getProperty("chunk", "100"));
        int samples = Integer.parseInt(System.getProperty("samples", "12"));

        long t0 = System.nanoTime();
        List<RawArticle> raw = Corpus.load();
        PublicationDateParser parser = new PublicationDateParser();
        Fingerprinter fingerprinter = new Fingerprinter();
        List<Doc> docs = new ArrayList<>();
        List<ArticleDeduplicator.Item> items = new ArrayList<>();
        int skipped = 0;
        long t1 = System.nanoTime();
        for (RawArticle r : raw) {
            DatedText dated;
            try {
                dated = parser.parseHeader(r.text());
            } catch (InvalidDateException e) {
                skipped++;
                continue;
            }
            String body = r.text().substring(dated.bodyStart());
            if (body.isBlank()) {
                skipped++;
                continue;
            }
            ArticleDeduplicator.Item item = new ArticleDeduplicator.Item(r.articleId(), dated.date().date(), body,
                    fingerprinter.fingerprint(body));
            items.add(item);
            docs.add(new Doc(r.articleId(), item.published(), body, item.fingerprint().contentHash()));
        }
        long t2 = System.nanoTime();
        Comparator<ArticleDeduplicator.Item> order = Comparator.comparing(ArticleDeduplicator.Item::published)
                .thenComparing(ArticleDeduplicator.Item::articleId);
        items.sort(order);

        InMemoryArticleIndex index = new InMemoryArticleIndex(items.size(), null);
        ArticleDeduplicator dedup = new ArticleDeduplicator(index, fingerprinter,
                new ArticleDeduplicator.Config(threshold, window, false, containment));
        Map<String, DedupDecision> decisions = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i += chunkSize) {
            for (DedupDecision d : dedup.decide(items.subList(i, Math.min(items.size(), i + chunkSize)))) {
                decisions.put(d.articleId(), d);
            }
        }
        long t3 = System.nanoTime();

        Map<String, Doc> byId = new HashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
        }
        Map<DedupDecision.Match, Integer> matches = new EnumMap<>(DedupDecision.Match.class);
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        for (DedupDecision d : decisions.values()) {
            matches.merge(d.match(), 1, Integer::sum);
            String root = d.isDuplicate() ? d.duplicateOf() : d.articleId();
            clusters.computeIfAbsent(root, r -> new ArrayList<>()).add(d.articleId());
        }
        TreeMap<Integer, Integer> sizes = new TreeMap<>();
        int multi = 0;
        int inMulti = 0;
        int spanningBeyondWindow = 0;
        int mixed = 0;
        for (List<String> members : clusters.values()) {
            if (members.size() < 2) {
                continue;
            }
            multi++;
            inMulti += members.size();
            sizes.merge(members.size(), 1, Integer::sum);
            LocalDate first = byId.get(members.get(0)).published();
            LocalDate last = byId.get(members.get(members.size() - 1)).published();
            if (ChronoUnit.DAYS.between(first, last) > window) {
                spanningBeyondWindow++;
            }
            boolean hasExact = false;
            boolean hasNear = false;
            for (String m : members) {
                hasExact |= decisions.get(m).match() == DedupDecision.Match.EXACT;
                hasNear |= decisions.get(m).match() == DedupDecision.Match.NEAR;
            }
            mixed += hasExact && hasNear ? 1 : 0;
        }

        // the check: identical stories within the window are one cluster
        Map<String, List<Doc>> byHash = new LinkedHashMap<>();
        for (ArticleDeduplicator.Item item : items) {
            byHash.computeIfAbsent(item.fingerprint().contentHash(), h -> new ArrayList<>()).add(byId.get(item.articleId()));
        }
        int identicalGroups = 0;
        int identicalArticles = 0;
        int identicalPairsInWindow = 0;
        int identicalPairsAcrossWindow = 0;
        List<String> violations = new ArrayList<>();
        for (List<Doc> group : byHash.values()) {
            if (group.size() < 2) {
                continue;
            }
            identicalGroups++;
            identicalArticles += group.size();
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    Doc x = group.get(a);
                    Doc y = group.get(b);
                    boolean within = Math.abs(ChronoUnit.DAYS.between(x.published(), y.published())) <= window;
                    if (within) {
                        identicalPairsInWindow++;
                    } else {
                        identicalPairsAcrossWindow++;
                    }
                    if (within && !root(decisions, x.id()).equals(root(decisions, y.id()))) {
                        violations.add(x.id() + " ~ " + y.id());
                    }
                }
            }
        }

        System.out.printf("Reuters-21578 deduplication (threshold %.2f, containment %.2f, window ±%d days, chunks of %d)%n",
                threshold, containment, window, chunkSize);
        System.out.printf("files %d, decided %d, skipped (no date or empty) %d%n", raw.size(), items.size(), skipped);
        System.out.printf("time: load %.1f s, fingerprint %.1f s (%.0f articles/s), decide %.1f s (%.0f articles/s)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, items.size() / ((t2 - t1) / 1e9), (t3 - t2) / 1e9,
                items.size() / ((t3 - t2) / 1e9));
        System.out.printf("decisions: %s%n", matches);
        System.out.printf("clusters: %d in all, %d with 2+ articles holding %d articles (%d duplicates); "
                + "%d mix exact and near members; %d span more than the window (transitive)%n",
                clusters.size(), multi, inMulti, inMulti - multi, mixed, spanningBeyondWindow);
        System.out.printf("cluster sizes (size=count): %s%n", sizes);
        System.out.printf("identical-text groups: %d groups, %d articles; pairs within the window %d, across it %d%n",
                identicalGroups, identicalArticles, identicalPairsInWindow, identicalPairsAcrossWindow);
        System.out.printf("CHECK identical stories within the window are one cluster: %s (%d violations)%n",
                violations.isEmpty() ? "PASS" : "FAIL", violations.size());
        for (String v : violations.subList(0, Math.min(10, violations.size()))) {
            System.out.println("  violation: " + v);
        }

        // samples of near-duplicate decisions, the lowest similarities first: what the threshold lets through
        List<DedupDecision> near = new ArrayList<>();
        for (DedupDecision d : decisions.values()) {
            if (d.match() == DedupDecision.Match.NEAR) {
                near.add(d);
            }
        }
        near.sort(Comparator.comparingDouble(DedupDecision::similarity).thenComparing(DedupDecision::articleId));
        double[] cuts = {0.8, 0.85, 0.9, 0.95, 1.0001};
        StringBuilder histogram = new StringBuilder();
        for (int c = 0; c < cuts.length - 1; c++) {
            double lo = cuts[c];
            double hi = cuts[c + 1];
            long n = near.stream().filter(d -> d.similarity() >= lo && d.similarity() < hi).count();
            histogram.append(String.format("[%.2f,%.2f): %d  ", lo, Math.min(hi, 1.0), n));
        }
        System.out.println("near-duplicate similarities: " + histogram);
        System.out.println("lowest-similarity near duplicates (article -> root, J, first words of each):");
        for (DedupDecision d : near.subList(0, Math.min(samples, near.size()))) {
            System.out.printf("  %s -> %s  J=%.3f%n    %s%n    %s%n", d.articleId(), d.duplicateOf(), d.similarity(),
                    head(byId.get(d.articleId()).body()), head(byId.get(d.duplicateOf()).body()));
        }
        // trimmed copies folded by containment: the lowest containments first, then a spread over the rest, with
        // both articles' first words so that each can be checked to be a real copy
        List<DedupDecision> contained = new ArrayList<>();
        for (DedupDecision d : decisions.values()) {
            if (d.match() == DedupDecision.Match.CONTAINED) {
                contained.add(d);
            }
        }
        contained.sort(Comparator.comparingDouble(DedupDecision::similarity).thenComparing(DedupDecision::articleId));
        int containedSamples = Integer.getInteger("containedSamples", 20);
        System.out.printf("contained (trimmed copies): %d; lowest containments first, then every n-th:%n",
                contained.size());
        List<DedupDecision> shown = new ArrayList<>();
        int lowest = Math.min(contained.size(), containedSamples / 2);
        shown.addAll(contained.subList(0, lowest));
        int rest = containedSamples - lowest;
        for (int k = 0; k < rest && lowest + k * Math.max(1, (contained.size() - lowest) / Math.max(1, rest)) < contained.size(); k++) {
            shown.add(contained.get(lowest + k * Math.max(1, (contained.size() - lowest) / Math.max(1, rest))));
        }
        for (DedupDecision d : shown) {
            String copy = byId.get(d.articleId()).body();
            String story = byId.get(d.duplicateOf()).body();
            long[] a = fingerprinter.shingles(copy);
            long[] b = fingerprinter.shingles(story);
            System.out.printf("  %s -> %s  C=%.3f J=%.3f shingles %d in %d, days %d%n    %s%n    %s%n", d.articleId(),
                    d.duplicateOf(), d.similarity(), Fingerprinter.jaccard(a, b), a.length, b.length,
                    ChronoUnit.DAYS.between(byId.get(d.duplicateOf()).published(), byId.get(d.articleId()).published()),
                    head(copy), head(story));
        }
        if (Boolean.getBoolean("quotations")) {
            quotations(raw, items, decisions);
        }
        if (!violations.isEmpty()) {
            System.exit(1);
        }
    }

    private static void quotations(List<RawArticle> raw, List<ArticleDeduplicator.Item> items,
                                   Map<String, DedupDecision> decisions) {
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        Map<String, List<Quote>> quotes = new ConcurrentHashMap<>();
        raw.parallelStream().forEach(r -> {
            ArticleOutcome outcome = analyzer.analyze(r);
            if (outcome instanceof AnalyzedArticle a) {
                quotes.put(a.articleId(), a.quotes());
            }
        });
        long t1 = System.nanoTime();
        InMemoryQuotationStore store = new InMemoryQuotationStore();
        QuotationAggregator aggregator = new QuotationAggregator(store);
        int total = 0;
        int inDuplicates = 0;
        int merges = 0;
        int assignedInDuplicates = 0;
        for (ArticleDeduplicator.Item item : items) {
            List<Quote> qs = quotes.getOrDefault(item.articleId(), List.of());
            DedupDecision d = decisions.get(item.articleId());
            QuotationUpdates u = aggregator.aggregate(item.articleId(), d.duplicateOf(), qs);
            total += qs.size();
            if (d.isDuplicate()) {
                inDuplicates += qs.size();
                assignedInDuplicates += (int) u.quotes().stream().filter(q -> q.quotationId() != null).count();
            }
            merges += u.merged().size();
        }
        long t2 = System.nanoTime();
        int occurrences = 0;
        int multi = 0;
        int folded = 0;
        for (Quotation q : store.all()) {
            occurrences += q.numOccurrences();
            multi += q.numOccurrences() > 1 ? 1 : 0;
        }
        for (Quotation q : store.all()) {
            List<Occurrence> occ = store.occurrencesOf(q.id());
            for (Occurrence o : occ) {
                folded += o.quoteId() != null && !QuotationKey.normalize(textOf(quotes, o)).equals(q.key()) ? 1 : 0;
            }
        }
        System.out.printf("quotations: %d quotes extracted (%d in duplicate articles, not counted; %d of those mapped "
                + "to an existing quotation); %d quotations holding %d occurrences, %d with 2+ occurrences; "
                + "%d occurrences folded as fragments of a longer form, %d quotations merged into a later longer form%n",
                total, inDuplicates, assignedInDuplicates, store.size(), occurrences, multi, folded, merges);
        System.out.printf("time: analyze %.1f s (parallel), aggregate %.1f s (%.0f quotes/s)%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (total - inDuplicates) / ((t2 - t1) / 1e9));
    }

    private static String textOf(Map<String, List<Quote>> quotes, Occurrence o) {
        for (Quote q : quotes.getOrDefault(o.articleId(), List.of())) {
            if (q.id().equals(o.quoteId())) {
                return q.text();
            }
        }
        return "";
    }

    private static String root(Map<String, DedupDecision> decisions, String id) {
        DedupDecision d = decisions.get(id);
        return d.isDuplicate() ? d.duplicateOf() : id;
    }

    private static String head(String body) {
        String flat = body.replace('\n', ' ').replaceAll(" +", " ").strip();
        return flat.length() <= 110 ? flat : flat.substring(0, 110) + "...";
    }
}
