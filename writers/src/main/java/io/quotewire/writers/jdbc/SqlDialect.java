package io.quotewire.writers.jdbc;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the SQL of the two databases differs in: H2 (embedded, the default) or PostgreSQL (a server, for nights that
 * outgrow one machine).
 */
public record SqlDialect(boolean postgres) {

    public static SqlDialect of(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return new SqlDialect(product != null && product.toLowerCase(Locale.ROOT).contains("postgres"));
    }

    /**
     * The parameter of a column holding JSON: PostgreSQL keeps it as {@code jsonb} (checked on write, queryable with
     * its JSON operators) and takes text there only cast; H2 keeps the text as it is.
     */
    public String jsonParameter() {
        return postgres ? "CAST(? AS jsonb)" : "?";
    }

    Upsert upsert() {
        return new Upsert(postgres);
    }
}
