package io.quotewire.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The H2 and the PostgreSQL migrations build the same schema: each set migrates its own database, and the tables,
 * columns (normalised type, nullability, identity, collation), primary keys, unique constraints, indexes (by name
 * and columns) and sequences read back from the catalogues must be the same, but for the differences listed in
 * {@link #DELIBERATE}, each with its reason. A migration added to one folder only, or written differently, fails here.
 */
class MigrationsInStepTest {

    /** Where the two schemas differ on purpose: key, then H2's description, then PostgreSQL's. */
    private static final Map<String, String[]> DELIBERATE = Map.ofEntries(
            // Spring Batch's own schemas (V1 is copied from them): H2's keeps nanoseconds and identity columns,
            // PostgreSQL's microseconds (its limit) and ids from the sequences only
            timestamps("batch_job_execution", "create_time", "not null"),
            timestamps("batch_job_execution", "start_time", "null"),
            timestamps("batch_job_execution", "end_time", "null"),
            timestamps("batch_job_execution", "last_updated", "null"),
            timestamps("batch_step_execution", "create_time", "not null"),
            timestamps("batch_step_execution", "start_time", "null"),
            timestamps("batch_step_execution", "end_time", "null"),
            timestamps("batch_step_execution", "last_updated", "null"),
            Map.entry("column batch_job_instance.job_instance_id",
                    new String[] {"bigint not null identity", "bigint not null"}),
            Map.entry("column batch_job_execution.job_execution_id",
                    new String[] {"bigint not null identity", "bigint not null"}),
            Map.entry("column batch_step_execution.step_execution_id",
                    new String[] {"bigint not null identity", "bigint not null"}),
            // run_order sorts by code point in both: H2 does so by default, PostgreSQL needs COLLATE "C"
            Map.entry("column article.run_order", new String[] {"varchar(600) not null", "varchar(600) not null collate C"}),
            // JSON columns: jsonb in PostgreSQL (checked on write, queryable inside), text in H2 (V9)
            Map.entry("column article.quotes", new String[] {"text not null", "jsonb not null"}),
            Map.entry("column article_text.timexes", new String[] {"text not null", "jsonb not null"}),
            // quotes --speaker matches lower(speaker) = lower(?): H2 has no expression index, PostgreSQL's serves it
            Map.entry("index quotation_speaker.quotation_speaker_name",
                    new String[] {"speaker", "lower((speaker)::text)"}));

    private static Map.Entry<String, String[]> timestamps(String table, String column, String nullability) {
        return Map.entry("column " + table + "." + column,
                new String[] {"timestamp(9) " + nullability, "timestamp(6) " + nullability});
    }

    @Test
    void theH2AndPostgresqlMigrationsBuildTheSameSchemaButForTheListedDifferences() throws Exception {
        String h2Url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(h2Url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        TestPostgres.Database pg = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(pg.url(), pg.user(), pg.password()).locations("classpath:db/migration/postgresql")
                .load().migrate();

        Map<String, String> h2;
        try (Connection c = DriverManager.getConnection(h2Url, "sa", "")) {
            h2 = h2Schema(c);
        }
        Map<String, String> postgres;
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password())) {
            postgres = postgresSchema(c);
        }
        // Flyway's history table is Flyway's, made by it for each database
        h2.keySet().removeIf(key -> key.contains(" flyway_schema_history"));
        postgres.keySet().removeIf(key -> key.contains(" flyway_schema_history"));
        // the comparison is only worth something if it saw the schema: every table and migration V6's columns
        assertThat(h2).containsKeys("table article", "table quotation", "table batch_job_execution",
                "column occurrence.speaker_description", "index article.article_run_order");

        Map<String, String> h2Expected = new TreeMap<>(postgres);
        DELIBERATE.forEach((key, descriptions) -> {
            assertThat(postgres.get(key)).as("PostgreSQL " + key + " (a listed difference that is gone?)")
                    .isEqualTo(descriptions[1]);
            h2Expected.put(key, descriptions[0]);
        });
        // one line per difference, so that a failure names what to fix
        java.util.List<String> differences = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(h2.keySet());
        keys.addAll(h2Expected.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(h2.get(key), h2Expected.get(key))) {
                differences.add(key + ": H2 " + h2.get(key) + ", PostgreSQL " + postgres.get(key));
            }
        }
        assertThat(differences).isEmpty();
    }

    private static Map<String, String> h2Schema(Connection c) throws SQLException {
        Map<String, String> schema = new TreeMap<>();
        query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
                rs -> schema.put("table " + lower(rs.getString(1)), ""));
        query(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION, IS_NULLABLE,"
                + " IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'",
                rs -> schema.put("column " + lower(rs.getString(1)) + "." + lower(rs.getString(2)),
                        type(rs.getString(3), rs.getLong(4), rs.getInt(5)) + nullability(rs.getString(6))
                                + ("YES".equals(rs.getString(7)) ? " identity" : "")));
        constraints(c, "PUBLIC", schema);
        // H2 indexes every constraint (and foreign key) itself; those are compared as constraints, not here
        Map<String, StringBuilder> indexes = new TreeMap<>();
        query(c, "SELECT i.TABLE_NAME, i.INDEX_NAME, ic.COLUMN_NAME, ic.ORDERING_SPECIFICATION"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic"
                + " ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " WHERE tc.INDEX_SCHEMA = i.INDEX_SCHEMA AND tc.INDEX_NAME = i.INDEX_NAME)"
                + " ORDER BY i.INDEX_NAME, ic.ORDINAL_POSITION", rs -> {
                    StringBuilder columns = indexes.computeIfAbsent(
                            "index " + lower(rs.getString(1)) + "." + lower(rs.getString(2)), k -> new StringBuilder());
                    columns.append(columns.isEmpty() ? "" : ", ").append(lower(rs.getString(3)))
                            .append("DESC".equals(rs.getString(4)) ? " DESC" : "");
                });
        indexes.forEach((k, v) -> schema.put(k, v.toString()));
        query(c, "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'",
                rs -> schema.put("sequence " + lower(rs.getString(1)), ""));
        return schema;
    }

    private static Map<String, String> postgresSchema(Connection c) throws SQLException {
        Map<String, String> schema = new TreeMap<>();
        query(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
, rs -> schema.put("table " + rs.getString(1), ""));
        query(c, "SELECT table_name, column_name, data_type, character_maximum_length, datetime_precision, is_nullable,"
                + " is_identity, collation_name FROM information_schema.columns WHERE table_schema = 'public'",
                rs -> schema.put("column " + rs.getString(1) + "." + rs.getString(2),
                        type(rs.getString(3), rs.getLong(4), rs.getInt(5)) + nullability(rs.getString(6))
                                + ("YES".equals(rs.getString(7)) ? " identity" : "")
                                + (rs.getString(8) == null ? "" : " collate " + rs.getString(8))));
        constraints(c, "public", schema);
        Pattern columns = Pattern.compile("USING btree \\((.*)\\)$");
        query(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                + " AND indexname NOT IN"
                + " (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))", rs -> {
                    Matcher m = columns.matcher(rs.getString(3));
                    schema.put("index " + rs.getString(1) + "." + rs.getString(2), m.find() ? m.group(1) : rs.getString(3));
                });
        query(c, "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'",
                rs -> schema.put("sequence " + rs.getString(1), ""));
        return schema;
    }

    /** Primary keys by table (their names are the databases' own), unique constraints by name; columns in order. */
    private static void constraints(Connection c, String schemaName, Map<String, String> schema) throws SQLException {
        Map<String, StringBuilder> found = new TreeMap<>();
        query(c, "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name"
                + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k"
                + " ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name"
                + " WHERE tc.table_schema = '" + schemaName + "' AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
                + " ORDER BY tc.table_name, tc.constraint_name, k.ordinal_position", rs -> {
                    String table = lower(rs.getString(1));
                    String key = "PRIMARY KEY".equals(rs.getString(3)) ? "primary key " + table
                            : "unique " + table + "." + lower(rs.getString(2));
                    StringBuilder cols = found.computeIfAbsent(key, k -> new StringBuilder());
                    cols.append(cols.isEmpty() ? "" : ", ").append(lower(rs.getString(4)));
                });
        found.forEach((k, v) -> schema.put(k, v.toString()));
    }

    /**
     * One name per type across the two: an unbounded CHARACTER VARYING (H2's maximum length) is PostgreSQL's text,
     * BINARY VARYING its bytea; the rest by lower-case SQL name with length or precision.
     */
    private static String type(String dataType, long length, int precision) {
        String t = dataType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "character varying" -> length == 0 || length >= 1_000_000_000L ? "text" : "varchar(" + length + ")";
            case "text" -> "text";
            case "character" -> "char(" + length + ")";
            case "binary varying", "bytea" -> "bytes";
            case "timestamp", "timestamp without time zone" -> "timestamp(" + precision + ")";
            case "timestamp with time zone" -> "timestamptz(" + precision + ")";
            default -> t;
        };
    }

    private static String nullability(String isNullable) {
        return "YES".equals(isNullable) ? " null" : " not null";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
