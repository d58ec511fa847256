package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Random and mangled text: the engine never throws and its output always keeps the contract. */
class QuoteExtractorPropertyTest {
    private static final String SAMPLE = "Officials met on Monday.\n\n“US citizens should depart,” the State Department "
            + "advised. “Due to attacks, operations are suspended.”\n\nThe Pentagon claims the strike was “aimed at "
            + "deterring attacks.” Pompeo said he is committed to “de-escalation.” Iran’s envoy, 5'10\", said "
            + "‘no’ — and «non».\n\nThe talks went well. — Secretary Jane Doe (@SecDoe) March 3, 2021\n\n"
            + "<tweet id=\"1\" author=\"@x\">text</tweet> \"Straight,\" said Smith, who, “A.” Mr. O’Malley (D-Md.) said:";
    private static final char[] ALPHABET = ("abcXYZ .,:;!?—–-'\"“”‘’«»„()<>@#\n\n\t0123456789said he she told "
            + "according to\u00a0").toCharArray();

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Property(tries = 400)
    void randomText(@ForAll("noise") String body) {
        check(body);
    }

    @Property(tries = 400)
    void mangledArticle(@ForAll("mangled") String body) {
        check(body);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.of(box(ALPHABET)),
                Arbitraries.chars().all(), Arbitraries.of('\ud83d', '\ude00', '\u201c', '\u201d', '"'));
        return chars.list().ofMaxSize(400).map(QuoteExtractorPropertyTest::join);
    }

    @Provide
    Arbitrary<String> mangled() {
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, SAMPLE.length());
        Arbitrary<String> inserts = Arbitraries.of("“", "”", "\"", "‘", "’", "\n\n", "😀", " said ", "—", "<", ">",
                "(@a) May 1, 2020", "", "\ud83d");
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, 8)
                .flatMap(cut -> positions.flatMap(p -> inserts.map(s -> Tuple.of(p, cut, s))));
        return edit.list().ofMaxSize(12).map(edits -> {
            StringBuilder b = new StringBuilder(SAMPLE);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = Math.min(e.get1(), b.length());
                int end = Math.min(b.length(), at + e.get2());
                b.replace(at, end, e.get3());
            }
            return b.toString();
        });
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

    private static Character[] box(char[] cs) {
        Character[] out = new Character[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i];
        }
        return out;
    }

    private static String join(List<Character> cs) {
        StringBuilder b = new StringBuilder(cs.size());
        for (char c : cs) {
            b.append(c);
        }
        return b.toString();
    }
}
