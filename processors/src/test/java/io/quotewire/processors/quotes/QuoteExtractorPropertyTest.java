package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import io.quotewire.processors.TextGenerators;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Random and mangled text: the engine never throws and its output always keeps the contract. Plain JUnit 5 with
 * seeded generators ({@link TextGenerators}); tries per property: {@code -Dquotewire.property.tries} (default 10000).
 */
class QuoteExtractorPropertyTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    /** Up to 400 chars from the quote alphabet, from any char and from quotation marks and lone surrogates. */
    @Test
    void randomText() {
        TextGenerators.forAll("QuoteExtractor.randomText", 0x5EED_0001L, r -> TextGenerators.quoteNoise(r, 400),
                TextGenerators::literal, this::check);
    }

    /** The sample article after up to 12 cut-and-insert edits (quotation marks, breaks, cues, surrogates). */
    @Test
    void mangledArticle() {
        TextGenerators.forAll("QuoteExtractor.mangledArticle", 0x5EED_0002L, TextGenerators::mangledQuoteSample,
                TextGenerators::literal, this::check);
    }

    private void check(String body) {
        List<Quote> quotes = extractor.extract("p", body, LocalDate.of(2020, 1, 1));
        int length = body.codePointCount(0, body.length());
        boolean bmp = length == body.length();
        int previousEnd = -1;
        int n = 1;
        for (Quote q : quotes) {
            assertThat(q.id()).isEqualTo("p#q" + n++);
            assertThat(q.start()).isGreaterThanOrEqualTo(0).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(length);
            assertThat(q.text()).isEqualTo(sub(bmp, body, q.start(), q.end()));
            if (q.speaker().mention() != null) {
                assertThat(q.speaker().mention().end()).isLessThanOrEqualTo(length);
                assertThat(q.speaker().mention().text()).isEqualTo(sub(bmp, body, q.speaker().mention().start(),
                        q.speaker().mention().end()));
            }
            if (q.cue() != null) {
                assertThat(q.cue().end()).isLessThanOrEqualTo(length);
                assertThat(q.cue().text()).isEqualTo(sub(bmp, body, q.cue().start(), q.cue().end()));
            }
            previousEnd = q.end();
        }
    }

    @Test
    void linearOnAdversarialText() {
        StringBuilder marks = new StringBuilder(5_000_000);
        String unit = "“\"‘’«»\"”'";
        while (marks.length() < 5_000_000) {
            marks.append(unit);
        }
        StringBuilder line = new StringBuilder(1_000_000);
        while (line.length() < 1_000_000) {
            line.append("He said “it is <b fine and ‘so’ on, said Smith, who (@x said: ");
        }
        String[] bodies = {marks.toString(), line.toString(), "“" + "a ".repeat(500_000),
            "<a" + " b".repeat(500_000), "\n\n“x\n\n“y".repeat(100_000),
            "“Yes,” said " + "Acme Widget ".repeat(100_000) + "Inc.",
            "Acme Inc. and Ann Lee met. ".repeat(20_000) + "“Fine,” he said. “Good,” the company said. ".repeat(20_000)};
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String body : bodies) {
                check(body);
            }
        });
    }

    private static String sub(boolean bmp, String body, int cpStart, int cpEnd) {
        if (bmp) {
            return body.substring(cpStart, cpEnd); // code points are char indexes
        }
        int s = body.offsetByCodePoints(0, cpStart);
        int e = body.offsetByCodePoints(s, cpEnd - cpStart);
        return body.substring(s, e);
    }
}
