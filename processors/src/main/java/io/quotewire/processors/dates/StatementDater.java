package io.quotewire.processors.dates;

import io.quotewire.core.Cue;
import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TextOffsets;
import io.quotewire.processors.Deadline;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides when each quotation was said: the date the text gives for the statement ("said on Friday",
 * "told reporters Tuesday", "in a statement last week" - the first day of a week), else the publication date.
 * Plain Java; thread-safe.
 *
 * <p>The statement's date is a temporal expression of the attribution clause: within a few words after the cue
 * ("said in a statement last week", "told reporters in Washington on Tuesday") or before it in the same sentence
 * ("On Friday, the minister said"), outside every quotation, resolving to a day, a week or a month that is not
 * after the publication date. The nearest such expression wins; a quote without a cue keeps the publication date.
 */
public class StatementDater {
    /** Words allowed between the cue and a following expression. */
    private static final int MAX_WORDS_AFTER = 5;
    /** Words allowed between a preceding expression and the cue. */
    private static final int MAX_WORDS_BEFORE = 6;

    /**
     * Characters searched on either side of a cue for its expression. {@link #MAX_WORDS_AFTER} or
     * {@link #MAX_WORDS_BEFORE} words of news text never span this many; the bound keeps a cue's work constant
     * when the text around it does not read as words (a long run of spaces or symbols).
     */
    private static final int WINDOW_CHARS = 1_000;
    private static final String STAGE = "statement dating";

    /**
     * @return the quotes with their {@code date} set, in the same order
     */
    public List<Quote> date(String body, List<Quote> quotes, List<TemporalExpression> timexes, LocalDate published) {
        return date(body, quotes, timexes, published, Deadline.NONE);
    }

    /**
     * As {@link #date(String, List, List, LocalDate)}, checking {@code deadline} as it goes.
     *
     * @throws io.quotewire.processors.BudgetExceededException when the deadline passes
     */
    public List<Quote> date(String body, List<Quote> quotes, List<TemporalExpression> timexes, LocalDate published,
                            Deadline deadline) {
        TextOffsets offsets = TextOffsets.of(body);
        Candidates candidates = new Candidates(offsets, quotes, timexes);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            deadline.tick(STAGE);
            LocalDate d = statementDate(body, offsets, q, candidates, published, deadline);
            out.add(new Quote(q.id(), q.start(), q.end(), q.text(), q.kind(), q.speaker(), q.cue(), d,
                    q.quotationId()));
        }
        return out;
    }

    /**
     * The expressions that can date a statement, those outside every quotation, as char indexes in text order
     * (the tagger's order), so that the ones near a cue are found by binary search instead of a scan of all.
     */
    private static final class Candidates {
        final int[] start;
        final int[] end;
        final String[] value;
        final int count;

        /** The longest candidate, in chars: how far before a window's start one can start and still reach into it. */
        final int longest;
        /** Whether the ends are in text order too (no candidate inside another). */
        final boolean endsInOrder;

        Candidates(TextOffsets offsets, List<Quote> quotes, List<TemporalExpression> timexes) {
            QuoteCover cover = new QuoteCover(quotes);
            // start << 32 | list index: sorting these orders by start, ties in list order (the tagger's order
            // already is text order; this only guards other callers)
            long[] order = new long[timexes.size()];
            int n = 0;
            for (int i = 0; i < timexes.size(); i++) {
                TemporalExpression t = timexes.get(i);
                if (!cover.overlaps(t.start(), t.end())) {
                    order[n++] = ((long) offsets.toCharIndex(t.start()) << 32) | i;
                }
            }
            Arrays.sort(order, 0, n);
            start = new int[n];
            end = new int[n];
            value = new String[n];
            int max = 0;
            boolean inOrder = true;
            for (int k = 0; k < n; k++) {
                TemporalExpression t = timexes.get((int) order[k]);
                start[k] = (int) (order[k] >>> 32);
                end[k] = offsets.toCharIndex(t.end());
                value[k] = t.value();
                max = Math.max(max, end[k] - start[k]);
                inOrder &= k == 0 || end[k] >= end[k - 1];
            }
            count = n;
            longest = max;
            endsInOrder = inOrder;
        }

        /** The first candidate starting at or after {@code charIndex}. */
        int firstStartingAt(int charIndex) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < charIndex) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * Whether a span overlaps a quotation, in log time: the quotations sorted by start with the running maximum of
     * their ends (a span overlaps one iff some quotation starting before the span's end ends after its start).
     */
    private static final class QuoteCover {
        private final int[] starts;
        private final int[] maxEnd;

        QuoteCover(List<Quote> quotes) {
            long[] byStart = new long[quotes.size()];
            for (int i = 0; i < byStart.length; i++) {
                byStart[i] = ((long) quotes.get(i).start() << 32) | (quotes.get(i).end() & 0xffffffffL);
            }
            Arrays.sort(byStart);
            starts = new int[byStart.length];
            maxEnd = new int[byStart.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < byStart.length; i++) {
                starts[i] = (int) (byStart[i] >> 32);
                max = Math.max(max, (int) byStart[i]);
                maxEnd[i] = max;
            }
        }

        boolean overlaps(int start, int end) {
            // the number of quotations that start before end
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && maxEnd[lo - 1] > start;
        }
    }

    /**
     * The nearest dating expression: the smallest distance (words after the cue count 2w, before it 2w + 1), the
     * earliest in text order on a tie. Only expressions within {@link #WINDOW_CHARS} of the cue are looked at.
     */
    private LocalDate statementDate(String body, TextOffsets offsets, Quote q, Candidates c, LocalDate published,
                                    Deadline deadline) {
        Cue cue = q.cue();
        if (cue == null || published == null) {
            return published;
        }
        int cueStart = offsets.toCharIndex(cue.start());
        int cueEnd = offsets.toCharIndex(cue.end());
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Before the cue, nearest first: expressions ending by its start, at most the window before it. Going back
        // only adds words, and a break other than a period (whose abbreviation test depends on where counting
        // starts) stays between, so once one of those is met no earlier expression can qualify: stop there. That
        // needs the ends in text order, as the tagger's expressions (which never overlap) have them.
        int lowest = c.firstStartingAt(Math.max(0, cueStart - WINDOW_CHARS - c.longest));
        for (int i = c.firstStartingAt(cueStart) - 1; i >= lowest; i--) {
            deadline.tick(STAGE);
            int te = c.end[i];
            if (te > cueStart || cueStart - te > WINDOW_CHARS) {
                continue;
            }
            int words = wordsBetween(body, te, cueStart, MAX_WORDS_BEFORE);
            if (words > MAX_WORDS_BEFORE) {
                if (c.endsInOrder && (words == TOO_MANY_WORDS || (words & KEEPS_FOR_EARLIER_FROM) != 0)) {
                    break;
                }
                continue;
            }
            int distance = words * 2 + 1;
            // visited last to first: an equal distance here is an earlier expression, which wins a tie
            if (distance > bestDistance) {
                continue;
            }
            LocalDate d = firstDay(c.value[i]);
            if (d == null || d.isAfter(published)) {
                continue;
            }
            best = d;
            bestDistance = distance;
        }
        // After the cue, first to last: going on only adds words, and a break before the last char stays between.
        for (int i = c.firstStartingAt(cueEnd); i < c.count && c.start[i] - cueEnd <= WINDOW_CHARS; i++) {
            deadline.tick(STAGE);
            int words = wordsBetween(body, cueEnd, c.start[i], MAX_WORDS_AFTER);
            if (words > MAX_WORDS_AFTER) {
                if (words == TOO_MANY_WORDS || (words & KEEPS_FOR_LATER_TO) != 0) {
                    break;
                }
                continue;
            }
            int distance = words * 2;
            // distances after the cue are even and those before odd: the two loops never tie
            if (distance >= bestDistance) {
                continue;
            }
            LocalDate d = firstDay(c.value[i]);
            if (d == null || d.isAfter(published)) {
                continue;
            }
            best = d;
            bestDistance = distance;
        }
        return best != null ? best : published;
    }

    /** What {@link #wordsBetween} says when more than the limit of words lie between. */
    static final int TOO_MANY_WORDS = (1 << 30) - 1;
    /** What {@link #wordsBetween} says, with the two flags below, when a break lies between. */
    static final int BREAK = 1 << 30;
    /** The break would lie between for any larger {@code to} as well. */
    static final int KEEPS_FOR_LATER_TO = 1;
    /** The break would lie between for any smaller {@code from} as well. */
    static final int KEEPS_FOR_EARLIER_FROM = 2;

    /**
     * Words between two char indexes; {@link #BREAK} (with flags saying whether it holds for a wider span) when a
     * sentence end, a paragraph break or a quotation mark lies between them; {@link #TOO_MANY_WORDS} as soon as more
     * than {@code limit} words were counted, before any such break (the count only grows as the span widens, so a
     * caller may stop there). Every answer above {@code limit} means the same to a caller that only compares.
     */
    static int wordsBetween(String body, int from, int to, int limit) {
        int words = 0;
        boolean inWord = false;
        int wordLength = 0;
        boolean wordLower = false;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    if (++words > limit) {
                        return TOO_MANY_WORDS;
                    }
                    inWord = true;
                    wordLength = 0;
                    wordLower = Character.isLowerCase(c);
                }
                wordLength++;
                continue;
            }
            if (c == '\u201c' || c == '\u201d' || c == '"' || c == '\u00ab' || c == '\u00bb') {
                return BREAK | KEEPS_FOR_LATER_TO | KEEPS_FOR_EARLIER_FROM;
            }
            if (c == '\n' && i + 1 < to && body.charAt(i + 1) == '\n') {
                return BREAK | KEEPS_FOR_LATER_TO | KEEPS_FOR_EARLIER_FROM;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= to || Character.isWhitespace(body.charAt(i + 1)))
                    && !(c == '.' && inWord && wordLength <= 2 && !wordLower)) {
                // at the last char the next one was not looked at; a period's abbreviation test reads the word,
                // which starts elsewhere when from does
                return BREAK | (i + 1 < to ? KEEPS_FOR_LATER_TO : 0) | (c != '.' ? KEEPS_FOR_EARLIER_FROM : 0);
            }
            if (c != '\'' && c != '\u2019' && c != '-') {
                inWord = false;
            }
        }
        return words;
    }

    /** The day a TIMEX3 value starts on, for days, weeks (Monday; Saturday for a weekend) and months; else null. */
    static LocalDate firstDay(String value) {
        try {
            int len = value.length();
            if (len >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
                    && digits(value, 5, 7) && digits(value, 8, 10) && (len == 10 || value.charAt(10) == 'T')) {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (len >= 8 && value.charAt(4) == '-' && value.charAt(5) == 'W' && digits(value, 0, 4)
                    && digits(value, 6, 8) && (len == 8 || value.substring(8).equals("-WE"))) {
                int y = Integer.parseInt(value.substring(0, 4));
                int w = Integer.parseInt(value.substring(6, 8));
                LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                        .with(DayOfWeek.MONDAY);
                return len == 8 ? monday : monday.plusDays(5);
            }
            if (len == 7 && value.charAt(4) == '-' && digits(value, 0, 4) && digits(value, 5, 7)) {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)), 1);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
