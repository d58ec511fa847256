package io.quotewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotewire bench} as an operator runs it: usage errors in one line, and a whole small run with a child JVM. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private final CapturedCli cli = new CapturedCli(Clock.systemUTC());

    private int cli(String... args) {
        return cli.run(args);
    }

    private String stderr() {
        return cli.stderr();
    }

    @Test
    void usageErrorsAreOneLineWithExitCodeTwo() throws Exception {
        assertThat(cli("bench", "--articles", "10", "--corpus", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("quotewire: corpus not found").hasLineCount(1);

        Files.createDirectories(tmp.resolve("empty-corpus"));
        assertThat(cli("bench", "--articles", "10", "--corpus", tmp.resolve("empty-corpus").toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("quotewire: no *.txt article files").hasLineCount(1);

        assertThat(cli("bench", "--articles", "0", "--corpus", tmp.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("quotewire: --articles must be at least 1").hasLineCount(1);

        assertThat(cli("bench", "--articles", "5", "--heap", "lots", "--corpus", tmp.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--heap").hasLineCount(1);

        Path busy = tmp.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("x"), "x");
        SyntheticCorpus.write(tmp.resolve("src"), 5);
        assertThat(cli("bench", "--articles", "5", "--corpus", tmp.resolve("src").toString(), "--work", busy.toString()))
                .isEqualTo(2);
        assertThat(stderr()).startsWith("quotewire: --work folder is not empty").hasLineCount(1);

        Path notTar = tmp.resolve("corpus.zip");
        Files.writeString(notTar, "x");
        assertThat(cli("bench", "--articles", "5", "--corpus", notTar.toString())).isEqualTo(2);
        assertThat(stderr()).contains("must be a folder or a .tar.gz").hasLineCount(1);

        Path badTar = tmp.resolve("corpus.tar.gz");
        Files.writeString(badTar, "not gzip");
        assertThat(cli("bench", "--articles", "5", "--corpus", badTar.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("quotewire: cannot unpack").hasLineCount(1);
    }

    @Test
    void aSmallRunPrintsTheTableAndWritesItAsMarkdownAndJson() throws Exception {
        SyntheticCorpus.write(tmp.resolve("src"), 30);
        Path work = tmp.resolve("work");
        int code = cli("bench", "--articles", "60", "--corpus", tmp.resolve("src").toString(), "--work", work.toString(),
                "--seed", "4", "--heap", "256m");
        String stdout = cli.stdout();
        assertThat(code).as(stdout + stderr()).isEqualTo(0);
        assertThat(stdout).contains("| figure | bare loop", "| step analyze |", "| step deduplicate |",
                "| peak RSS (VmHWM) |", "| database bytes per article |", "COMPLETED (0)");
        assertThat(work.resolve("bench.md")).content().contains("| step analyze |", "-Xmx256m");
        String json = Files.readString(work.resolve("bench.json"));
        assertThat(json).contains("\"articles\": 60", "\"status\": \"COMPLETED\"", "\"name\": \"analyze\"",
                "\"name\": \"exportArticles\"");
        // the job read every generated file, and its database and memory figures were found
        assertThat(json).containsPattern("\"name\": \"analyze\",\\s+\"partitions\": \\d+,\\s+\"seconds\": [0-9.]+,\\s+\"read\": 60");
        assertThat(json).containsPattern("\"databaseBytes\": [1-9]\\d*");
        assertThat(json).containsPattern("\"peakHeapUsedBytes\": [1-9]\\d*");
        assertThat(json).containsPattern("\"peakRssBytes\": [1-9]\\d*");
        // every exact copy was put with its source by the job's deduplication
        assertThat(json).containsPattern("\"exact_copy\": \\{\\s+\"generated\": (\\d+),\\s+\"withTheirSource\": \\1\\s");
        assertThat(work.resolve("job.log")).exists();
        assertThat(work.resolve("db").resolve("quotewire.mv.db")).exists();
    }
}
