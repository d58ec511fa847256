package io.quotewire.job;

import io.quotewire.core.Quote;
import io.quotewire.processors.dedup.QuotationKey;
import io.quotewire.writers.jdbc.QuotationTables;
import io.quotewire.writers.json.JsonCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cross-article decisions, taken one article at a time in (published, articleId) order so that they do not
 * depend on chunking, restarts or how many workers analysed the articles: an article whose normalized text was
 * seen before is a duplicate of the earliest such article; every quote of a non-duplicate article becomes an
 * occurrence of the quotation with the same normalized text. Decisions of earlier items in the same chunk are
 * visible to later ones because they are written in the chunk's transaction before the next item is decided.
 */
public class CrossArticleWriter implements ItemWriter<CrossArticleWriter.Item> {

    /** What the step reads of each article of the run. */
    public record Item(String articleId, LocalDate published, String contentHash, String quotesJson) {
    }

    private final JdbcTemplate jdbc;
    private final QuotationTables quotations;
    private final JsonCodec json;
    private final long jobInstanceId;

    public CrossArticleWriter(JdbcTemplate jdbc, QuotationTables quotations, JsonCodec json, long jobInstanceId) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.quotations = Objects.requireNonNull(quotations);
        this.json = Objects.requireNonNull(json);
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends Item> chunk) {
        for (Item item : chunk) {
            decide(item);
        }
    }

    private void decide(Item item) {
        String duplicateOf = jdbc.query("""
                SELECT COALESCE(duplicate_of, article_id) FROM article
                WHERE content_hash = ? AND dedup_done = TRUE AND article_id <> ?
                ORDER BY published, article_id FETCH FIRST 1 ROWS ONLY""",
                (rs, n) -> rs.getString(1), item.contentHash(), item.articleId()).stream().findFirst().orElse(null);
        List<Quote> quotes = new ArrayList<>();
        for (Quote quote : json.quotes(item.quotesJson())) {
            String key = QuotationKey.normalize(quote.text());
            if (key.isEmpty()) {
                quotes.add(quote.withQuotationId(null));
                continue;
            }
            String quotationId = QuotationKey.idFor(key);
            if (duplicateOf == null) {
                quotations.upsert(quotationId, quote.text(), key.length(), quote.date(), jobInstanceId);
                quotations.putOccurrence(item.articleId(), quote.id(), quotationId, quote.date(), quote.speaker().name());
            }
            quotes.add(quote.withQuotationId(quotationId));
        }
        jdbc.update("UPDATE article SET duplicate_of = ?, quotes = ?, dedup_done = TRUE WHERE article_id = ?",
                duplicateOf, json.quotesToJson(quotes), item.articleId());
    }
}
