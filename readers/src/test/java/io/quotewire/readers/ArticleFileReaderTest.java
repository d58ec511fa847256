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
import java.util.List;
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
        assertThat(items).extracting(ArticleInput::articleId).containsExactly("a", "b", "c");
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
}
