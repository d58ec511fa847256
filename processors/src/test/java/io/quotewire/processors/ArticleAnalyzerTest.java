package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 1);
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    private ArticleOutcome analyze(String header) {
        return analyzer.analyze(new RawArticle("a", "a.txt", "date " + header + " The council met, a spokesman said."),
                RUN_DATE);
    }

    @Test
    void publicationDatesOutsideASaneRangeAreInvalid() {
        for (String header : new String[] {"0000-01-01", "1799-12-31", "2027-12-02", "9999-12-31"}) {
            ArticleOutcome outcome = analyze(header);
            assertThat(outcome).as(header).isInstanceOf(Rejection.class);
            assertThat(((Rejection) outcome).reason()).as(header).isEqualTo(RejectionReason.INVALID_DATE);
            assertThat(((Rejection) outcome).detail()).as(header).contains(header.equals("0000-01-01") ? "1800" : "");
        }
        assertThat(((Rejection) analyze("2027-12-02")).detail()).contains("a year after the run date 2026-12-01");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        for (String header : new String[] {"1800-01-01", "1987-03-02", "2027-12-01"}) {
            assertThat(analyze(header)).as(header).isInstanceOf(AnalyzedArticle.class);
        }
        // with no run date only the lower bound applies
        assertThat(analyzer.analyze(new RawArticle("a", "a.txt", "date 2999-01-01 Text."))).isInstanceOf(AnalyzedArticle.class);
    }
}
