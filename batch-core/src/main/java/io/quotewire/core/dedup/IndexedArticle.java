package io.quotewire.core.dedup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article already in the deduplication index, as a lookup returns it.
 *
 * @param articleId   the article's id
 * @param published   its publication date
 * @param contentHash hex SHA-256 of its normalized text ({@code ArticleFingerprint.contentHash})
 * @param duplicateOf the id of the canonical (root) article of its cluster, or null when it is a root itself;
 *                    never a duplicate's id: chains are resolved before an article is indexed
 */
public record IndexedArticle(String articleId, LocalDate published, String contentHash, String duplicateOf) {
    public IndexedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The root of this article's cluster: {@code duplicateOf}, or the article itself. */
    public String canonicalId() {
        return duplicateOf != null ? duplicateOf : articleId;
    }
}
