package io.quotewire.processors.dedup;

import io.quotewire.core.Quote;
import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationBatchStore;
import io.quotewire.core.dedup.QuotationStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link QuotationStore} the aggregator uses for one chunk at a time: {@link #readAhead} reads, in a few batched
 * look-ups, everything the chunk's quotes can ask for (their forms, their speakers' active quotations with their
 * 8-word runs, the occurrences of their articles); the aggregator's calls are then answered from
 * memory, and its writes are kept until {@link #flush} hands them to the database in one batch per table. A chunk
 * that took about ten statements per quote takes about ten in all.
 *
 * <p>The answers are the ones the database would give if each write went to it at once: what was read ahead is
 * overlaid with the chunk's own writes (a quotation saved replaces the one read, a merge re-points forms and
 * occurrences and hides the quotation merged away), and anything not read ahead is read when asked. So the
 * aggregator decides exactly as it does over the plain store, whatever the chunk boundaries. Plain Java; the state
 * lives for one chunk and is dropped by {@link #flush} and by {@link #discard} (a chunk rolled back).
 */
public final class ChunkQuotationStore implements QuotationStore {

    /** One article's quotes as the aggregator will receive them. */
    public record ArticleQuotes(String articleId, String duplicateOf, List<Quote> quotes) {
    }

    private static final Comparator<Quotation> MOST_RECENT =
            Comparator.comparing(Quotation::lastDate).reversed().thenComparing(Quotation::id);

    private final QuotationStore direct;
    private final QuotationBatchStore batch;
    private final QuotationAggregator.Config config;

    // read ahead, then overlaid with the chunk's writes
    private final Map<String, Quotation> quotations = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final Map<String, String> forms = new HashMap<>();
    private final Set<String> keysRead = new HashSet<>();
    private final Map<String, Set<String>> bySpeaker = new HashMap<>();
    private final Map<String, List<LocalDate[]>> speakerWindows = new HashMap<>();
    private final Map<String, Map<String, String>> byArticle = new HashMap<>();
    private final Map<String, String> redirects = new HashMap<>();

    // the chunk's writes
    private final List<String[]> merges = new ArrayList<>();
    private final Map<String, Quotation> saved = new LinkedHashMap<>();
    private final Map<String, String> formWrites = new LinkedHashMap<>();
    private final Map<String, List<Occurrence>> occurrenceWrites = new LinkedHashMap<>();
    private final Set<String> occurrenceKeys = new HashSet<>();

    /**
     * @param direct the store that answers {@link #findById} and {@link #occurrencesOf} (outside a chunk: the
     *               export reads them)
     * @param batch  the same database, read and written a chunk at a time
     * @param config the aggregator's settings: its fragment window decides what is read ahead
     */
    public ChunkQuotationStore(QuotationStore direct, QuotationBatchStore batch, QuotationAggregator.Config config) {
        this.direct = Objects.requireNonNull(direct, "direct");
        this.batch = Objects.requireNonNull(batch, "batch");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Reads what these articles' quotes can ask for. Call it before the chunk's first {@code aggregate}. */
    public void readAhead(List<ArticleQuotes> chunk) {
        Set<String> articleIds = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> speakers = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ArticleQuotes a : chunk) {
            articleIds.add(a.articleId());
            for (Quote quote : a.quotes()) {
                String key = QuotationKey.normalize(quote.text());
                if (key.isEmpty()) {
                    continue;
                }
                keys.add(key);
                String speaker = quote.speaker().name();
                if (speaker != null) {
                    keys.add(QuotationAggregator.scopedKey(speaker, key));
                    speakers.add(speaker);
                    dates.add(quote.date());
                }
            }
        }
        byArticle.putAll(batch.quotationIdsOfArticles(articleIds));
        for (String id : articleIds) {
            byArticle.putIfAbsent(id, new HashMap<>());
        }
        readForms(keys);
        for (LocalDate[] window : DateWindows.around(dates, config.fragmentWindowDays())) {
            readSpeakers(speakers, window[0], window[1]);
        }
    }

    /** Hands the chunk's writes to the database and forgets the chunk. Call it before the chunk commits. */
    public void flush() {
        QuotationBatchStore.Writes writes = new QuotationBatchStore.Writes(List.copyOf(merges),
                List.copyOf(saved.values()), new LinkedHashMap<>(formWrites), new LinkedHashMap<>(occurrenceWrites));
        if (!writes.isEmpty()) {
            batch.apply(writes);
        }
        discard();
    }

    /** Forgets the chunk without writing it (its transaction rolled back). */
    public void discard() {
        quotations.clear();
        absent.clear();
        forms.clear();
        keysRead.clear();
        bySpeaker.clear();
        speakerWindows.clear();
        byArticle.clear();
        redirects.clear();
        merges.clear();
        saved.clear();
        formWrites.clear();
        occurrenceWrites.clear();
        occurrenceKeys.clear();
    }

    @Override
    public Optional<Quotation> findById(String quotationId) {
        return direct.findById(quotationId);
    }

    @Override
    public Optional<Quotation> findByKey(String key) {
        if (!keysRead.contains(key)) {
            readForms(List.of(key));
        }
        String id = forms.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(quotation(resolve(id)));
    }

    @Override
    public List<Quotation> findBySpeaker(String speaker, LocalDate from, LocalDate to) {
        List<Quotation> found = active(speaker, from, to);
        found.sort(MOST_RECENT);
        return found.size() <= SPEAKER_CANDIDATES ? found : new ArrayList<>(found.subList(0, SPEAKER_CANDIDATES));
    }

    /** Every quotation whose top speaker is this one and that was active in the window, as the chunk has it now. */
    private List<Quotation> active(String speaker, LocalDate from, LocalDate to) {
        if (!covered(speaker, from, to)) {
            readSpeakers(List.of(speaker), from, to);
        }
        List<Quotation> found = new ArrayList<>();
        for (String id : resolved(bySpeaker.getOrDefault(speaker, Set.of()))) {
            Quotation q = quotation(id);
            if (q != null && q.speaker().equals(speaker) && active(q, from, to)) {
                found.add(q);
            }
        }
        return found;
    }

    @Override
    public List<Quotation> findSharingRun(String speaker, long[] sortedRuns, LocalDate from, LocalDate to) {
        List<Quotation> found = new ArrayList<>();
        for (Quotation q : active(speaker, from, to)) {
            if (q.sharesRun(sortedRuns)) {
                found.add(q);
            }
        }
        return found;
    }

    @Override
    public List<Occurrence> occurrencesOf(String quotationId) {
        return direct.occurrencesOf(quotationId);
    }

    @Override
    public Map<String, String> quotationIdsOfArticle(String articleId) {
        Map<String, String> read = byArticle.get(articleId);
        if (read == null) {
            read = batch.quotationIdsOfArticles(List.of(articleId)).getOrDefault(articleId, new HashMap<>());
            byArticle.put(articleId, read);
        }
        return Map.copyOf(read);
    }

    @Override
    public void save(Quotation quotation) {
        quotations.put(quotation.id(), quotation);
        absent.remove(quotation.id());
        saved.put(quotation.id(), quotation);
        bySpeaker.computeIfAbsent(quotation.speaker(), s -> new LinkedHashSet<>()).add(quotation.id());
    }

    @Override
    public void addForm(String key, String quotationId) {
        forms.put(key, quotationId);
        keysRead.add(key);
        formWrites.put(key, quotationId);
    }

    @Override
    public void addOccurrence(String quotationId, Occurrence occurrence) {
        Map<String, String> ofArticle = byArticle.get(occurrence.articleId());
        if (ofArticle == null) {
            quotationIdsOfArticle(occurrence.articleId());
            ofArticle = byArticle.get(occurrence.articleId());
        }
        if (ofArticle.containsKey(occurrence.quoteId())) {
            return; // there already: left as it is
        }
        ofArticle.put(occurrence.quoteId(), quotationId);
        occurrenceKeys.add(occurrence.articleId() + '\u0000' + occurrence.quoteId());
        occurrenceWrites.computeIfAbsent(quotationId, k -> new ArrayList<>()).add(occurrence);
    }

    @Override
    public void merge(String fromId, String intoId) {
        if (fromId.equals(intoId)) {
            return;
        }
        merges.add(new String[] {fromId, intoId});
        forms.replaceAll((key, id) -> id.equals(fromId) ? intoId : id);
        formWrites.replaceAll((key, id) -> id.equals(fromId) ? intoId : id);
        List<Occurrence> moved = occurrenceWrites.remove(fromId);
        if (moved != null) {
            occurrenceWrites.computeIfAbsent(intoId, k -> new ArrayList<>()).addAll(moved);
        }
        for (Map<String, String> ofArticle : byArticle.values()) {
            ofArticle.replaceAll((quote, id) -> id.equals(fromId) ? intoId : id);
        }
        redirects.replaceAll((id, to) -> to.equals(fromId) ? intoId : to);
        redirects.put(fromId, intoId);
        quotations.remove(fromId);
        saved.remove(fromId);
        absent.add(fromId);
    }

    /** Where a quotation merged away in this chunk went, or the id itself. */
    private String resolve(String id) {
        String to = redirects.get(id);
        return to != null ? to : id;
    }

    /** The distinct ids after following this chunk's merges, in id order (a stable order for the caller). */
    private Set<String> resolved(Collection<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) {
            out.add(resolve(id));
        }
        return out;
    }

    /** The quotation with this id as the database would have it now: the chunk's version, or the stored one. */
    private Quotation quotation(String id) {
        Quotation q = quotations.get(id);
        if (q != null || absent.contains(id)) {
            return q;
        }
        readQuotations(List.of(id));
        return quotations.get(id);
    }

    private static boolean active(Quotation q, LocalDate from, LocalDate to) {
        return !q.date().isAfter(to) && !q.lastDate().isBefore(from);
    }

    private void readForms(Collection<String> keys) {
        List<String> unread = keys.stream().filter(k -> !keysRead.contains(k)).toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<String, String> found = batch.formsOf(unread);
        for (String key : unread) {
            keysRead.add(key);
            String id = found.get(key);
            if (id != null) {
                forms.put(key, id);
            }
        }
        readQuotations(found.values());
    }

    private void readSpeakers(Collection<String> speakers, LocalDate from, LocalDate to) {
        if (speakers.isEmpty()) {
            return;
        }
        for (Quotation q : batch.activeBySpeakers(speakers, from, to)) {
            if (!absent.contains(q.id()) && !quotations.containsKey(q.id())) {
                quotations.put(q.id(), q);
            }
            bySpeaker.computeIfAbsent(q.speaker(), s -> new LinkedHashSet<>()).add(q.id());
        }
        for (String speaker : speakers) {
            speakerWindows.computeIfAbsent(speaker, s -> new ArrayList<>()).add(new LocalDate[] {from, to});
        }
    }

    private boolean covered(String speaker, LocalDate from, LocalDate to) {
        for (LocalDate[] w : speakerWindows.getOrDefault(speaker, List.of())) {
            if (!w[0].isAfter(from) && !w[1].isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the stored quotations not known yet; the chunk's own versions and merges win over the stored ones. */
    private void readQuotations(Collection<String> ids) {
        List<String> unknown = ids.stream().filter(id -> !quotations.containsKey(id) && !absent.contains(id))
                .distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Quotation> found = batch.quotationsByIds(unknown);
        for (String id : unknown) {
            Quotation q = found.get(id);
            if (q == null) {
                absent.add(id);
            } else {
                quotations.put(id, q);
                bySpeaker.computeIfAbsent(q.speaker(), s -> new LinkedHashSet<>()).add(id);
            }
        }
    }
}
