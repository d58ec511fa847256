package io.quotewire.writers.json;

/** One occurrence of a quotation: where and when it was said, and by whom there. */
public record OccurrenceJson(String articleId, String quoteId, String date, String speaker) {
}
