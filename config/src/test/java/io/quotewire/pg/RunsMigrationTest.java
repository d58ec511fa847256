package io.quotewire.pg;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.dedup.Quotation;
import io.quotewire.writers.jdbc.JdbcQuotationStore;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 12 moves each quotation's 8-word runs from the quotation_shingle table into its row: a database made by
 * schema 11 keeps every run it had (so fragment folding finds the same quotations after the upgrade), on H2 and on
 * PostgreSQL, and a quotation that had none reads back with none.
 */
class RunsMigrationTest {
    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    @Test
    void h2KeepsEveryRunOfASchema11Database() {
        migrateAndCheck(new DriverManagerDataSource("jdbc:h2:mem:runs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", ""), "h2");
    }

    @Test
    void postgresqlKeepsEveryRunOfASchema11Database() {
        TestPostgres.Database pg = TestPostgres.freshDatabase();
        migrateAndCheck(new DriverManagerDataSource(pg.url(), pg.user(), pg.password()), "postgresql");
    }

    private static void migrateAndCheck(DriverManagerDataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).target("11").load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String id : List.of("QA", "QB")) {
            jdbc.update("INSERT INTO quotation (quotation_id, norm_key, quotation, first_date, last_date, "
                    + "num_occurrences, speaker, updated_instance) VALUES (?, 'k', 'K.', ?, ?, 1, 'Ann Roe', 1)", id, DAY, DAY);
            jdbc.update("INSERT INTO quotation_speaker (quotation_id, speaker, occurrences) VALUES (?, 'Ann Roe', 1)", id);
        }
        for (long run : new long[] {42, Long.MIN_VALUE, -7}) {
            jdbc.update("INSERT INTO quotation_shingle (shingle_hash, quotation_id) VALUES (?, 'QA')", run);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();

        JdbcQuotationStore store = new JdbcQuotationStore(jdbc, 2);
        assertThat(store.findById("QA").map(Quotation::runs).orElseThrow()).containsExactly(Long.MIN_VALUE, -7, 42);
        assertThat(store.findById("QB").map(Quotation::runs).orElseThrow()).isEmpty();
        assertThat(store.findSharingRun("Ann Roe", new long[] {-7}, DAY, DAY)).extracting(Quotation::id)
                .containsExactly("QA");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE LOWER(table_name) = 'quotation_shingle'", Integer.class)).isZero();
    }
}
