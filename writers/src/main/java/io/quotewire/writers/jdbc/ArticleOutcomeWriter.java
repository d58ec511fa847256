package io.quotewire.writers.jdbc;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Rejection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of per-article results: analysed articles to the article table, rejections to rejected_input. */
public class ArticleOutcomeWriter implements ItemWriter<ArticleOutcome> {
    private final ArticleTable table;
    private final long jobInstanceId;
    private final LocalDate runDate;
    private final Clock clock;

    public ArticleOutcomeWriter(ArticleTable table, long jobInstanceId, LocalDate runDate, Clock clock) {
        this.table = Objects.requireNonNull(table);
        this.jobInstanceId = jobInstanceId;
        this.runDate = Objects.requireNonNull(runDate);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void write(Chunk<? extends ArticleOutcome> chunk) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (ArticleOutcome outcome : chunk) {
            if (outcome instanceof AnalyzedArticle a) {
                articles.add(a);
            } else {
                rejections.add((Rejection) outcome);
            }
        }
        table.saveAnalyzed(jobInstanceId, runDate, articles, clock.instant());
        table.saveRejections(jobInstanceId, runDate, rejections, clock.instant());
    }
}
