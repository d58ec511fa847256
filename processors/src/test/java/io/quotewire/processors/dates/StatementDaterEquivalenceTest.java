package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Cue;
import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TextOffsets;
import io.quotewire.processors.TextGenerators;
import io.quotewire.processors.quotes.QuoteExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The statement dater indexes the expressions and looks only near each cue; the dates must be those of the plain
 * reading it replaced, which tried every expression against every cue ({@link #reference}, kept here as the
 * specification). Generated articles: the quote sample and temporal pieces, mangled with cues, dates and breaks.
 */
class StatementDaterEquivalenceTest {
    private static final String[] INSERTS = {"“", "”", "\"", " said ", " said on Friday ", " told reporters Monday ",
        " last week ", " on Tuesday, ", "On Monday, ", "\n\n", ". ", "U.S. ", "😀", " in March ", "2019-12-30 ",
        " yesterday ", " — ", ", ", "; "};

    private final TemporalTagger tagger = new TemporalTagger();
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final StatementDater dater = new StatementDater();

    @Test
    void sameDatesAsTryingEveryExpressionAgainstEveryCue() {
        TextGenerators.forAll("StatementDater.equivalence", 0x5EED_0D47L, StatementDaterEquivalenceTest::article,
                TextGenerators::literal, body -> {
                    LocalDate published = LocalDate.of(2020, 1, 8);
                    List<TemporalExpression> timexes = tagger.tag(body, published);
                    List<Quote> quotes = extractor.extract("e", body, published);
                    List<LocalDate> expected = reference(body, quotes, timexes, published);
                    List<LocalDate> actual = dater.date(body, quotes, timexes, published).stream().map(Quote::date)
                            .toList();
                    assertThat(actual).isEqualTo(expected);
                });
    }

    /** The test would prove nothing if the generated statements were never dated by the text. */
    @Test
    void theGeneratedArticlesDateSomeStatementsByTheirText() {
        SplittableRandom r = new SplittableRandom(1);
        LocalDate published = LocalDate.of(2020, 1, 8);
        int datedByText = 0;
        for (int i = 0; i < 200; i++) {
            String body = article(r);
            List<TemporalExpression> timexes = tagger.tag(body, published);
            for (Quote q : dater.date(body, extractor.extract("e", body, published), timexes, published)) {
                datedByText += q.date().equals(published) ? 0 : 1;
            }
        }
        assertThat(datedByText).isGreaterThan(50);
    }

    private static String article(SplittableRandom r) {
        String base = TextGenerators.QUOTE_SAMPLE + " " + TextGenerators.newsLikeTemporal(r) + "\n\n"
                + TextGenerators.QUOTE_SAMPLE;
        return TextGenerators.mangle(r, base, INSERTS, 24, 8);
    }

    // ---- the reading before the index: every quote × every expression × every quote ----

    private static List<LocalDate> reference(String body, List<Quote> quotes, List<TemporalExpression> timexes,
                                             LocalDate published) {
        TextOffsets offsets = TextOffsets.of(body);
        List<LocalDate> out = new ArrayList<>();
        for (Quote q : quotes) {
            out.add(referenceDate(body, offsets, q, quotes, timexes, published));
        }
        return out;
    }

    private static LocalDate referenceDate(String body, TextOffsets offsets, Quote q, List<Quote> quotes,
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
            boolean inside = false;
            for (Quote other : quotes) {
                inside |= t.start() < other.end() && t.end() > other.start();
            }
            if (inside) {
                continue;
            }
            int ts = offsets.toCharIndex(t.start());
            int te = offsets.toCharIndex(t.end());
            int distance;
            if (ts >= cueEnd) {
                distance = referenceWords(body, cueEnd, ts);
                if (distance > 5) {
                    continue;
                }
                distance = distance * 2;
            } else if (te <= cueStart) {
                distance = referenceWords(body, te, cueStart);
                if (distance > 6) {
                    continue;
                }
                distance = distance * 2 + 1;
            } else {
                continue;
            }
            if (distance >= bestDistance) {
                continue;
            }
            LocalDate d = StatementDater.firstDay(t.value());
            if (d == null || d.isAfter(published)) {
                continue;
            }
            best = d;
            bestDistance = distance;
        }
        return best != null ? best : published;
    }

    private static int referenceWords(String body, int from, int to) {
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
}
