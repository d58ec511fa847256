package io.quotewire.core;

import java.util.Objects;

/**
 * What deduplication needs of one article, computed per article so it can run on any worker.
 *
 * @param contentHash hex SHA-256 of the normalized text (case, whitespace, wrapping, punctuation folded)
 * @param minHash     MinHash signature over word shingles; empty when the text is too short to shingle
 */
public record ArticleFingerprint(String contentHash, long[] minHash) {
    public ArticleFingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(minHash, "minHash");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleFingerprint f && f.contentHash.equals(contentHash)
                && java.util.Arrays.equals(f.minHash, minHash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode() * 31 + java.util.Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "ArticleFingerprint[" + contentHash + ", " + minHash.length + " hashes]";
    }
}
