package io.quotewire.processors;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.Article;
import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Quote;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import io.quotewire.core.TemporalExpression;
import io.quotewire.processors.dates.DatedText;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.processors.dates.StatementDater;
import io.quotewire.processors.dates.TemporalTagger;
import io.quotewire.processors.dedup.Fingerprinter;
import io.quotewire.processors.quotes.QuoteExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * All per-article work in one place: header, dates, quotations, fingerprint. It decides nothing that needs
 * another article, so it can run on any worker in any order. Plain Java; thread-safe.
 */
public class ArticleAnalyzer {
    private static final int MAX_TITLE_LENGTH = 160;
    private static final int MAX_TITLE_WORDS = 25;
    /** No newspaper article in a database of quotations is older; earlier dates are typos or placeholders. */
    public static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1800, 1, 1);

    private final PublicationDateParser dateParser;
    private final TemporalTagger tagger;
    private final QuoteExtractor extractor;
    private final StatementDater statementDater;
    private final Fingerprinter fingerprinter;

    public ArticleAnalyzer(PublicationDateParser dateParser, TemporalTagger tagger, QuoteExtractor extractor,
                           StatementDater statementDater, Fingerprinter fingerprinter) {
        this.dateParser = Objects.requireNonNull(dateParser);
        this.tagger = Objects.requireNonNull(tagger);
        this.extractor = Objects.requireNonNull(extractor);
        this.statementDater = Objects.requireNonNull(statementDater);
        this.fingerprinter = Objects.requireNonNull(fingerprinter);
    }

    /** An analyser with every engine in its default configuration. */
    public static ArticleAnalyzer withDefaults() {
        return new ArticleAnalyzer(new PublicationDateParser(), new TemporalTagger(), new QuoteExtractor(),
                new StatementDater(), new Fingerprinter());
    }

    /** The analysis of an article with no run date and no deadline: publication dates from 1800 on are accepted. */
    public ArticleOutcome analyze(RawArticle raw) {
        return analyze(raw, null, Deadline.NONE);
    }

    /** As {@link #analyze(RawArticle)}, within {@code deadline}. */
    public ArticleOutcome analyze(RawArticle raw, Deadline deadline) {
        return analyze(raw, null, deadline);
    }

    /** As {@link #analyze(RawArticle, LocalDate, Deadline)} with no deadline. */
    public ArticleOutcome analyze(RawArticle raw, LocalDate runDate) {
        return analyze(raw, runDate, Deadline.NONE);
    }

    /**
     * The analysis of an article read by the run of {@code runDate}, within {@code deadline} (each engine checks it
     * as it goes): a publication date before 1800 or more than a year after the run date (a typo, a placeholder such
     * as {@code 0000-01-01}) is rejected as {@link RejectionReason#INVALID_DATE}; with a null run date only the lower
     * bound applies.
     *
     * @throws BudgetExceededException when the deadline passes, naming the engine that was running
     */
    public ArticleOutcome analyze(RawArticle raw, LocalDate runDate, Deadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        DatedText dated;
        try {
            dated = dateParser.parseHeader(raw.text());
        } catch (InvalidDateException e) {
            RejectionReason reason = raw.text().startsWith("date") ? RejectionReason.INVALID_DATE : RejectionReason.NO_DATE;
            return new Rejection(raw.articleId(), raw.source(), reason, e.getMessage());
        }
        LocalDate published = dated.date().date();
        if (published.isBefore(EARLIEST_PUBLICATION)) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.INVALID_DATE,
                    "publication date " + published + " is before " + EARLIEST_PUBLICATION);
        }
        if (runDate != null && published.isAfter(runDate.plusYears(1))) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.INVALID_DATE,
                    "publication date " + published + " is more than a year after the run date " + runDate);
        }
        String body = raw.text().substring(dated.bodyStart());
        if (body.isBlank()) {
            return new Rejection(raw.articleId(), raw.source(), RejectionReason.NO_TEXT, "no article text after the date header");
        }
        Article article = new Article(raw.articleId(), raw.source(), dated.date().date(), dated.date().raw(),
                dated.date().instant(), titleOf(body), body);
        List<TemporalExpression> timexes = tagger.tag(body, article.published(), deadline);
        List<Quote> quotes = extractor.extract(article.articleId(), body, article.published(), deadline);
        quotes = statementDater.date(body, quotes, timexes, article.published(), deadline);
        ArticleFingerprint fingerprint = fingerprinter.fingerprint(body, deadline);
        return new AnalyzedArticle(article, timexes, quotes, fingerprint);
    }

    /**
     * The headline, when the body opens with one: a first paragraph of a single short line that more text follows
     * and that does not read as a quotation.
     */
    static String titleOf(String body) {
        int paragraphEnd = body.indexOf("\n\n");
        if (paragraphEnd < 0) {
            return null;
        }
        String first = body.substring(0, paragraphEnd).strip();
        if (first.isEmpty() || first.length() > MAX_TITLE_LENGTH || first.indexOf('\n') >= 0) {
            return null;
        }
        if (words(first) > MAX_TITLE_WORDS) {
            return null;
        }
        char c = first.charAt(0);
        if (c == '"' || c == '\u201c' || c == '\u2018') {
            return null;
        }
        return first;
    }

    /**
     * The words of a stripped line, as {@code line.split("\\s+").length} counts them (runs of anything but ASCII
     * whitespace), without compiling that pattern for every article.
     */
    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
