package io.quotewire.core;

import java.util.Objects;

/**
 * An input file the job could not use, with the reason: recorded, never fatal to the run.
 *
 * @param articleId the file name without {@code .txt}
 * @param source    the path relative to the input folder
 * @param reason    the class of problem
 * @param detail    a one-line, human-readable explanation
 */
public record Rejection(String articleId, String source, RejectionReason reason, String detail)
        implements ArticleInput, ArticleOutcome {
    public Rejection {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
