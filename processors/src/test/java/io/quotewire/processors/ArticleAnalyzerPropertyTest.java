package io.quotewire.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Quote;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.TemporalExpression;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The whole per-article analysis (header, headline, temporal expressions, quotations, speakers, statement dates,
 * fingerprint) on generated and mangled articles: it never throws, an article is either analysed with valid spans or
 * rejected with a reason. Tries per property: {@code -Dquotewire.property.tries} (10,000 by default; the {@code fuzz}
 * profile, {@code mvn -Pfuzz verify}, runs 1,000,000).
 */
class ArticleAnalyzerPropertyTest {
    /** Headers a file may start with: good dates of every accepted form, near misses and junk. */
    private static final String[] HEADERS = {"date 2020-01-03 ", "date 2020-01-03\n", "date 2020-01-03T14:05:00Z ",
        "date Fri, 03 Jan 2020 14:05:00 +0000\n", "date January 3, 2020 ", "date 03-JAN-2020 ", "date 1578009600 ",
        "date 01/03/2020 ", "date 2020-02-30 ", "date 0000-01-01 ", "date 9999-12-31 ", "date ", "date\n", "date",
        "DATE 2020-01-03 ", "date 2020-01-03 14:05 ", "date 2020-13-01 ", "date -999999999 ", "date 2020/1/3 ",
        "date 20200103 ", "date \u00a02020-01-03 ", "date 2020-01-03\u2019 "};

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    /** A header, then quote noise, temporal words or the mangled sample article, possibly glued together. */
    @Test
    void generatedArticles() {
        TextGenerators.forAll("ArticleAnalyzer.generatedArticles", 0x5EED_A001L, ArticleAnalyzerPropertyTest::article,
                TextGenerators::literal, this::check);
    }

    /** A well-formed article with its header, then cut and spliced anywhere, header included. */
    @Test
    void mangledArticles() {
        TextGenerators.forAll("ArticleAnalyzer.mangledArticles", 0x5EED_A002L,
                r -> TextGenerators.mangle(r, "date 2020-01-03 Council votes on budget\n\n" + TextGenerators.QUOTE_SAMPLE
                        + " Last Friday, two years ago, the mayor said on Monday: “We will vote next week.”",
                        TextGenerators.QUOTE_INSERTS, 12, 40),
                TextGenerators::literal, this::check);
    }

    private static String article(SplittableRandom r) {
        String header = TextGenerators.pick(r, HEADERS);
        String body = switch (r.nextInt(4)) {
            case 0 -> TextGenerators.quoteNoise(r, 400);
            case 1 -> TextGenerators.newsLikeTemporal(r);
            case 2 -> TextGenerators.mangledQuoteSample(r);
            default -> TextGenerators.mangledQuoteSample(r) + TextGenerators.newsLikeTemporal(r);
        };
        return header + body;
    }

    private void check(String text) {
        ArticleOutcome outcome = analyzer.analyze(new RawArticle("p", "p.txt", text));
        if (outcome instanceof Rejection rejection) {
            assertThat(rejection.detail()).isNotBlank();
            return;
        }
        AnalyzedArticle a = (AnalyzedArticle) outcome;
        String body = a.article().body();
        assertThat(text).endsWith(body);
        int length = body.codePointCount(0, body.length());
        for (TemporalExpression t : a.timexes()) {
            assertThat(t.start()).isBetween(0, t.end());
            assertThat(t.end()).isLessThanOrEqualTo(length);
            assertThat(t.text()).isEqualTo(sub(body, t.start(), t.end()));
        }
        for (Quote q : a.quotes()) {
            assertThat(q.start()).isBetween(0, q.end());
            assertThat(q.end()).isLessThanOrEqualTo(length);
            assertThat(q.text()).isEqualTo(sub(body, q.start(), q.end()));
            assertThat(q.date()).isNotNull();
        }
        assertThat(a.fingerprint().contentHash()).hasSize(64);
    }

    private static String sub(String body, int cpStart, int cpEnd) {
        return body.substring(body.offsetByCodePoints(0, cpStart), body.offsetByCodePoints(0, cpEnd));
    }
}
