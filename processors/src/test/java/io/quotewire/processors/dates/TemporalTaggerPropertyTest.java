package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.TextGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the tagger never throws and its output keeps the contract. Plain JUnit 5 with seeded
 * generators ({@link TextGenerators}); tries per property: {@code -Dquotewire.property.tries} (default 10000).
 */
class TemporalTaggerPropertyTest {
    private final TemporalTagger tagger = new TemporalTagger();

    record Input(String body, LocalDate reference) {
        String describe() {
            return "reference " + reference + ", body " + TextGenerators.literal(body);
        }
    }

    record MangledInput(String body, int cut, LocalDate reference) {
        String describe() {
            return "reference " + reference + ", cut " + cut + ", body before the cut "
                    + TextGenerators.literal(body);
        }
    }

    /** Up to 60 temporal pieces with separators, any reference date from 1422 to 2243. */
    @Test
    void newsLikeTextKeepsTheContract() {
        TextGenerators.forAll("TemporalTagger.newsLikeText", 0x5EED_0101L,
                r -> new Input(TextGenerators.newsLikeTemporal(r), TextGenerators.referenceDate(r)),
                Input::describe, in -> check(in.body(), tagger.tag(in.body(), in.reference())));
    }

    /** Up to 255 arbitrary chars, the reference up to 3000 days before 2020-01-03. */
    @Test
    void anyTextKeepsTheContract() {
        TextGenerators.forAll("TemporalTagger.anyText", 0x5EED_0102L,
                r -> new Input(TextGenerators.anyString(r, 255),
                        LocalDate.of(2020, 1, 3).minusDays(TextGenerators.withEdges(r, 0, 3000))),
                Input::describe, in -> check(in.body(), tagger.tag(in.body(), in.reference())));
    }

    /** News-like text with chars dropped at a regular stride: half words, stray halves of surrogate pairs. */
    @Test
    void mangledNewsKeepsTheContract() {
        TextGenerators.forAll("TemporalTagger.mangledNews", 0x5EED_0103L,
                r -> new MangledInput(TextGenerators.newsLikeTemporal(r), TextGenerators.withEdges(r, 0, 40),
                        TextGenerators.referenceDate(r)),
                MangledInput::describe, in -> {
                    String mangled = TextGenerators.dropAtStride(in.body(), in.cut());
                    check(mangled, tagger.tag(mangled, in.reference()));
                });
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
