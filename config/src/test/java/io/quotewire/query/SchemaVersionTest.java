package io.quotewire.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.CapturedCli;
import io.quotewire.cli.ExitCodes;
import io.quotewire.cli.ReadOnlyDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only command never migrates: a database of an older schema is refused in one line, not with an SQL error. */
class SchemaVersionTest {
    @TempDir
    Path tmp;

    @Test
    void theVersionReadIsTheHighestMigrationShipped() throws Exception {
        for (String vendor : new String[] {"h2", "postgresql"}) {
            Path folder = Path.of("..", "writers", "src", "main", "resources", "db", "migration", vendor);
            try (Stream<Path> files = Files.list(folder)) {
                int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
                assertThat(highest).as(vendor).isEqualTo(ReadOnlyDatabase.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void aDatabaseOfAnOlderSchemaIsRefusedWithWhatToDo() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "date 2020-02-03 “The offer is too low,” said Maria Lopez.");
        Path db = tmp.resolve("db");
        String url = "--spring.datasource.url=jdbc:h2:file:" + db;
        CapturedCli cli = new CapturedCli(Clock.fixed(Instant.parse("2020-03-10T02:00:00Z"), ZoneOffset.UTC));
        assertThat(cli.run("run", "--input", input.toString(), "--output", tmp.resolve("out").toString(), url))
                .as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.run("quotes", url)).as(cli.stderr()).isEqualTo(ExitCodes.OK);

        // as if the last migration had not been applied
        String password = Files.readString(tmp.resolve("db.secret")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", password);
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + ReadOnlyDatabase.SCHEMA_VERSION + "'");
        }
        assertThat(cli.run("quotes", url)).isEqualTo(ExitCodes.DATABASE);
        assertThat(cli.stderr().strip()).isEqualTo("quotewire: the database was made by an older quotewire (schema "
                + "version " + (ReadOnlyDatabase.SCHEMA_VERSION - 1) + ", this one reads " + ReadOnlyDatabase.SCHEMA_VERSION
                + "): the next run or restart migrates it");
    }
}
