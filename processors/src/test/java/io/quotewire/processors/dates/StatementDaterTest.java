package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Cue;
import io.quotewire.core.Mention;
import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.TemporalExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementDaterTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 8); // a Wednesday
    private final TemporalTagger tagger = new TemporalTagger();
    private final StatementDater dater = new StatementDater();

    /** A quote whose text is the first “...” span of the body, said by {@code speaker} with {@code cue}. */
    private static Quote quote(String body, int n, String speaker, String cue) {
        int open = -1;
        for (int k = 0; k < n; k++) {
            open = body.indexOf('\u201c', open + 1);
        }
        int close = body.indexOf('\u201d', open);
        int s = body.indexOf(speaker);
        Speaker who = new Speaker(speaker, SpeakerType.PERSON, new Mention(s, s + speaker.length(), speaker));
        Cue c = null;
        if (cue != null) {
            int at = body.indexOf(cue);
            c = new Cue(at, at + cue.length(), cue);
        }
        return new Quote("a#q" + n, open + 1, close, body.substring(open + 1, close), QuoteKind.FULL, who, c,
                PUBLISHED, null);
    }

    private LocalDate dateOf(String body, String speaker, String cue) {
        List<TemporalExpression> timexes = tagger.tag(body, PUBLISHED);
        Quote q = quote(body, 1, speaker, cue);
        return dater.date(body, List.of(q), timexes, PUBLISHED).get(0).date();
    }

    @Test
    void saidOnAWeekday() {
        assertThat(dateOf("\u201cWe will not back down,\u201d Smith said on Friday.", "Smith", "said"))
                .isEqualTo(LocalDate.of(2020, 1, 3));
    }

    @Test
    void toldReportersOnAWeekday() {
        assertThat(dateOf("Smith told reporters Tuesday: \u201cWe will not back down.\u201d", "Smith", "told"))
                .isEqualTo(LocalDate.of(2020, 1, 7));
    }

    @Test
    void inAStatementLastWeekIsTheFirstDayOfThatWeek() {
        assertThat(dateOf("\u201cWe will not back down,\u201d Smith said in a statement last week.", "Smith", "said"))
                .isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void expressionBeforeTheCueInTheSameSentence() {
        assertThat(dateOf("On Monday, Smith said: \u201cWe will not back down.\u201d", "Smith", "said"))
                .isEqualTo(LocalDate.of(2020, 1, 6));
    }

    @Test
    void noDateInTheAttributionMeansThePublicationDate() {
        assertThat(dateOf("\u201cWe will not back down,\u201d Smith said.", "Smith", "said")).isEqualTo(PUBLISHED);
    }

    @Test
    void datesInsideTheQuotationDoNotCount() {
        assertThat(dateOf("\u201cWe met on Monday and it went well,\u201d Smith said.", "Smith", "said"))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void datesOfAnotherSentenceDoNotCount() {
        assertThat(dateOf("Talks began on Monday. \u201cWe will not back down,\u201d Smith said.", "Smith", "said"))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void futureDatesAreNotWhenItWasSaid() {
        assertThat(dateOf("\u201cWe will not back down,\u201d Smith said of the vote next week.", "Smith", "said"))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void withoutCueThePublicationDate() {
        assertThat(dateOf("\u201cWe will not back down.\u201d Smith, Friday.", "Smith", null)).isEqualTo(PUBLISHED);
    }

    @Test
    void keepsOrderAndEverythingElse() {
        String body = "\u201cFirst,\u201d Smith said Monday. \u201cSecond,\u201d Jones said Tuesday.";
        List<Quote> quotes = List.of(quote(body, 1, "Smith", "said Monday"), quote(body, 2, "Jones", "said Tuesday"));
        // cues: the 'said' of each sentence
        int second = body.indexOf("said", body.indexOf("Jones"));
        quotes = List.of(
                withCue(quotes.get(0), body.indexOf("said"), "said"),
                withCue(quotes.get(1), second, "said"));
        List<Quote> dated = dater.date(body, quotes, tagger.tag(body, PUBLISHED), PUBLISHED);
        assertThat(dated).extracting(Quote::date).containsExactly(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7));
        assertThat(dated).extracting(Quote::text).containsExactly("First,", "Second,");
        assertThat(dated.get(1).speaker()).isEqualTo(quotes.get(1).speaker());
    }

    private static Quote withCue(Quote q, int at, String cue) {
        return new Quote(q.id(), q.start(), q.end(), q.text(), q.kind(), q.speaker(), new Cue(at, at + cue.length(), cue),
                q.date(), q.quotationId());
    }

    @Test
    void firstDayOfValues() {
        assertThat(StatementDater.firstDay("2020-01-03")).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(StatementDater.firstDay("2020-01-03TMO")).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(StatementDater.firstDay("2020-W01")).isEqualTo(LocalDate.of(2019, 12, 30));
        assertThat(StatementDater.firstDay("2020-W01-WE")).isEqualTo(LocalDate.of(2020, 1, 4));
        assertThat(StatementDater.firstDay("2020-02")).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(StatementDater.firstDay("2020")).isNull();
        assertThat(StatementDater.firstDay("PRESENT_REF")).isNull();
        assertThat(StatementDater.firstDay("P1W")).isNull();
        assertThat(StatementDater.firstDay("2020-02-30")).isNull();
    }
}
