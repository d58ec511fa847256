package io.quotewire.job;

import io.quotewire.core.ArticleFingerprint;
import io.quotewire.core.Quote;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.core.dedup.QuotationUpdates;
import io.quotewire.processors.dedup.ArticleDeduplicator;
import io.quotewire.processors.dedup.ChunkQuotationStore;
import io.quotewire.processors.dedup.QuotationAggregator;
import io.quotewire.processors.speakers.CrossArticleSpeakers;
import io.quotewire.writers.jdbc.ArticleTable;
import io.quotewire.writers.jdbc.JdbcArticleIndex;
import io.quotewire.writers.jdbc.ArticleVersions;
import io.quotewire.writers.json.JsonCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The cross-article decisions, for the articles of the run in (published, articleId) order: which article each one
 * duplicates ({@link ArticleDeduplicator}), then who each quote's speaker is across articles ({@link
 * CrossArticleSpeakers}: a surname takes the night's or the history's unambiguous full name, a description is not a
 * name), then which quotation each quote belongs to ({@link QuotationAggregator}, by those speakers). The article
 * records keep the speakers their article gives; the quotation database has the resolved ones.
 * Both engines keep their history in the database through ports whose writes join the chunk's transaction, so a
 * chunk rolled back leaves no trace and its rerun decides exactly as an uninterrupted run would. Before them, a
 * later version of an article id with another text supersedes the earlier versions ({@link ArticleVersions}).
 */
public class CrossArticleWriter implements ItemWriter<CrossArticleWriter.Item> {

    /** What the step reads of each article of the run. */
    public record Item(String articleId, LocalDate published, String body, ArticleFingerprint fingerprint,
                       String quotesJson) {
    }

    private final ArticleDeduplicator deduplicator;
    private final JdbcArticleIndex articleIndex;
    private final CrossArticleSpeakers speakers;
    private final QuotationAggregator aggregator;
    private final ArticleTable articleTable;
    private final JsonCodec json;
    private final ChunkQuotationStore quotationStore;
    private final ArticleVersions versions;
    private final long jobInstanceId;

    /**
     * @param articleIndex the deduplicator's index, with deferred writes: its entries are written here with the
     *                     rest of each article's row, one UPDATE per row
     */
    public CrossArticleWriter(ArticleDeduplicator deduplicator, JdbcArticleIndex articleIndex, CrossArticleSpeakers speakers,
                              QuotationAggregator aggregator, ChunkQuotationStore quotationStore, ArticleTable articleTable,
                              JsonCodec json, ArticleVersions versions, long jobInstanceId) {
        this.deduplicator = Objects.requireNonNull(deduplicator);
        this.articleIndex = Objects.requireNonNull(articleIndex);
        this.speakers = Objects.requireNonNull(speakers);
        this.aggregator = Objects.requireNonNull(aggregator);
        this.quotationStore = Objects.requireNonNull(quotationStore);
        this.articleTable = Objects.requireNonNull(articleTable);
        this.json = Objects.requireNonNull(json);
        this.versions = Objects.requireNonNull(versions);
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends Item> chunk) {
        List<ArticleDeduplicator.Item> items = new ArrayList<>(chunk.size());
        List<ArticleVersions.Version> keys = new ArrayList<>(chunk.size());
        for (Item item : chunk) {
            items.add(new ArticleDeduplicator.Item(item.articleId(), item.published(), item.body(), item.fingerprint()));
            keys.add(new ArticleVersions.Version(item.articleId(), item.fingerprint().contentHash()));
        }
        // first: a corrected version must not be taken for a copy of the text it replaces
        deduplicator.forget(versions.supersedeEarlier(keys, jobInstanceId));
        List<DedupDecision> decisions = deduplicator.decide(items);
        List<List<Quote>> given = new ArrayList<>(chunk.size());
        List<CrossArticleSpeakers.ArticleSpeakers> bySpeaker = new ArrayList<>(chunk.size());
        for (Item item : chunk) {
            List<Quote> quotes = json.quotes(item.quotesJson());
            given.add(quotes);
            bySpeaker.add(new CrossArticleSpeakers.ArticleSpeakers(item.published(), quotes));
        }
        // the speakers of the quotation database: the night's names read before the first chunk, the history's by key
        List<List<Quote>> resolved = speakers.resolve(bySpeaker);
        List<ChunkQuotationStore.ArticleQuotes> articles = new ArrayList<>(chunk.size());
        int i = 0;
        for (Item item : chunk) {
            articles.add(new ChunkQuotationStore.ArticleQuotes(item.articleId(), decisions.get(i).duplicateOf(),
                    resolved.get(i)));
            i++;
        }
        // the quotations' reads for the whole chunk first, their writes in one batch at the end
        quotationStore.discard();
        quotationStore.readAhead(articles);
        List<ArticleTable.Decision> decided = new ArrayList<>(chunk.size());
        i = 0;
        for (ChunkQuotationStore.ArticleQuotes a : articles) {
            QuotationUpdates updates = aggregator.aggregate(a.articleId(), a.duplicateOf(), a.quotes());
            decided.add(new ArticleTable.Decision(a.articleId(), a.duplicateOf(),
                    withQuotationIds(given.get(i++), updates.quotes())));
        }
        quotationStore.flush();
        // one batch per chunk: nothing in the chunk reads these columns back, and the index's entries go with them
        articleIndex.indexed(articleTable.recordDecisions(decided, articleIndex.takePending()));
    }

    /** The article's own quotes (its speakers as it gives them) with the quotation ids aggregation gave them. */
    private static List<Quote> withQuotationIds(List<Quote> given, List<Quote> aggregated) {
        List<Quote> out = new ArrayList<>(given.size());
        for (int k = 0; k < given.size(); k++) {
            out.add(given.get(k).withQuotationId(aggregated.get(k).quotationId()));
        }
        return out;
    }
}
