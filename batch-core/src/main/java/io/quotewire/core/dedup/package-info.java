/**
 * The ports and value records of cross-article deduplication.
 *
 * <p>The engines (in {@code processors}, package {@code io.quotewire.processors.dedup}) keep no history of their own:
 * everything they need to remember across chunks and across nights lives behind {@link io.quotewire.core.dedup.ArticleIndex}
 * and {@link io.quotewire.core.dedup.QuotationStore}, which the database implements. Every port method is a key lookup
 * or an insert/update by key, so an adapter needs only indexed SQL, never a scan of the history.
 *
 * <p>Restart safety comes from the transaction: an adapter must perform all of a chunk's port writes in the chunk's
 * transaction, so that a chunk rolled back leaves no trace in the index and its rerun decides exactly the same.
 */
package io.quotewire.core.dedup;
