package io.quotewire.processors.dates;

import io.quotewire.core.Cue;
import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TextOffsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
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
     * @return the quotes with their {@code date} set, in the same order
     */
    public List<Quote> date(String body, List<Quote> quotes, List<TemporalExpression> timexes, LocalDate published) {
        TextOffsets offsets = TextOffsets.of(body);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            LocalDate d = statementDate(body, offsets, q, quotes, timexes, published);
            out.add(new Quote(q.id(), q.start(), q.end(), q.text(), q.kind(), q.speaker(), q.cue(), d,
                    q.quotationId()));
        }
        return out;
    }

    private LocalDate statementDate(String body, TextOffsets offsets, Quote q, List<Quote> quotes,
                                    List<TemporalExpression> timexes, LocalDate published) {
        Cue cue = q.cue();
        if (cue == null || published == null) {
            return published;
        }
        int cueStart = offsets.toCharIndex(cue.start());
        int cueEnd = offsets.toCharIndex(cue.end());
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TemporalExpression t : timexes) {
            if (insideQuote(t, quotes)) {
                continue;
            }
            int ts = offsets.toCharIndex(t.start());
            int te = offsets.toCharIndex(t.end());
            int distance;
            if (ts >= cueEnd) {
                distance = wordsBetween(body, cueEnd, ts);
                if (distance > MAX_WORDS_AFTER) {
                    continue;
                }
                distance = distance * 2;
            } else if (te <= cueStart) {
                distance = wordsBetween(body, te, cueStart);
                if (distance > MAX_WORDS_BEFORE) {
                    continue;
                }
                distance = distance * 2 + 1;
            } else {
                continue;
            }
            if (distance >= bestDistance) {
                continue;
            }
            LocalDate d = firstDay(t.value());
            if (d == null || d.isAfter(published)) {
                continue;
            }
            best = d;
            bestDistance = distance;
        }
        return best != null ? best : published;
    }

    private static boolean insideQuote(TemporalExpression t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (t.start() < q.end() && t.end() > q.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words between two char indexes, or {@link Integer#MAX_VALUE} when a sentence end, a paragraph break or a
     * quotation mark lies between them.
     */
    static int wordsBetween(String body, int from, int to) {
        int words = 0;
        boolean inWord = false;
        int wordLength = 0;
        boolean wordLower = false;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                    wordLength = 0;
                    wordLower = Character.isLowerCase(c);
                }
                wordLength++;
                continue;
            }
            if (c == '\u201c' || c == '\u201d' || c == '"' || c == '\u00ab' || c == '\u00bb') {
                return Integer.MAX_VALUE;
            }
            if (c == '\n' && i + 1 < to && body.charAt(i + 1) == '\n') {
                return Integer.MAX_VALUE;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= to || Character.isWhitespace(body.charAt(i + 1)))
                    && !(c == '.' && inWord && wordLength <= 2 && !wordLower)) {
                return Integer.MAX_VALUE;
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
