package io.quotewire.processors.quotes;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in an article body and attributes them to speakers. Plain Java; thread-safe.
 */
public class QuoteExtractor {

    /**
     * @param articleId the article's id, for the quotes' ids
     * @param body      the article body
     * @param published the publication date, the default date of every quote
     * @return the quotations in text order, never overlapping, offsets in code points
     */
    public List<Quote> extract(String articleId, String body, LocalDate published) {
        // Placeholder until the real scanner lands: curly double quotes only, no attribution.
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = body.indexOf('\u201c', from);
            if (open < 0) {
                break;
            }
            int close = body.indexOf('\u201d', open + 1);
            if (close < 0) {
                break;
            }
            quotes.add(new Quote(Quote.idFor(articleId, quotes.size() + 1), open + 1, close,
                    body.substring(open + 1, close), QuoteKind.FULL, Speaker.UNKNOWN, null, published, null));
            from = close + 1;
        }
        return quotes;
    }
}
