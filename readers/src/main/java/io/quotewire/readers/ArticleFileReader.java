package io.quotewire.readers;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the {@code *.txt} files of a folder (and its subfolders) in name order, one article each, or the files of
 * one range of that order (a partition: {@code from} inclusive, {@code to} exclusive).
 * Restartable: the count of items read is saved at each commit and a restart skips that many files, so the
 * folder must not change between a failure and its restart (the job's identifying parameters say which folder).
 * A file that cannot be used becomes a {@link Rejection}; it never stops the run.
 */
public class ArticleFileReader extends AbstractItemCountingItemStreamItemReader<ArticleInput> {
    private final Path folder;
    private final long maxFileBytes;
    private final ArticleFileDecoder decoder;
    private final int from;
    private final int to;
    private List<Path> files = List.of();

    /** A reader of every article file of the folder. */
    public ArticleFileReader(Path folder, long maxFileBytes, ArticleFileDecoder decoder) {
        this(folder, maxFileBytes, decoder, 0, Integer.MAX_VALUE);
    }

    /** A reader of the files at positions {@code from} (inclusive) to {@code to} (exclusive) of the name order. */
    public ArticleFileReader(Path folder, long maxFileBytes, ArticleFileDecoder decoder, int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad file range " + from + ".." + to);
        }
        this.folder = Objects.requireNonNull(folder, "folder");
        this.maxFileBytes = maxFileBytes;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.from = from;
        this.to = to;
        setName("articleFileReader");
    }

    /** The article files of a folder, by relative path in name order. */
    public static List<Path> listArticles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }

    /**
     * The article files of the input folder, by relative path in name order, with the errors a run reports: the
     * folder missing, or not listable.
     */
    public static List<Path> articlesOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ItemStreamException("input folder does not exist or is not a folder: " + folder);
        }
        try {
            return listArticles(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + folder, e);
        }
    }

    @Override
    protected void doOpen() {
        List<Path> all = articlesOf(folder);
        files = all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
        // no maxItemCount: doRead ends at the last file, and an empty folder or range is simply done
    }

    @Override
    protected ArticleInput doRead() {
        int index = getCurrentItemCount() - 1;
        if (index >= files.size()) {
            return null;
        }
        return readOne(files.get(index));
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // files are addressed by index: nothing to skip through
    }

    @Override
    protected void doClose() {
        files = List.of();
    }

    /** Number of article files found when the reader was opened. */
    public int fileCount() {
        return files.size();
    }

    private ArticleInput readOne(Path relative) {
        String source = relative.toString().replace('\\', '/');
        String name = relative.getFileName().toString();
        String articleId = name.substring(0, name.length() - ".txt".length());
        Path file = folder.resolve(relative);
        if (articleId.isBlank()) {
            // an article needs an id: a blank one would collide with every other nameless file
            return new Rejection(articleId, source, RejectionReason.NO_ID,
                    "the file name gives no article id (the id is the name without .txt)");
        }
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return new Rejection(articleId, source, RejectionReason.TOO_LARGE,
                        "the file has " + size + " bytes, more than the limit of " + maxFileBytes);
            }
            return decoder.decode(articleId, source, Files.readAllBytes(file));
        } catch (IOException e) {
            return new Rejection(articleId, source, RejectionReason.UNREADABLE,
                    "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
