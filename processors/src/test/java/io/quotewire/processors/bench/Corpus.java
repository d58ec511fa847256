package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark corpus: the article files of the folder named by {@code -Dquotewire.corpus}. */
public final class Corpus {
    private Corpus() {
    }

    /** Raw articles as the reader would hand them on (BOM and leading whitespace gone, CRLF folded). */
    public static List<RawArticle> load() {
        String dir = System.getProperty("quotewire.corpus");
        if (dir == null) {
            throw new IllegalStateException("set -Dquotewire.corpus to a folder of article files (.ci/bench does)");
        }
        List<RawArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                String name = f.getFileName().toString();
                articles.add(new RawArticle(name.substring(0, name.length() - 4), name, text.stripLeading()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    /** Total size in bytes of the articles' text in UTF-8, for MB/s figures. */
    public static long bytes(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
