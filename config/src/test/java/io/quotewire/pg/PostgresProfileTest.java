package io.quotewire.pg;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.QuotewireApplication;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code postgres} profile takes the database from QUOTEWIRE_DB_URL, _USER and _PASSWORD (given here as
 * properties, which the placeholders read as they read the environment), and the migrations run there.
 */
class PostgresProfileTest {

    @Test
    void thePostgresProfileOpensTheDatabaseTheEnvironmentNamesAndMigratesIt() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QuotewireApplication.class)
                .web(WebApplicationType.NONE).profiles("postgres")
                .properties("QUOTEWIRE_DB_URL=" + db.url(), "QUOTEWIRE_DB_USER=" + db.user(),
                        "QUOTEWIRE_DB_PASSWORD=" + db.password(), "logging.file.name=")
                .run()) {
            try (Connection c = context.getBean(DataSource.class).getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(c.getMetaData().getURL()).isEqualTo(db.url());
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT MAX(CAST(version AS INT)) FROM flyway_schema_history", Integer.class))
                    .isEqualTo(io.quotewire.cli.ReadOnlyDatabase.SCHEMA_VERSION);
            assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = 'article'"
                    + " AND column_name = 'quotes'", String.class)).isEqualTo("jsonb");
        }
    }
}
