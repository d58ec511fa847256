package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A deduplicated quotation as stored (its occurrences and forms are stored beside it).
 *
 * @param id             stable id ({@code QuotationKey.idFor} of the key of the form that created it)
 * @param key            the normalized key of {@code text}
 * @param text           the longest form seen (Quotebank's {@code quotation})
 * @param date           the earliest occurrence date
 * @param lastDate       the latest occurrence date (fragment folding looks for quotations active near a date)
 * @param numOccurrences the number of occurrences
 * @param speakers       occurrences per speaker, most first (ties by name): the first is the quotation's speaker;
 *                       the counts add up to {@code numOccurrences}
 * @param runs           the hashes of the 8-word runs of its forms (its own key's and those of the quotations merged
 *                       into it), sorted and distinct, at most {@link #MAX_RUNS} (the smallest); stored in the row,
 *                       so that a fragment is matched against its speaker's quotations without a table of runs
 */
public record Quotation(String id, String key, String text, LocalDate date, LocalDate lastDate, int numOccurrences,
                        List<SpeakerCount> speakers, long[] runs) {

    /**
     * Runs kept per quotation: a speech of more than about 4,000 words keeps the smallest hashes, a sample that is
     * the same whatever the order its forms arrived in (and a row that stays small when it is rewritten).
     */
    public static final int MAX_RUNS = 4096;

    public Quotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lastDate, "lastDate");
        speakers = List.copyOf(speakers);
        if (speakers.isEmpty() || numOccurrences < 1) {
            throw new IllegalArgumentException("a quotation has at least one occurrence: " + id);
        }
        runs = sortedDistinct(runs == null ? new long[0] : runs);
    }

    /** Whether this quotation has one of these runs (sorted, as {@link #runs} are). */
    public boolean sharesRun(long[] sortedRuns) {
        int i = 0;
        int j = 0;
        while (i < runs.length && j < sortedRuns.length) {
            if (runs[i] == sortedRuns[j]) {
                return true;
            }
            if (runs[i] < sortedRuns[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The runs of both, as {@link #runs} keeps them. */
    public static long[] union(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return sortedDistinct(both);
    }

    @Override
    public long[] runs() {
        return runs.clone();
    }

    private static long[] sortedDistinct(long[] hashes) {
        long[] out = hashes.clone();
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length && distinct <= MAX_RUNS ? out : Arrays.copyOf(out, Math.min(distinct, MAX_RUNS));
    }

    // arrays compare by content: two reads of one row are equal
    @Override
    public boolean equals(Object o) {
        return o instanceof Quotation q && id.equals(q.id) && key.equals(q.key) && text.equals(q.text)
                && date.equals(q.date) && lastDate.equals(q.lastDate) && numOccurrences == q.numOccurrences
                && speakers.equals(q.speakers) && Arrays.equals(runs, q.runs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, key, text, date, lastDate, numOccurrences, speakers) * 31 + Arrays.hashCode(runs);
    }

    @Override
    public String toString() {
        return "Quotation[id=" + id + ", key=" + key + ", date=" + date + ", lastDate=" + lastDate
                + ", numOccurrences=" + numOccurrences + ", speakers=" + speakers + ", runs=" + runs.length + "]";
    }

    /** The top speaker's name ({@link SpeakerCount#NONE} when unknown): the column {@code findBySpeaker} matches. */
    public String speaker() {
        return speakers.get(0).name();
    }
}
