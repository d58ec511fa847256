package io.quotewire.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

class ArticleFileReaderTest {
    @TempDir
    Path folder;

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<ArticleInput> readAll(ArticleFileReader reader) throws Exception {
        List<ArticleInput> items = new ArrayList<>();
        for (ArticleInput item = reader.read(); item != null; item = reader.read()) {
            items.add(item);
        }
        return items;
    }

    @Test
    void readsTxtFilesInNameOrderWithRelativeSources() throws Exception {
        write("b.txt", "date 2020-01-02 B");
        write("a.txt", "date 2020-01-01 A");
        write("notes.md", "not an article");
        write("sub/c.txt", "date 2020-01-03 C");
        ArticleFileReader reader = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder());
        reader.open(new ExecutionContext());
        List<ArticleInput> items = readAll(reader);
        reader.close();
        assertThat(items).extracting(ArticleInput::articleId).containsExactly("a", "b", "sub/c");
        assertThat(items).extracting(ArticleInput::source).containsExactly("a.txt", "b.txt", "sub/c.txt");
        assertThat(((RawArticle) items.get(2)).text()).isEqualTo("date 2020-01-03 C");
    }

    @Test
    void restartsAfterTheLastCommittedItem() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("f" + i + ".txt", "date 2020-01-0" + i + " text " + i);
        }
        ArticleFileReader first = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder());
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context);   // what a commit after two items saves
        first.read();            // read but never committed: must be read again
        first.close();

        ArticleFileReader restarted = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder());
        restarted.open(context);
        assertThat(readAll(restarted)).extracting(ArticleInput::articleId).containsExactly("f3", "f4", "f5");
    }

    @Test
    void aPartitionReadsItsRangeOfTheNameOrderOnly() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("f" + i + ".txt", "date 2020-01-0" + i + " text " + i);
        }
        ArticleFileReader reader = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder(), 1, 3);
        reader.open(new ExecutionContext());
        assertThat(readAll(reader)).extracting(ArticleInput::articleId).containsExactly("f2", "f3");
        ArticleFileReader past = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder(), 5, 9);
        past.open(new ExecutionContext());
        assertThat(readAll(past)).isEmpty();
    }

    @Test
    void aFileNamedOnlyTxtIsRejectedForItsMissingId() throws Exception {
        write(".txt", "date 2020-01-01 A nameless article.");
        ArticleFileReader reader = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder());
        reader.open(new ExecutionContext());
        ArticleInput item = reader.read();
        assertThat(item).isInstanceOf(Rejection.class);
        assertThat(((Rejection) item).reason()).isEqualTo(RejectionReason.NO_ID);
        assertThat(item.source()).isEqualTo(".txt");
    }

    @Test
    void oversizedFilesAreRejectedNotRead() throws Exception {
        write("big.txt", "date 2020-01-01 " + "x".repeat(200));
        ArticleFileReader reader = new ArticleFileReader(folder, 100, new ArticleFileDecoder());
        reader.open(new ExecutionContext());
        ArticleInput item = reader.read();
        assertThat(item).isInstanceOf(Rejection.class);
        assertThat(((Rejection) item).reason()).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void aMissingFolderIsAClearError() {
        ArticleFileReader reader = new ArticleFileReader(folder.resolve("nope"), 100, new ArticleFileDecoder());
        assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                .isInstanceOf(ItemStreamException.class)
                .hasStackTraceContaining("input folder does not exist");
    }

    @Test
    void twoFilesOfOneNameInTwoFoldersAreTwoArticles() throws Exception {
        write("a/x.txt", "date 2020-01-01 From folder a.");
        write("b/x.txt", "date 2020-01-01 From folder b.");
        write("x.txt", "date 2020-01-01 From the top.");
        assertThat(readAll(open(folder))).extracting(ArticleInput::articleId).containsExactly("a/x", "b/x", "x");
    }

    @Test
    void symbolicLinksAreFollowedInsideTheInputFolderOnlyAndEveryOtherOddEntryIsRejectedWithItsReason() throws Exception {
        Path outside = Files.createTempFile("quotewire-outside", ".txt");
        try {
            Files.writeString(outside, "date 2020-01-01 A file outside the input folder.");
            write("real.txt", "date 2020-01-01 A real article.");
            Files.createSymbolicLink(folder.resolve("inside-link.txt"), folder.resolve("real.txt"));
            Files.createSymbolicLink(folder.resolve("outside-link.txt"), outside);
            Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("gone.txt"));
            Files.createSymbolicLink(folder.resolve("loop-a.txt"), folder.resolve("loop-b.txt"));
            Files.createSymbolicLink(folder.resolve("loop-b.txt"), folder.resolve("loop-a.txt"));
            Files.createDirectories(folder.resolve("sub"));
            Files.createSymbolicLink(folder.resolve("sub/up"), folder);           // a folder loop: never walked
            Files.createSymbolicLink(folder.resolve("folder-link.txt"), folder.resolve("sub"));
            Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start();
            assertThat(mkfifo.waitFor()).isZero();

            Map<String, ArticleInput> byId = new HashMap<>();
            for (ArticleInput item : readAll(open(folder))) {
                byId.put(item.articleId(), item);
            }
            assertThat(byId.keySet()).containsExactlyInAnyOrder("real", "inside-link", "outside-link", "dangling",
                    "loop-a", "loop-b", "folder-link", "pipe");
            assertThat(byId.get("real")).isInstanceOf(RawArticle.class);
            assertThat(((RawArticle) byId.get("inside-link")).text()).isEqualTo("date 2020-01-01 A real article.");
            assertRejected(byId.get("outside-link"), "outside the input folder");
            assertRejected(byId.get("dangling"), "dangling symbolic link");
            assertRejected(byId.get("loop-a"), "cannot be followed");
            assertRejected(byId.get("loop-b"), "cannot be followed");
            assertRejected(byId.get("folder-link"), "folder");
            assertRejected(byId.get("pipe"), "not a regular file");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aFileRemovedAfterTheListingIsRejectedNotLost() throws Exception {
        write("a.txt", "date 2020-01-01 A.");
        write("b.txt", "date 2020-01-01 B.");
        ArticleFileReader reader = open(folder);
        Files.delete(folder.resolve("b.txt"));
        List<ArticleInput> items = readAll(reader);
        assertThat(items).extracting(ArticleInput::articleId).containsExactly("a", "b");
        assertRejected(items.get(1), "removed");
    }

    @Test
    void idsWithControlCharactersOrTooLongAreRejected() throws Exception {
        write("bad\nname.txt", "date 2020-01-01 A.");
        write("d".repeat(200) + "/" + "e".repeat(200) + "/" + "f".repeat(100) + ".txt", "date 2020-01-01 B.");
        List<ArticleInput> items = readAll(open(folder));
        assertThat(items).hasSize(2);
        assertThat(items).allSatisfy(item -> assertThat(((Rejection) item).reason()).isEqualTo(RejectionReason.NO_ID));
        assertThat(((Rejection) items.get(0)).detail()).contains("control characters");
        assertThat(((Rejection) items.get(1)).detail()).contains("too long");
    }

    private static ArticleFileReader open(Path folder) {
        ArticleFileReader reader = new ArticleFileReader(folder, 1 << 20, new ArticleFileDecoder());
        reader.open(new ExecutionContext());
        return reader;
    }

    private static void assertRejected(ArticleInput item, String detail) {
        assertThat(item).isInstanceOf(Rejection.class);
        Rejection r = (Rejection) item;
        assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(r.detail()).contains(detail);
    }
}
