package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article must come out exactly as its hand annotation says: 9 quotations, 9 speakers. */
class SeedArticleTest {
    private static final String HEADER = "date 2020-01-03 ";
    private static List<Quote> quotes;
    private static String body;

    /** start, end, kind, speaker name, mention start, mention end, mention text, cue text (or null). */
    private static final Object[][] EXPECTED = {
        {58, 81, "partial", "US State Department", 0, 23, "The US State Department", "is calling on"},
        {186, 286, "full", "US State Department", 288, 308, "the State Department", "advised"},
        {319, 464, "full", "US State Department", 288, 308, "the State Department", null},
        {748, 795, "partial", "Pentagon", 712, 724, "The Pentagon", "claims"},
        {865, 878, "partial", "Mike Pompeo", 798, 831, "US Secretary of State Mike Pompeo", "said"},
        {895, 942, "partial", "Mike Pompeo", 798, 831, "US Secretary of State Mike Pompeo", "said"},
        {1150, 1391, "post", "Mike Pompeo", 1394, 1423, "Secretary Pompeo (@SecPompeo)", "—"},
        {1482, 1498, "partial", "Iranian officials", 1441, 1458, "Iranian officials", "have vowed"},
        {1585, 1656, "full", "Ali Khamenei", 1543, 1570, "Supreme Leader Ali Khamenei", "warning"},
    };

    @BeforeAll
    static void extract() throws IOException {
        String file = Files.readString(Path.of("../seeds/000_68db71b173ece9cb.txt"), StandardCharsets.UTF_8).strip();
        assertThat(file).startsWith(HEADER);
        body = file.substring(HEADER.length());
        quotes = new QuoteExtractor().extract("000_68db71b173ece9cb", body, LocalDate.of(2020, 1, 3));
    }

    @Test
    void findsTheNineQuotationsWithExactSpansAndKinds() {
        assertThat(quotes).hasSize(EXPECTED.length);
        for (int i = 0; i < EXPECTED.length; i++) {
            Quote q = quotes.get(i);
            Object[] x = EXPECTED[i];
            assertThat(q.id()).isEqualTo("000_68db71b173ece9cb#q" + (i + 1));
            assertThat(new int[] {q.start(), q.end()}).as("span of quote %d", i + 1).containsExactly((int) x[0], (int) x[1]);
            assertThat(q.text()).isEqualTo(body.substring((int) x[0], (int) x[1]));
            assertThat(q.kind().label()).as("kind of quote %d", i + 1).isEqualTo(x[2]);
            assertThat(q.date()).isEqualTo(LocalDate.of(2020, 1, 3));
            assertThat(q.quotationId()).isNull();
        }
    }

    @Test
    void attributesAllNineToTheRightSpeakers() {
        assertThat(quotes).hasSize(EXPECTED.length);
        for (int i = 0; i < EXPECTED.length; i++) {
            Quote q = quotes.get(i);
            Object[] x = EXPECTED[i];
            assertThat(q.speaker().name()).as("speaker of quote %d", i + 1).isEqualTo(x[3]);
            assertThat(q.speaker().mention()).as("mention of quote %d", i + 1).isNotNull();
            assertThat(q.speaker().mention().start()).as("mention start of quote %d", i + 1).isEqualTo(x[4]);
            assertThat(q.speaker().mention().end()).as("mention end of quote %d", i + 1).isEqualTo(x[5]);
            assertThat(q.speaker().mention().text()).isEqualTo(x[6]);
        }
    }

    @Test
    void givesTheCueWordsOrNoneForTheContinuation() {
        for (int i = 0; i < EXPECTED.length; i++) {
            Quote q = quotes.get(i);
            Object[] x = EXPECTED[i];
            if (x[7] == null) {
                assertThat(q.cue()).as("cue of quote %d", i + 1).isNull();
            } else {
                assertThat(q.cue()).as("cue of quote %d", i + 1).isNotNull();
                assertThat(q.cue().text()).as("cue of quote %d", i + 1).isEqualTo(x[7]);
                assertThat(body.substring(q.cue().start(), q.cue().end())).isEqualTo(x[7]);
            }
        }
    }

    @Test
    void typesOrganisationsGroupsAndPersons() {
        assertThat(quotes.get(0).speaker().type().label()).isEqualTo("organization");
        assertThat(quotes.get(3).speaker().type().label()).isEqualTo("organization");
        assertThat(quotes.get(4).speaker().type().label()).isEqualTo("person");
        assertThat(quotes.get(6).kind()).isEqualTo(QuoteKind.POST);
        assertThat(quotes.get(7).speaker().type().label()).isEqualTo("group");
        assertThat(quotes.get(8).speaker().type().label()).isEqualTo("person");
    }
}
