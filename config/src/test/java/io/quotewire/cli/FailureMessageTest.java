package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one line of a failure, from exception chains as Spring Batch and H2 build them. */
class FailureMessageTest {
    private final FailureMessage messages = new FailureMessage("/srv/qw/data/quotewire.mv.db", Path.of("/srv/qw/log/quotewire.log"));

    /** A real ENOSPC: writing to /dev/full. */
    private static IOException noSpace() {
        try (FileOutputStream out = new FileOutputStream("/dev/full")) {
            out.write(new byte[1]);
            out.flush();
            throw new AssertionError("/dev/full took a byte");
        } catch (IOException e) {
            return e;
        }
    }

    @Test
    void aFullOutputDiskNamesTheStepsFile() {
        // what the transactional FlatFileItemWriter throws at commit
        RuntimeException failure = new RuntimeException("Could not write to output buffer", noSpace());
        Path file = Path.of("/mnt/out/quotations-2026-12-01.jsonl");
        assertThat(messages.describe(failure, Optional.of(file))).isEqualTo("no space left on device writing "
                + "/mnt/out/quotations-2026-12-01.jsonl (details: /srv/qw/log/quotewire.log)");
    }

    @Test
    void aFullDatabaseDiskNamesTheDatabase() {
        // H2's chain names a FileChannel, not the file: the message names the database instead
        SQLException h2 = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to "
                + "sun.nio.ch.FileChannelImpl@7cdbf7d failed; length 1003520 at 49152 [2.4.240/2]\" [50000-240]",
                "HY000", 50000, noSpace());
        RuntimeException failure = new RuntimeException("JDBC commit failed", h2);
        assertThat(messages.cause(failure, Optional.of(Path.of("/mnt/out/articles-2026-12-01.jsonl"))))
                .isEqualTo("no space left on device writing the database /srv/qw/data/quotewire.mv.db");
    }

    @Test
    void otherFailuresAreTheirDeepestMessageWithoutClassNames() {
        RuntimeException failure = new IllegalStateException("Could not write data. The file may be corrupt.",
                new IOException("java.io.IOException: Stale file handle\n\tat somewhere"));
        assertThat(messages.cause(failure, Optional.empty())).isEqualTo("Stale file handle");
        assertThat(FailureMessage.isNoSpace(failure)).isFalse();
    }

    @Test
    void aUrlIsNamedWithoutItsParameters() {
        assertThat(FailureMessage.databaseOf("jdbc:postgresql://db/qw?user=q&password=secret"))
                .isEqualTo("jdbc:postgresql://db/qw");
        assertThat(FailureMessage.databaseOf("jdbc:h2:file:/srv/qw/data/quotewire;AUTO_SERVER=TRUE"))
                .isEqualTo("/srv/qw/data/quotewire.mv.db");
    }
}
