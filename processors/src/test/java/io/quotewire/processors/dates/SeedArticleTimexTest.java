package io.quotewire.processors.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TimexType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed article's temporal expressions, as its hand annotation gives them. */
class SeedArticleTimexTest {

    @Test
    void seedArticleGivesItsFourExpressions() throws Exception {
        String text = Files.readString(Path.of("../seeds/000_68db71b173ece9cb.txt"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.stripLeading();
        DatedText dated = new PublicationDateParser().parseHeader(text);
        assertThat(dated.date().date()).isEqualTo(LocalDate.of(2020, 1, 3));
        String body = text.substring(dated.bodyStart());
        assertThat(body).startsWith("The US State Department");

        assertThat(new TemporalTagger().tag(body, dated.date().date())).containsExactly(
                new TemporalExpression(103, 109, "Friday", TimexType.DATE, "2020-01-03"),
                new TemporalExpression(696, 710, "Friday morning", TimexType.TIME, "2020-01-03TMO"),
                new TemporalExpression(1424, 1439, "January 3, 2020", TimexType.DATE, "2020-01-03"),
                new TemporalExpression(1806, 1815, "this week", TimexType.DATE, "2020-W01"));
    }
}
