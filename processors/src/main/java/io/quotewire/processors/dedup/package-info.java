/**
 * Deduplication engines: plain Java, history behind the ports of {@code io.quotewire.core.dedup}.
 *
 * <h2>Per article (any worker, any order)</h2>
 * {@link io.quotewire.processors.dedup.Fingerprinter#fingerprint} gives the content hash and MinHash signature
 * ({@code ArticleFingerprint}); {@code ArticleAnalyzer} calls it.
 *
 * <h2>Cross-article step (one thread, articles in the order (published, articleId), chunk by chunk)</h2>
 * In each chunk's transaction:
 * <ol>
 * <li>{@code List<DedupDecision> decisions = articleDeduplicator.decideArticles(chunk)} — reads the
 *     {@code ArticleIndex} (findByIds, findByContentHashes, findByBandKeys, loadBodies: one call each) and writes
 *     the chunk's entries with their decisions (addAll, once).</li>
 * <li>for each article, in the same order:
 *     {@code QuotationUpdates u = quotationAggregator.aggregate(articleId, decision.duplicateOf(), quotes)} — the
 *     quotes come back with their {@code quotationId}; a duplicate adds no occurrence.</li>
 * <li>write the article with {@code duplicateOf} and the quotes of {@code u}; mark the ids of {@code u.updated()} as
 *     touched by this run (merged-away ids, the keys of {@code u.merged()}, no longer exist). The quotations file
 *     (one line per quotation created or updated by the run) is then {@code quotationAggregator.summarize(id)} for
 *     every touched id that still exists, written once, e.g. by the export step.</li>
 * </ol>
 * Both engines keep nothing between calls, so a restarted step (new engine instances, same database) decides exactly
 * as an uninterrupted one, provided the chunk's port writes commit or roll back with the chunk.
 */
package io.quotewire.processors.dedup;
