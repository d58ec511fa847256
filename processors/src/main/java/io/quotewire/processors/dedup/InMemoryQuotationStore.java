package io.quotewire.processors.dedup;

import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationBatchStore;
import io.quotewire.core.dedup.QuotationStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link QuotationStore} in memory, for tests, benchmarks and developer commands (the job uses the database's).
 * Lookups return quotations in id order, as an adapter would with {@code ORDER BY id}. Not thread-safe.
 */
public class InMemoryQuotationStore implements QuotationStore, QuotationBatchStore {
    private final Map<String, Quotation> byId = new HashMap<>();
    private final Map<String, String> forms = new HashMap<>();
    private final Map<String, Set<String>> formsOf = new HashMap<>();
    private final Map<String, Set<String>> bySpeaker = new HashMap<>();
    private final Map<String, Map<String, Occurrence>> occurrences = new HashMap<>();
    private final Map<String, Map<String, String>> byArticle = new HashMap<>();
    private final Map<String, String> redirects = new HashMap<>();

    public int size() {
        return byId.size();
    }

    /** Every stored quotation, in id order. */
    public List<Quotation> all() {
        List<Quotation> all = new ArrayList<>(byId.values());
        all.sort(java.util.Comparator.comparing(Quotation::id));
        return all;
    }

    // ---- a chunk at a time, as the database does it (QuotationBatchStore) -------------------------------------

    @Override
    public Map<String, String> formsOf(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (String key : keys) {
            String id = forms.get(key);
            if (id != null) {
                found.put(key, id);
            }
        }
        return found;
    }

    @Override
    public Map<String, Quotation> quotationsByIds(Collection<String> ids) {
        Map<String, Quotation> found = new HashMap<>();
        for (String id : ids) {
            Quotation q = byId.get(id);
            if (q != null) {
                found.put(id, q);
            }
        }
        return found;
    }

    @Override
    public List<Quotation> activeBySpeakers(Collection<String> speakers, LocalDate from, LocalDate to) {
        List<Quotation> found = new ArrayList<>();
        for (String speaker : new java.util.TreeSet<>(speakers)) {
            found.addAll(active(bySpeaker.getOrDefault(speaker, Set.of()), from, to));
        }
        return found;
    }

    @Override
    public Map<String, Map<String, String>> quotationIdsOfArticles(Collection<String> articleIds) {
        Map<String, Map<String, String>> found = new HashMap<>();
        for (String id : articleIds) {
            Map<String, String> ofArticle = byArticle.get(id);
            if (ofArticle != null && !ofArticle.isEmpty()) {
                found.put(id, new HashMap<>(ofArticle));
            }
        }
        return found;
    }

    @Override
    public void apply(Writes writes) {
        for (String[] m : writes.merges()) {
            merge(m[0], m[1]);
        }
        for (Quotation q : writes.saved()) {
            save(q);
        }
        writes.forms().forEach(this::addForm);
        writes.occurrences().forEach((id, list) -> list.forEach(o -> addOccurrence(id, o)));
    }

    /** Where a merged quotation went (followed to the end), or the id itself. */
    public String resolve(String quotationId) {
        String id = quotationId;
        while (redirects.containsKey(id)) {
            id = redirects.get(id);
        }
        return id;
    }

    @Override
    public Optional<Quotation> findById(String quotationId) {
        return Optional.ofNullable(byId.get(quotationId));
    }

    @Override
    public Optional<Quotation> findByKey(String key) {
        String id = forms.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Quotation> findBySpeaker(String speaker, LocalDate from, LocalDate to) {
        List<Quotation> found = active(bySpeaker.getOrDefault(speaker, Set.of()), from, to);
        found.sort(java.util.Comparator.comparing(Quotation::lastDate).reversed().thenComparing(Quotation::id));
        return found.size() <= SPEAKER_CANDIDATES ? found : new ArrayList<>(found.subList(0, SPEAKER_CANDIDATES));
    }

    @Override
    public List<Quotation> findSharingRun(String speaker, long[] sortedRuns, LocalDate from, LocalDate to) {
        List<Quotation> found = active(bySpeaker.getOrDefault(speaker, Set.of()), from, to);
        found.removeIf(q -> !q.sharesRun(sortedRuns));
        return found;
    }

    private List<Quotation> active(Set<String> ids, LocalDate from, LocalDate to) {
        List<Quotation> found = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            Quotation q = byId.get(id);
            if (q != null && !q.date().isAfter(to) && !q.lastDate().isBefore(from)) {
                found.add(q);
            }
        }
        return found;
    }

    @Override
    public List<Occurrence> occurrencesOf(String quotationId) {
        return List.copyOf(occurrences.getOrDefault(quotationId, Map.of()).values());
    }

    @Override
    public Map<String, String> quotationIdsOfArticle(String articleId) {
        return Map.copyOf(byArticle.getOrDefault(articleId, Map.of()));
    }

    @Override
    public void save(Quotation quotation) {
        Quotation old = byId.put(quotation.id(), quotation);
        if (old != null) {
            Set<String> ids = bySpeaker.get(old.speaker());
            if (ids != null) {
                ids.remove(old.id());
            }
        }
        bySpeaker.computeIfAbsent(quotation.speaker(), s -> new LinkedHashSet<>()).add(quotation.id());
    }

    @Override
    public void addForm(String key, String quotationId) {
        String old = forms.put(key, quotationId);
        if (old != null) {
            formsOf.get(old).remove(key);
        }
        formsOf.computeIfAbsent(quotationId, q -> new LinkedHashSet<>()).add(key);
    }

    @Override
    public void addOccurrence(String quotationId, Occurrence occurrence) {
        Map<String, String> ofArticle = byArticle.computeIfAbsent(occurrence.articleId(), a -> new LinkedHashMap<>());
        if (ofArticle.containsKey(occurrence.quoteId())) {
            return;
        }
        ofArticle.put(occurrence.quoteId(), quotationId);
        occurrences.computeIfAbsent(quotationId, q -> new LinkedHashMap<>())
                .put(occurrence.articleId() + "\u0000" + occurrence.quoteId(), occurrence);
    }

    @Override
    public void merge(String fromId, String intoId) {
        if (fromId.equals(intoId)) {
            return;
        }
        for (String key : List.copyOf(formsOf.getOrDefault(fromId, Set.of()))) {
            addForm(key, intoId);
        }
        formsOf.remove(fromId);
        Map<String, Occurrence> moved = occurrences.remove(fromId);
        if (moved != null) {
            Map<String, Occurrence> target = occurrences.computeIfAbsent(intoId, q -> new LinkedHashMap<>());
            for (Map.Entry<String, Occurrence> e : moved.entrySet()) {
                target.putIfAbsent(e.getKey(), e.getValue());
                byArticle.get(e.getValue().articleId()).put(e.getValue().quoteId(), intoId);
            }
        }
        Quotation old = byId.remove(fromId);
        if (old != null) {
            Set<String> ids = bySpeaker.get(old.speaker());
            if (ids != null) {
                ids.remove(fromId);
            }
        }
        redirects.put(fromId, intoId);
    }
}
