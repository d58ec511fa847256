package io.quotewire.processors.dedup;

import io.quotewire.processors.Spaces;

import io.quotewire.core.Quote;
import io.quotewire.core.Speaker;
import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationStore;
import io.quotewire.core.dedup.QuotationSummary;
import io.quotewire.core.dedup.QuotationUpdates;
import io.quotewire.core.dedup.SpeakerCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aggregates quotes into quotations, Quotebank-style, over the {@link QuotationStore} port. Plain Java; no state of
 * its own between calls.
 *
 * <ul>
 * <li>Quotes whose {@link QuotationKey#normalize normalized} text is equal are one quotation: {@code quotation} is the
 *     longest form, {@code date} the earliest, every occurrence is kept.</li>
 * <li>Fragments: a quote by the same (known) speaker whose normalized words are contained, at word boundaries, in a
 *     longer quotation of that speaker, or that shares a run of at least {@link Config#minRunWords} words with a
 *     longer one, folds into the longer one; quotations qualify when they were active within
 *     ± {@link Config#fragmentWindowDays} days of the quote's date. An article's quotes are processed longest
 *     first; when a longer form arrives after its fragments, it becomes a new quotation and the fragments'
 *     quotations are merged into it.</li>
 * <li>Forms: a quotation's own (main) key is global: the same words by anyone are that statement. A fragment folded
 *     into it is recorded as a per-speaker form ({@link #scopedKey}), so that a common fragment ("many") folded into
 *     one speaker's statement does not capture the same words of every other speaker.</li>
 * <li>A quotation's id is {@link QuotationKey#idFor} of the key of the form that created it, i.e. of its longest
 *     form in words: the same whatever the order in which its forms arrived. One exception keeps ids unique: when
 *     another speaker later says the exact words of a fragment quotation that was merged away, the new quotation's id
 *     is {@code idFor(key + U+001F + speaker)}.</li>
 * <li>{@code probas} is the share of occurrences per canonical speaker name ({@link SpeakerCount#NONE} for unknown
 *     speakers), {@code speaker} the top one.</li>
 * <li>A duplicate article's quotes are not counted again: they get the quotation id their text already has.</li>
 * </ul>
 * Given the same articles in the same order, the same quotations with the same ids come out, whatever the chunking.
 */
public class QuotationAggregator {

    /**
     * @param fragmentWindowDays how far apart (days, either way) a fragment and the longer quotation it folds into
     *                           may be
     * @param minRunWords        a shared run of this many words folds a quote into a longer one (Quotebank: 8)
     */
    public record Config(int fragmentWindowDays, int minRunWords) {
        public Config {
            if (fragmentWindowDays < 0 || minRunWords < 2) {
                throw new IllegalArgumentException("fragmentWindowDays >= 0 and minRunWords >= 2");
            }
        }

        public static Config defaults() {
            return new Config(30, 8);
        }
    }

    private static final Comparator<SpeakerCount> SPEAKER_ORDER = Comparator
            .comparingInt(SpeakerCount::count).reversed()
            .thenComparing(s -> SpeakerCount.NONE.equals(s.name()))
            .thenComparing(SpeakerCount::name);

    private static final String SCOPE = "\u001f";

    private final QuotationStore store;
    private final Config config;

    public QuotationAggregator(QuotationStore store, Config config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
    }

    public QuotationAggregator(QuotationStore store) {
        this(store, Config.defaults());
    }

    /**
     * Folds one article's quotes into the quotations. Call it for the articles in the deduplicator's order, after
     * the article's {@code duplicateOf} is decided.
     *
     * @param articleId   the article
     * @param duplicateOf the article's canonical article when it is a duplicate, else null
     * @param quotes      its quotes
     */
    public QuotationUpdates aggregate(String articleId, String duplicateOf, List<Quote> quotes) {
        Objects.requireNonNull(articleId, "articleId");
        String[] assigned = new String[quotes.size()];
        if (duplicateOf != null) {
            for (int i = 0; i < quotes.size(); i++) {
                assigned[i] = existingQuotationOf(quotes.get(i));
            }
            return updates(articleId, quotes, assigned, new TreeSet<>(), Map.of());
        }
        Map<String, String> done = store.quotationIdsOfArticle(articleId);
        if (!done.isEmpty()) { // a rerun of an article aggregated before: nothing is counted twice
            for (int i = 0; i < quotes.size(); i++) {
                assigned[i] = done.get(quotes.get(i).id());
            }
            return updates(articleId, quotes, assigned, new TreeSet<>(), Map.of());
        }
        List<Integer> order = new ArrayList<>();
        int[] wordCounts = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            order.add(i);
            wordCounts[i] = wordCount(QuotationKey.normalize(quotes.get(i).text()));
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -wordCounts[i])
                .thenComparingInt(i -> quotes.get(i).start()).thenComparingInt(i -> i));
        Set<String> updated = new TreeSet<>();
        Map<String, String> merged = new LinkedHashMap<>();
        for (int i : order) {
            assigned[i] = add(articleId, quotes.get(i), updated, merged);
        }
        for (int i = 0; i < assigned.length; i++) {
            while (assigned[i] != null && merged.containsKey(assigned[i])) {
                assigned[i] = merged.get(assigned[i]);
            }
        }
        return updates(articleId, quotes, assigned, updated, merged);
    }

    private String add(String articleId, Quote quote, Set<String> updated, Map<String, String> merged) {
        String key = QuotationKey.normalize(quote.text());
        if (key.isEmpty()) {
            return null;
        }
        String speaker = quote.speaker().name();
        Speaker who = quote.speaker();
        Occurrence occurrence = new Occurrence(articleId, quote.id(), quote.date(), speaker, who.type().label(),
                who.description() != null ? who.description() : Speaker.descriptionOf(speaker), who.reason());
        // 1. a fragment of a longer statement this speaker was folded into before
        String scoped = speaker != null ? scopedKey(speaker, key) : null;
        if (scoped != null) {
            Quotation folded = store.findByKey(scoped).orElse(null);
            if (folded != null) {
                return addTo(folded, folded.text(), occurrence, updated);
            }
        }
        // 2. the same statement: the key is the main key of a quotation (any speaker: Quotebank's rule)
        Quotation same = store.findByKey(key).orElse(null);
        if (same != null && same.key().equals(key)) {
            String text = readable(quote.text());
            boolean longer = text.length() > same.text().length();
            return addTo(same, longer ? text : same.text(), occurrence, updated);
        }
        // 3. the key of a fragment quotation since merged into a longer one: a fragment only for the same speaker
        if (same != null && speaker != null && speaker.equals(same.speaker())) {
            store.addForm(scoped, same.id());
            return addTo(same, same.text(), occurrence, updated);
        }
        int words = wordCount(key);
        long[] runs = runShingles(key, config.minRunWords());
        List<Quotation> into = new ArrayList<>();
        List<Quotation> absorb = new ArrayList<>();
        if (speaker != null) {
            LocalDate from = quote.date().minusDays(config.fragmentWindowDays());
            LocalDate to = quote.date().plusDays(config.fragmentWindowDays());
            Map<String, Quotation> related = new LinkedHashMap<>();
            Set<String> sharingRun = new LinkedHashSet<>();
            for (Quotation q : store.findBySpeaker(speaker, from, to)) {
                related.put(q.id(), q);
            }
            if (runs.length > 0) {
                for (Quotation q : store.findSharingRun(speaker, runs, from, to)) {
                    related.put(q.id(), q);
                    sharingRun.add(q.id());
                }
            }
            for (Quotation q : related.values()) {
                if (!speaker.equals(q.speaker())) {
                    continue;
                }
                if (containsWords(q.key(), key)) {
                    into.add(q);
                } else if (containsWords(key, q.key())) {
                    absorb.add(q);
                } else if (sharingRun.contains(q.id())) {
                    if (wordCount(q.key()) >= words) {
                        into.add(q);
                    } else {
                        absorb.add(q);
                    }
                }
            }
        }
        if (!into.isEmpty()) {
            into.sort(Comparator.<Quotation>comparingInt(q -> -wordCount(q.key()))
                    .thenComparing(Quotation::date).thenComparing(Quotation::id));
            Quotation target = into.get(0);
            store.addForm(scoped, target.id()); // a fragment of this speaker's, not of everyone's
            return addTo(target, target.text(), occurrence, updated);
        }
        // a new quotation; when the key's own id belongs to a quotation merged away (step 3 did not take it: another
        // speaker), a speaker-qualified id keeps ids unique
        String id = same == null ? QuotationKey.idFor(key)
                : QuotationKey.idFor(key + SCOPE + (speaker != null ? speaker : SpeakerCount.NONE));
        Quotation created = new Quotation(id, key, readable(quote.text()), quote.date(), quote.date(), 1,
                List.of(new SpeakerCount(speaker != null ? speaker : SpeakerCount.NONE, 1)), runs);
        absorb.sort(Comparator.comparing(Quotation::id));
        for (Quotation fragment : absorb) {
            created = mergedValues(created, fragment);
        }
        store.save(created);
        for (Quotation fragment : absorb) {
            store.merge(fragment.id(), id);
            store.addForm(scopedKey(fragment.speaker(), fragment.key()), id);
            merged.put(fragment.id(), id);
            updated.remove(fragment.id());
        }
        store.addForm(key, id);
        store.addOccurrence(id, occurrence);
        updated.add(id);
        return id;
    }

    /** The quotation a quote already belongs to by its forms (steps 1 to 3 of {@link #add}), or null; no writes. */
    private String existingQuotationOf(Quote quote) {
        String key = QuotationKey.normalize(quote.text());
        if (key.isEmpty()) {
            return null;
        }
        String speaker = quote.speaker().name();
        if (speaker != null) {
            Quotation folded = store.findByKey(scopedKey(speaker, key)).orElse(null);
            if (folded != null) {
                return folded.id();
            }
        }
        Quotation same = store.findByKey(key).orElse(null);
        return same != null && (same.key().equals(key) || same.speaker().equals(speaker)) ? same.id() : null;
    }

    private String addTo(Quotation q, String text, Occurrence occurrence, Set<String> updated) {
        store.save(withOccurrence(q, q.key(), text, occurrence));
        store.addOccurrence(q.id(), occurrence);
        updated.add(q.id());
        return q.id();
    }

    /**
     * The form key of a fragment folded into a longer quotation of one speaker: the speaker's name, the unit separator
     * (U+001F) and the normalized key. Main keys are global (the same statement by anyone is one quotation);
     * fragment forms are per speaker, so that "many" folded into one speaker's statement does not capture everyone's
     * "many".
     */
    static String scopedKey(String speaker, String key) {
        return speaker + SCOPE + key;
    }

    /**
     * The quotation as a line of the quotations file: occurrences sorted by (date, article, quote number), probas
     * from the occurrences.
     *
     * @throws IllegalArgumentException when there is no quotation with this id (it may have been merged)
     */
    public QuotationSummary summarize(String quotationId) {
        Quotation q = store.findById(quotationId)
                .orElseThrow(() -> new IllegalArgumentException("no quotation " + quotationId));
        List<Occurrence> occurrences = new ArrayList<>(store.occurrencesOf(quotationId));
        occurrences.sort(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::articleId)
                .thenComparingInt(o -> Quote.ordinalOf(o.quoteId())).thenComparing(Occurrence::quoteId));
        Map<String, Integer> counts = new HashMap<>();
        Set<String> articleIds = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            counts.merge(o.speaker() != null ? o.speaker() : SpeakerCount.NONE, 1, Integer::sum);
            articleIds.add(o.articleId());
        }
        List<SpeakerCount> speakers = new ArrayList<>();
        counts.forEach((name, count) -> speakers.add(new SpeakerCount(name, count)));
        speakers.sort(SPEAKER_ORDER);
        List<List<Object>> probas = new ArrayList<>();
        for (SpeakerCount s : speakers) {
            probas.add(List.of(s.name(), Math.round(10000.0 * s.count() / occurrences.size()) / 10000.0));
        }
        LocalDate date = occurrences.isEmpty() ? q.date() : occurrences.get(0).date();
        return new QuotationSummary(q.id(), q.text(), speakers.isEmpty() ? q.speaker() : speakers.get(0).name(),
                probas, List.of(), date, occurrences.size(), List.copyOf(articleIds), occurrences);
    }

    private static QuotationUpdates updates(String articleId, List<Quote> quotes, String[] assigned,
                                            Set<String> updated, Map<String, String> merged) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            out.add(quotes.get(i).withQuotationId(assigned[i]));
        }
        return new QuotationUpdates(articleId, out, List.copyOf(updated), merged);
    }

    private static Quotation withOccurrence(Quotation q, String key, String text, Occurrence o) {
        LocalDate date = o.date().isBefore(q.date()) ? o.date() : q.date();
        LocalDate last = o.date().isAfter(q.lastDate()) ? o.date() : q.lastDate();
        Map<String, Integer> counts = counts(q.speakers());
        counts.merge(o.speaker() != null ? o.speaker() : SpeakerCount.NONE, 1, Integer::sum);
        return new Quotation(q.id(), key, text, date, last, q.numOccurrences() + 1, sorted(counts), q.runs());
    }

    private static Quotation mergedValues(Quotation into, Quotation from) {
        LocalDate date = from.date().isBefore(into.date()) ? from.date() : into.date();
        LocalDate last = from.lastDate().isAfter(into.lastDate()) ? from.lastDate() : into.lastDate();
        Map<String, Integer> counts = counts(into.speakers());
        for (SpeakerCount s : from.speakers()) {
            counts.merge(s.name(), s.count(), Integer::sum);
        }
        return new Quotation(into.id(), into.key(), into.text(), date, last,
                into.numOccurrences() + from.numOccurrences(), sorted(counts), Quotation.union(into.runs(), from.runs()));
    }

    private static Map<String, Integer> counts(List<SpeakerCount> speakers) {
        Map<String, Integer> counts = new HashMap<>();
        for (SpeakerCount s : speakers) {
            counts.merge(s.name(), s.count(), Integer::sum);
        }
        return counts;
    }

    private static List<SpeakerCount> sorted(Map<String, Integer> counts) {
        List<SpeakerCount> list = new ArrayList<>();
        counts.forEach((name, count) -> list.add(new SpeakerCount(name, count)));
        list.sort(SPEAKER_ORDER);
        return list;
    }

    /** Whether the normalized text {@code outer} contains {@code inner}'s words as a run, at word boundaries. */
    static boolean containsWords(String outer, String inner) {
        if (inner.isEmpty() || inner.length() > outer.length()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = outer.indexOf(inner, from);
            if (at < 0) {
                return false;
            }
            int end = at + inner.length();
            if ((at == 0 || outer.charAt(at - 1) == ' ') && (end == outer.length() || outer.charAt(end) == ' ')) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * The text a quotation is stored and shown with: its whitespace runs (the source's hard line breaks and
     * indentation) folded to one space, so the same words wrapped differently read the same. A quote's own text
     * in its article keeps the body's characters: its offsets point there.
     */
    static String readable(String text) {
        return Spaces.fold(text, c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The number of words of a normalized text. */
    static int wordCount(String normalized) {
        if (normalized.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The distinct hashes of the {@code n}-word runs of a normalized text (none when it has fewer words). */
    static long[] runShingles(String normalized, int n) {
        long[] words = Fingerprinter.wordHashes(normalized);
        return words.length < n ? new long[0] : Fingerprinter.shingleSet(words, n);
    }
}
