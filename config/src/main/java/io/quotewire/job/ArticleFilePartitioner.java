package io.quotewire.job;

import io.quotewire.readers.ArticleFileReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the article files of the input folder, in name order, into contiguous ranges of nearly equal counts, one
 * per partition of the analyze step. Deterministic: the same folder and partition count give the same ranges. Spring
 * Batch stores each partition's range in its step execution, so a restart runs the very same partitions again
 * (whatever the thread count then) and each resumes after its last commit.
 */
public class ArticleFilePartitioner implements Partitioner {
    /** The execution context keys of a partition's range: the first file's position and the one after the last. */
    public static final String FROM = "from";
    public static final String TO = "to";

    private final Path folder;
    private final int partitions;

    public ArticleFilePartitioner(Path folder, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("at least one partition, not " + partitions);
        }
        this.folder = folder;
        this.partitions = partitions;
    }

    /** Ignores the grid size: the partition count is the configured one (the thread count of the run). */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int files = ArticleFileReader.articlesOf(folder).size();
        // never more partitions than files, but always one, so that an empty folder is a completed step
        int n = Math.max(1, Math.min(partitions, files));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, (int) ((long) files * i / n));
            context.putInt(TO, (int) ((long) files * (i + 1) / n));
            ranges.put(String.format("partition%03d", i), context);
        }
        return ranges;
    }
}
