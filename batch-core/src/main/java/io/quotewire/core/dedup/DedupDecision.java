package io.quotewire.core.dedup;

import java.util.Objects;

/**
 * The deduplicator's decision for one article.
 *
 * @param articleId   the article
 * @param duplicateOf the canonical (root) article of its cluster, or null when it is not a duplicate
 * @param match       how the decision was reached
 * @param similarity  the Jaccard similarity of word shingles with the matched article (1.0 for an exact match,
 *                    0.0 when there was no match; for {@link Match#CONTAINED} the share of the article's shingles
 *                    found in the matched one; for {@link Match#ALREADY_INDEXED} the stored decision's is unknown: NaN)
 */
public record DedupDecision(String articleId, String duplicateOf, Match match, double similarity) {
    public DedupDecision {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(match, "match");
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    /** How a decision was reached. */
    public enum Match {
        /** No earlier article is the same story: a new root. */
        NONE,
        /** Same normalized-text hash as an earlier article. */
        EXACT,
        /** An LSH candidate confirmed by Jaccard similarity and the publication-date window. */
        NEAR,
        /**
         * A trimmed copy: nearly all of the article's shingles are in an earlier article of the window, which it
         * was cut from (its Jaccard similarity is too low for {@link #NEAR}).
         */
        CONTAINED,
        /** The article was indexed before (a rerun): the stored decision is returned. */
        ALREADY_INDEXED
    }
}
