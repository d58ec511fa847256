package io.quotewire.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.ChildJvm;
import io.quotewire.TestArticles;
import io.quotewire.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read reach a database a run holds (through its AUTO_SERVER), and status tells an execution
 * left STARTED by a process that is gone from one that runs.
 */
class QueryWhileRunningTest {
    @TempDir
    Path tmp;

    @Test
    void statusAndQuotesWhileARunHoldsTheDatabaseThenStatusMarksTheGoneOwner() throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 300);
        String url = "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("data/quotewire") + ";AUTO_SERVER=TRUE";
        Path log = tmp.resolve("run.log");
        Process run = ChildJvm.start(log, "run", "--input", input.toString(), "--output", tmp.resolve("out").toString(),
                url, "--quotewire.chunk-size=1");
        CapturedCli cli = new CapturedCli(Clock.systemUTC());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (run.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("deduplicate:")) {
                Thread.sleep(50);
            }
            assertThat(run.isAlive()).as(Files.readString(log)).isTrue();

            assertThat(cli.run("status", url)).as(cli.stderr()).isEqualTo(ExitCodes.OK);
            assertThat(cli.stdout()).startsWith("execution 1  STARTED ").contains("    owner ")
                    .contains("pid " + run.pid()).doesNotContain("is gone");
            assertThat(cli.run("quotes", "--format", "jsonl", url)).as(cli.stderr()).isEqualTo(ExitCodes.OK);
            assertThat(cli.run("speakers", url)).as(cli.stderr()).isEqualTo(ExitCodes.OK);
            assertThat(run.isAlive()).as("the run goes on").isTrue();
        } finally {
            run.destroyForcibly();   // SIGKILL: the execution stays STARTED
            run.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(cli.run("status", url)).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).startsWith("execution 1  STARTED (owner pid " + run.pid()
                + " is gone: restart resumes it) input=" + input);
    }
}
