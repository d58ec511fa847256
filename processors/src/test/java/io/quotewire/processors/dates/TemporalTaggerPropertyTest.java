package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.TemporalExpression;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the text, the tagger never throws and its output keeps the contract. */
class TemporalTaggerPropertyTest {
    private static final String[] PIECES = {"Friday", "friday", "next", "last", "this", "the", "past", "year",
            "years", "quarter", "third", "third-quarter", "ago", "a", "an", "two", "twenty", "-", "four", "1998",
            "2020", "1990s", "'90s", "'", "Jan", "Jan.", "January", "March", "May", "Dec.", "31", "30", "29", "2",
            "Feb.", "February", "morning", "night", "tonight", "today", "every", "Monday", "Mondays", "3", "p.m.",
            "a.m.", "10:30", ":", "/", "2020-W01", "2020-02-30", "1/3/2020", "13/45/2020", "nineteen", "ninety-six",
            "two thousand", "century", "20th", "early", "late", "mid-", "fiscal", "year-earlier", "now", "soon",
            "recently", "the future", "decades", "weeks", "in", "of", "on", "at", "will", "said", ",", ".", "\n\n",
            "999999999999", "4000", "years ago", "or", "so", "to", "more than", "several", "few", "couple", "\uD83D\uDE00",
            "\u2019", "Christmas", "New Year's Day", "Thanksgiving", "Easter", "spring", "fall", "summer", "noon",
            "midnight", "EST", "half", "first", "nine", "months", "hundred", "PM", "am", "o'clock"};

    private final TemporalTagger tagger = new TemporalTagger();

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", ", ", "\n", "-", ".");
        return Arbitraries.integers().between(0, 60).flatMap(n ->
                piece.list().ofSize(n).flatMap(ps -> sep.list().ofSize(n).map(ss -> {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < ps.size(); k++) {
                        b.append(ps.get(k)).append(ss.get(k));
                    }
                    return b.toString();
                })));
    }

    @Provide
    Arbitrary<LocalDate> references() {
        return Arbitraries.integers().between(-200_000, 100_000).map(d -> LocalDate.ofEpochDay(d));
    }

    @Property(tries = 1000)
    void newsLikeTextKeepsTheContract(@ForAll("newsLike") String body, @ForAll("references") LocalDate reference) {
        check(body, tagger.tag(body, reference));
    }

    @Property(tries = 300)
    void anyTextKeepsTheContract(@ForAll String body, @ForAll @IntRange(min = 0, max = 3000) int day) {
        check(body, tagger.tag(body, LocalDate.of(2020, 1, 3).minusDays(day)));
    }

    @Property(tries = 500)
    void mangledNewsKeepsTheContract(@ForAll("newsLike") String body, @ForAll @IntRange(min = 0, max = 40) int cut,
                                     @ForAll("references") LocalDate reference) {
        // drop characters at a regular stride: half words, stray halves of surrogate pairs
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < body.length(); k++) {
            if (cut == 0 || k % (cut + 2) != 1) {
                b.append(body.charAt(k));
            }
        }
        String mangled = b.toString();
        check(mangled, tagger.tag(mangled, reference));
    }

    private static void check(String body, List<TemporalExpression> found) {
        int length = body.codePointCount(0, body.length());
        int previousEnd = 0;
        for (TemporalExpression t : found) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(length);
            int from = body.offsetByCodePoints(0, t.start());
            int to = body.offsetByCodePoints(0, t.end());
            assertThat(body.substring(from, to)).isEqualTo(t.text());
            assertThat(Timex.wellFormed(t.value())).as("value %s of '%s'", t.value(), t.text()).isTrue();
            previousEnd = t.end();
        }
    }
}
