package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every category of issue 4, against a fixed publication date: Friday 2020-01-03. */
class TemporalTaggerTest {
    private static final LocalDate FRIDAY = LocalDate.of(2020, 1, 3);
    private final TemporalTagger tagger = new TemporalTagger();

    /** The single expression the sentence should give: its text, type and value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // absolute dates in common forms
            "The ceasefire began on January 3, 2020, in the north. | January 3, 2020 | DATE | 2020-01-03",
            "The ceasefire began on Jan. 3, 2020, in the north. | Jan. 3, 2020 | DATE | 2020-01-03",
            "The ceasefire began on 3 January 2020 in the north. | 3 January 2020 | DATE | 2020-01-03",
            "The ceasefire began on 2020-01-03 in the north. | 2020-01-03 | DATE | 2020-01-03",
            "The ceasefire began on 1/3/2020 in the north. | 1/3/2020 | DATE | 2020-01-03",
            "The ceasefire began on Thursday, Jan. 2 in the north. | Thursday, Jan. 2 | DATE | 2020-01-02",
            "The law was passed in March 1998 by a narrow vote. | March 1998 | DATE | 1998-03",
            "The company was founded in 1998 by two brothers. | 1998 | DATE | 1998",
            "Production doubled in fiscal 2019 across the group. | fiscal 2019 | DATE | 2019",
            // weekdays: the same day or the most recent one; next and last; future tense looks ahead
            "The ministry said on Friday that talks had stalled. | Friday | DATE | 2020-01-03",
            "The ministry said Tuesday that talks had stalled. | Tuesday | DATE | 2019-12-31",
            "The ministry met last Friday to discuss the plan. | last Friday | DATE | 2019-12-27",
            "The ministry will meet next Friday to discuss it. | next Friday | DATE | 2020-01-10",
            "The ministry will meet on Monday to discuss it. | Monday | DATE | 2020-01-06",
            "The minister is scheduled to arrive Wednesday in Rome. | Wednesday | DATE | 2020-01-08",
            // today, yesterday, tomorrow, tonight
            "Shares fell sharply today in Tokyo. | today | DATE | 2020-01-03",
            "Shares fell sharply yesterday in Tokyo. | yesterday | DATE | 2020-01-02",
            "Shares may fall tomorrow in Tokyo. | tomorrow | DATE | 2020-01-04",
            "The president speaks tonight in Ohio. | tonight | TIME | 2020-01-03TNI",
            // this/last/next week, month, year, quarter
            "Prices rose this week in Europe. | this week | DATE | 2020-W01",
            "Prices rose last week in Europe. | last week | DATE | 2019-W52",
            "Prices may rise next week in Europe. | next week | DATE | 2020-W02",
            "Prices rose this month in Europe. | this month | DATE | 2020-01",
            "Prices rose last month in Europe. | last month | DATE | 2019-12",
            "Prices may rise next month in Europe. | next month | DATE | 2020-02",
            "Prices rose this year in Europe. | this year | DATE | 2020",
            "Prices rose last year in Europe. | last year | DATE | 2019",
            "Prices may rise next year in Europe. | next year | DATE | 2021",
            "Sales will improve this quarter, the firm said | this quarter | DATE | 2020-Q1",
            "Sales fell last quarter, the firm said | last quarter | DATE | 2019-Q4",
            "Sales fell in the third quarter, the firm said | the third quarter | DATE | 2019-Q3",
            "Third-quarter sales fell, the firm said | Third-quarter | DATE | 2019-Q3",
            "Sales will improve next quarter, the firm said | next quarter | DATE | 2020-Q2",
            "Sales rose in the first half of 2019, the firm said | the first half of 2019 | DATE | 2019-H1",
            // N units ago, in N units
            "The mine closed two years ago after a flood. | two years ago | DATE | 2018",
            "The mine closed three months ago after a flood. | three months ago | DATE | 2019-10",
            "The mine closed five days ago after a flood. | five days ago | DATE | 2019-12-29",
            "The mine closed a decade ago after a flood. | a decade ago | DATE | 201",
            "The mine will reopen in three weeks, officials said | three weeks | DATE | 2020-W04",
            // months without a year
            "The vote is due in March, officials said. | March | DATE | 2020-03",
            "The vote was held in December, officials said. | December | DATE | 2019-12",
            "The vote was held on Dec. 12, officials said. | Dec. 12 | DATE | 2019-12-12",
            // parts of day
            "The blast happened Friday morning near the port. | Friday morning | TIME | 2020-01-03TMO",
            "The blast happened this morning near the port. | this morning | TIME | 2020-01-03TMO",
            "The blast happened last night near the port. | last night | TIME | 2020-01-02TNI",
            "The blast happened Thursday night near the port. | Thursday night | DATE | 2020-01-02",
            "The blast happened mid-afternoon yesterday near the port. | mid-afternoon yesterday | TIME | 2020-01-02TAF",
            "The blast happened yesterday afternoon near the port. | yesterday afternoon | TIME | 2020-01-02TAF",
            "The blast happened at 3 p.m. Thursday near the port. | 3 p.m. Thursday | TIME | 2020-01-02T15:00",
            "The blast happened at 10:30 a.m. near the port. | 10:30 a.m. | TIME | 2020-01-03T10:30",
            // seasons
            "The harvest failed last summer in the south. | last summer | DATE | 2019-SU",
            "The harvest may fail this spring in the south. | this spring | DATE | 2020-SP",
            // decades and centuries
            "The plant was built in the 1990s by the state. | the 1990s | DATE | 199",
            "The plant was built in the '80s by the state. | the '80s | DATE | 198",
            "The plant was built in the nineties by the state. | the nineties | DATE | 199",
            "The plant was built early in the 20th century by the state. | the 20th century | DATE | 19",
            // durations
            "The strike lasted a month before it ended. | a month | DURATION | P1M",
            "The feud lasted three decades before it ended. | three decades | DURATION | P30Y",
            "The siege lasted 24 hours before it ended. | 24 hours | DURATION | PT24H",
            "The siege lasted twenty-four hours before it ended. | twenty-four hours | DURATION | PT24H",
            "The siege lasted several years before it ended. | several years | DURATION | PXY",
            "The siege lasted 2 1/2 years before it ended. | 2 1/2 years | DURATION | P2Y6M",
            "The flight took 5 1/2 hours to arrive. | 5 1/2 hours | DURATION | PT5H30M",
            "Prices rose over the past two weeks in Europe. | the past two weeks | DURATION | P2W",
            "The firm signed a five-year contract with the city. | five-year | DURATION | P5Y",
            "Talks could take two to three weeks to finish. | two to three weeks | DURATION | P3W",
            // sets
            "The council meets every Monday in the town hall. | every Monday | SET | XXXX-WXX-1",
            "The paper is published daily in the capital. | daily | SET | P1D",
            "The board meets twice a week in the capital. | a week | SET | P1W",
            "The board meets every year in the capital. | every year | SET | P1Y",
            // reference words
            "Prices are now higher than ever. | now | DATE | PRESENT_REF",
            "Prices are currently higher than ever. | currently | DATE | PRESENT_REF",
            "Prices recently rose above the cap. | recently | DATE | PAST_REF",
            "Prices will soon rise above the cap. | soon | DATE | FUTURE_REF",
            "Prices may rise in the future, he said. | the future | DATE | FUTURE_REF",
            "Prices rose in the past, he said. | the past | DATE | PAST_REF",
            // ISO weeks
            "The report covers 2020-W01 for all branches. | 2020-W01 | DATE | 2020-W01",
            // holidays
            "Stores closed on Christmas Day in most towns. | Christmas Day | DATE | 2019-12-25",
    })
    void normalizes(String sentence, String text, String type, String value) {
        List<TemporalExpression> found = tagger.tag(sentence, FRIDAY);
        assertThat(found).as("%s", found).hasSize(1);
        TemporalExpression t = found.get(0);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type()).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).isEqualTo(value);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The firm sold 1,998 cars and 2000 trucks.",
            "A 6-year-old boy was found safe.",
            "He said he may visit the region.",
            "The meeting was held on February 30, 2020 in Rome.",
            "Shares rose 2019.5 points.",
            "March on, the general said.",
            "It cost $1999 in total.",
            "He was soon released from the hospital.",
            "The trickle soon became a flood.",
    })
    void ignoresWhatIsNotATemporalExpression(String sentence) {
        assertThat(tagger.tag(sentence, FRIDAY)).isEmpty();
    }

    @Test
    void adversarialTextTakesLinearTime() {
        String[] units = {"the early late mid- fiscal the end of ", "1998-1998-1998/1/", "last next this past ",
                "a a a a a few couple of ", "Jan. Jan. Jan. 3 3 3 , , ", "two-three-four-five-year ", "'90s'90s'"};
        for (String unit : units) {
            String body = unit.repeat(1_000_000 / unit.length());
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> tagger.tag(body, FRIDAY), unit);
        }
    }

    @Test
    void oneTaggerServesManyThreads() throws Exception {
        String body = "Net income rose in the third quarter from a year earlier, the firm said on Friday. "
                + "Talks resume next week; two years ago they failed. Every Monday now.";
        List<TemporalExpression> expected = tagger.tag(body, FRIDAY);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<TemporalExpression>>> runs = new java.util.ArrayList<>();
            for (int k = 0; k < 200; k++) {
                runs.add(pool.submit(() -> tagger.tag(body, FRIDAY)));
            }
            for (java.util.concurrent.Future<List<TemporalExpression>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).extracting(TemporalExpression::value)
                .containsExactly("2019-Q3", "2018-Q3", "2020-01-03", "2020-W02", "2018", "XXXX-WXX-1", "PRESENT_REF");
    }

    @Test
    void aModifierAtTheVeryEndIsHarmless() {
        assertThat(tagger.tag("Results for fiscal-", FRIDAY)).isEmpty();
        assertThat(tagger.tag("It happened early", FRIDAY)).isEmpty();
        assertThat(tagger.tag("the end of", FRIDAY)).isEmpty();
    }

    @Test
    void findsSeveralExpressionsInTextOrder() {
        String body = "On Friday, officials said talks would resume next week. Two years ago they failed.\n\n"
                + "Since 1998 the town has voted every year.";
        List<TemporalExpression> found = tagger.tag(body, FRIDAY);
        assertThat(found).extracting(TemporalExpression::value)
                .containsExactly("2020-01-03", "2020-W02", "2018", "1998", "P1Y");
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).start()).isGreaterThanOrEqualTo(found.get(k - 1).end());
        }
    }

    @Test
    void offsetsAreCodePoints() {
        String body = "\uD83D\uDE00\uD83D\uDE00 Officials met on Friday.";
        List<TemporalExpression> found = tagger.tag(body, FRIDAY);
        assertThat(found).hasSize(1);
        TemporalExpression t = found.get(0);
        assertThat(t.text()).isEqualTo("Friday");
        int cpStart = body.codePointCount(0, body.indexOf("Friday"));
        assertThat(t.start()).isEqualTo(cpStart);
        assertThat(t.end()).isEqualTo(cpStart + 6);
    }

    @Test
    void quarterContextCarriesToAYearEarlier() {
        String body = "Net income rose in the third quarter to $5 million from $3 million a year earlier.";
        List<TemporalExpression> found = tagger.tag(body, LocalDate.of(1989, 10, 25));
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1989-Q3", "1988-Q3");
    }

    @Test
    void sameTextGivesSameResultWhateverTheDefaultLocaleAndZone() {
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        String body = "On Friday morning, at 3 p.m., the 1990s ended three decades of rule; every Monday now.";
        List<TemporalExpression> before = tagger.tag(body, FRIDAY);
        try {
            java.util.Locale.setDefault(new java.util.Locale("tr", "TR"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(tagger.tag(body, FRIDAY)).isEqualTo(before);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }
}
