package io.quotewire.writers.json;

/** One line of {@code rejected-<runDate>.jsonl}. */
public record RejectionJson(String articleId, String source, String reason, String detail, String rejectedAt) {
}
