package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the deduplicator writes to the index for one article, together with its decision.
 *
 * @param articleId   the article's id
 * @param published   its publication date
 * @param contentHash hex SHA-256 of its normalized text
 * @param bandKeys    its look-up keys: the LSH band keys (one per band; empty for a text with no word), then the
 *                    lead keys the deduplicator finds trimmed copies by, in a key space of their own; an adapter
 *                    stores and finds them all alike. Suggested SQL:
 *                    {@code article_band(band_key BIGINT, published DATE, article_id)}, indexed on
 *                    {@code (band_key, published)}
 * @param duplicateOf the canonical (root) article id, or null when the article is new
 * @param body        the article body, which a later Jaccard check reads back through
 *                    {@link ArticleIndex#loadBodies}; an adapter whose articles table already holds the body may
 *                    ignore it here
 */
public record IndexEntry(String articleId, LocalDate published, String contentHash, long[] bandKeys,
                         String duplicateOf, String body) {
    public IndexEntry {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(bandKeys, "bandKeys");
        Objects.requireNonNull(body, "body");
    }

    /** This entry as a lookup would return it. */
    public IndexedArticle indexed() {
        return new IndexedArticle(articleId, published, contentHash, duplicateOf);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexEntry e && e.articleId.equals(articleId) && e.published.equals(published)
                && e.contentHash.equals(contentHash) && Arrays.equals(e.bandKeys, bandKeys)
                && Objects.equals(e.duplicateOf, duplicateOf) && e.body.equals(body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, published, contentHash, duplicateOf) * 31 + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
        return "IndexEntry[" + articleId + ", " + published + ", " + contentHash + ", " + bandKeys.length
                + " bands, duplicateOf=" + duplicateOf + "]";
    }
}
