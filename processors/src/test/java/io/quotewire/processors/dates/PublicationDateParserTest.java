package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublicationDateParserTest {
    private final PublicationDateParser parser = new PublicationDateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "date 2020-01-03 The US State Department said | 2020-01-03 | | The US State",
            "date 1987-02-26 BAHIA COCOA REVIEW\\nShowers continued | 1987-02-26 | | BAHIA",
            "date 2020-01-03T14:05:00Z Body text | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date 2020-01-03T14:05:00+01:00 Body text | 2020-01-03 | 2020-01-03T13:05:00Z | Body",
            "date 2020-01-03T23:30-05:00 Body text | 2020-01-03 | 2020-01-04T04:30:00Z | Body",
            "date 2020-01-03 14:05:00 Body text | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date 2020-01-03T14:05:00.250Z Body | 2020-01-03 | 2020-01-03T14:05:00.250Z | Body",
            "date Fri, 03 Jan 2020 14:05:00 +0000 Body text | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date Fri, 3 Jan 2020 09:05:00 EST Body text | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date 03 Jan 2020 14:05 GMT Body | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date January 3, 2020 WASHINGTON (AP) | 2020-01-03 | | WASHINGTON",
            "date Jan. 3, 2020 Body text | 2020-01-03 | | Body",
            "date Friday, January 3, 2020 Body | 2020-01-03 | | Body",
            "date 3 January 2020 Body text | 2020-01-03 | | Body",
            "date 03-JAN-2020 Body text | 2020-01-03 | | Body",
            "date 2020/01/03 Body text | 2020-01-03 | | Body",
            "date 20200103 Body text | 2020-01-03 | | Body",
            "date 1578060300 Body text | 2020-01-03 | 2020-01-03T14:05:00Z | Body",
            "date 01/03/2020 Body text | 2020-01-03 | | Body",
            "date 2020-01-03 2020 was a year of change | 2020-01-03 | | 2020 was",
    })
    void acceptsTheCommonForms(String text, String date, String instant, String bodyStartsWith) throws Exception {
        String raw = text.replace("\\n", "\n");
        DatedText d = parser.parseHeader(raw);
        assertThat(d.date().date()).isEqualTo(LocalDate.parse(date));
        if (instant == null) {
            assertThat(d.date().instant()).isNull();
        } else {
            assertThat(d.date().instant()).isEqualTo(Instant.parse(instant));
        }
        assertThat(raw.substring(d.bodyStart())).startsWith(bodyStartsWith);
    }

    @Test
    void bodyStartsAfterTheDateAndItsWhitespace() throws Exception {
        String text = "date 2020-01-03   \n\nHeadline\n\nText";
        DatedText d = parser.parseHeader(text);
        assertThat(d.bodyStart()).isEqualTo(text.indexOf("Headline"));
        assertThat(d.date().raw()).isEqualTo("2020-01-03");
    }

    @Test
    void keepsTheHeaderAsWritten() throws Exception {
        DatedText d = parser.parseHeader("date Fri, 03 Jan 2020 14:05:00 +0000 Body");
        assertThat(d.date().raw()).isEqualTo("Fri, 03 Jan 2020 14:05:00 +0000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "date 2020-02-30 Body | impossible date '2020-02-30'",
            "date 2019-02-29 Body | impossible date",
            "date 2020-13-01 Body | impossible date",
            "date February 30, 2020 Body | impossible date",
            "date 2020-01-03T25:00Z Body | impossible time",
            "date Thu, 03 Jan 2020 14:05:00 +0000 Body | is a Friday",
            "date yesterday Body | unparseable date 'yesterday'",
            "date 2020-1-3x Body | unparseable date",
            "date | empty 'date' header",
            "Body without header | no 'date' header",
    })
    void rejectsWithAReason(String text, String reason) {
        assertThatThrownBy(() -> parser.parseHeader(text))
                .isInstanceOf(InvalidDateException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void numericOrderIsConfigurable() throws Exception {
        assertThat(new PublicationDateParser(PublicationDateParser.NumericOrder.MONTH_FIRST)
                .parseHeader("date 01/03/2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(new PublicationDateParser(PublicationDateParser.NumericOrder.DAY_FIRST)
                .parseHeader("date 01/03/2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(new PublicationDateParser(PublicationDateParser.NumericOrder.DAY_FIRST)
                .parseHeader("date 25.12.2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void strictOrderRejectsAmbiguousNumericDates() throws Exception {
        PublicationDateParser strict = new PublicationDateParser(PublicationDateParser.NumericOrder.REJECT_AMBIGUOUS);
        assertThatThrownBy(() -> strict.parseHeader("date 01/03/2020 Body"))
                .isInstanceOf(InvalidDateException.class).hasMessageContaining("ambiguous");
        assertThat(strict.parseHeader("date 25/12/2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(strict.parseHeader("date 12/25/2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(strict.parseHeader("date 03/03/2020 Body").date().date()).isEqualTo(LocalDate.of(2020, 3, 3));
        // unambiguous forms are unaffected
        assertThat(strict.parseHeader("date 2020-01-03 Body").date().date()).isEqualTo(LocalDate.of(2020, 1, 3));
    }

    @Test
    void monthFirstDoesNotSilentlySwapAnImpossibleMonth() {
        assertThatThrownBy(() -> parser.parseHeader("date 25/12/2020 Body"))
                .isInstanceOf(InvalidDateException.class).hasMessageContaining("impossible date");
    }
}
