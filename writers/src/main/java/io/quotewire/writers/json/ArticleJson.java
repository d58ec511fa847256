package io.quotewire.writers.json;

import java.util.List;

/**
 * One line of {@code articles-<runDate>.jsonl}: the output contract the scorers read. {@code articleId} is the
 * article's key (its file's id, with {@code //v<n>} for a later version of that id), {@code version} counts from 1.
 */
public record ArticleJson(String articleId, int version, String source, String published, String publishedRaw, String publishedAt,
                          String title, String body, String contentHash, String duplicateOf,
                          List<TimexJson> timexes, List<QuoteJson> quotes) {
}
