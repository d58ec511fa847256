package io.quotewire.core.dedup;

import java.util.Objects;

/**
 * One row of an LSH band lookup: an indexed article that has the given band key.
 * SQL: one row of {@code article_band JOIN article} (an article hit by several keys comes once per key).
 *
 * @param bandKey the LSH band key that matched
 * @param article the indexed article having that key
 */
public record BandHit(long bandKey, IndexedArticle article) {
    public BandHit {
        Objects.requireNonNull(article, "article");
    }
}
