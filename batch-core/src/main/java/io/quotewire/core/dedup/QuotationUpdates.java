package io.quotewire.core.dedup;

import io.quotewire.core.Quote;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What aggregating one article's quotes did.
 *
 * @param articleId the article
 * @param quotes    its quotes in their original order, each with its {@code quotationId} set (for a duplicate
 *                  article: the quotation its text already belongs to, or null; no occurrence is added)
 * @param updated   the ids of the quotations created or updated (to write to the quotations file), sorted
 * @param merged    quotations merged away by this article: merged id to the id it was merged into (their rows are
 *                  gone; the quotations file has the surviving ids)
 */
public record QuotationUpdates(String articleId, List<Quote> quotes, List<String> updated, Map<String, String> merged) {
    public QuotationUpdates {
        Objects.requireNonNull(articleId, "articleId");
        quotes = List.copyOf(quotes);
        updated = List.copyOf(updated);
        merged = Map.copyOf(merged);
    }
}
