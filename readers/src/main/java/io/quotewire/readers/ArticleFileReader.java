package io.quotewire.readers;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
    /** Room under the article table's 512 characters for a version suffix (a later night's other text). */
    public static final int MAX_ID_LENGTH = 480;
    private final Path folder;
    private final long maxFileBytes;
    private final ArticleFileDecoder decoder;
    private final int from;
    private final int to;
    private List<Path> files = List.of();
    private Path realFolder;

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

    /**
     * The article files of a folder, by relative path in name order: every entry named {@code *.txt} that is not a
     * folder (regular files, and also symbolic links, FIFOs and the like, which the reader then rejects with their
     * reason), and every folder that could not be listed (rejected too), so that nothing found goes unaccounted for.
     * Symbolic links to folders are not followed: a link cannot make the walk loop or leave the input folder.
     */
    public static List<Path> listArticles(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().endsWith(".txt")) {
                    found.add(folder.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                found.add(folder.relativize(file));   // read later as a rejection that names the error
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
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
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve input folder " + folder, e);
        }
        // a copy of the range: a sub-list would keep the whole listing (a million paths, ~110 MB) for the step
        files = List.copyOf(all.subList(Math.min(from, all.size()), Math.min(to, all.size())));
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
        String articleId = articleIdOf(source);
        String badId = badId(relative.getFileName().toString(), articleId);
        if (badId != null) {
            return new Rejection(articleId, source, RejectionReason.NO_ID, badId);
        }
        Path file = folder.resolve(relative);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path target;
                try {
                    target = file.toRealPath();
                } catch (NoSuchFileException e) {
                    return unreadable(articleId, source, "a dangling symbolic link (to " + Files.readSymbolicLink(file) + ")");
                } catch (FileSystemException e) {
                    return unreadable(articleId, source, "a symbolic link that cannot be followed ("
                            + Objects.toString(e.getReason(), "a loop") + ")");
                }
                if (!target.startsWith(realFolder)) {
                    return unreadable(articleId, source, "a symbolic link to " + target
                            + ", outside the input folder: only links that stay inside it are followed");
                }
                file = target;
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            }
            if (attrs.isDirectory()) {
                // readable folders are walked, never listed: this one failed to list
                return unreadable(articleId, source, "a folder that cannot be listed");
            }
            if (!attrs.isRegularFile()) {
                return unreadable(articleId, source, "not a regular file (a FIFO, socket or device): not read");
            }
            if (attrs.size() > maxFileBytes) {
                return tooLarge(articleId, source, attrs.size());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // bounded: a file that grows after it was measured cannot take the heap
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            }
            if (bytes.length > maxFileBytes) {
                return tooLarge(articleId, source, bytes.length);
            }
            return decoder.decode(articleId, source, bytes);
        } catch (NoSuchFileException e) {
            return unreadable(articleId, source, "the file was removed before it could be read");
        } catch (AccessDeniedException e) {
            return unreadable(articleId, source, "permission denied");
        } catch (IOException e) {
            return unreadable(articleId, source, "cannot read the file: " + Objects.toString(e.getMessage(), "I/O error"));
        }
    }

    /**
     * The id of the article in a file: its path relative to the input folder, without {@code .txt}, with {@code /}
     * between folders. Two files of one name in two folders are two articles ({@code a/x}, {@code b/x}); a file at the
     * top of the folder keeps its bare name.
     */
    public static String articleIdOf(String source) {
        return source.endsWith(".txt") ? source.substring(0, source.length() - ".txt".length()) : source;
    }

    /** Why an id cannot be used, or null. */
    private static String badId(String fileName, String articleId) {
        if (fileName.equals(".txt") || articleId.isBlank()) {
            // an article needs an id: a blank one would collide with every other nameless file
            return "the file name gives no article id (the id is the path without .txt)";
        }
        if (articleId.length() > MAX_ID_LENGTH) {
            return "the path is longer than " + MAX_ID_LENGTH + " characters: too long for an article id";
        }
        for (int i = 0; i < articleId.length(); i++) {
            if (articleId.charAt(i) < 0x20 || articleId.charAt(i) == 0x7f) {
                return "the path holds control characters: not an article id";
            }
        }
        return null;
    }

    private Rejection tooLarge(String articleId, String source, long size) {
        return new Rejection(articleId, source, RejectionReason.TOO_LARGE,
                "the file has " + size + " bytes, more than the limit of " + maxFileBytes);
    }

    private static Rejection unreadable(String articleId, String source, String detail) {
        return new Rejection(articleId, source, RejectionReason.UNREADABLE, detail);
    }
}
