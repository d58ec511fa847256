package io.quotewire.writers.json;

import java.util.List;

/** One line of {@code articles-<runDate>.jsonl}: the output contract the scorers read. */
public record ArticleJson(String articleId, String source, String published, String publishedRaw, String publishedAt,
                          String title, String body, String contentHash, String duplicateOf,
                          List<TimexJson> timexes, List<QuoteJson> quotes) {
}
