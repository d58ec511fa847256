package io.quotewire.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Opens the configured database for a command that only reads, with plain JDBC and without Spring: never creating,
 * migrating or changing it. An embedded H2 file gets {@link DatabaseGuard}'s checks and is opened read-only; one
 * that a live process holds (a run) is reached through that process's AUTO_SERVER, as its URL says.
 */
public final class ReadOnlyDatabase {
    private static final int DATABASE_IN_USE = 90020;   // H2's ErrorCode.DATABASE_ALREADY_OPEN_1
    /**
     * The schema version this quotewire reads: the highest Flyway migration it ships (a test keeps the two in step).
     * A read-only command never migrates, so an older database is refused with what to do instead of an SQL error.
     */
    public static final int SCHEMA_VERSION = 13;

    private ReadOnlyDatabase() {
    }

    /** A connection for reading; every failure is a one-line {@link CommandException} with exit code 7. */
    public static Connection open(List<String> springArgs) {
        DatabaseSettings settings = DatabaseSettings.resolve(springArgs);
        try {
            return open(settings);
        } catch (CommandException e) {
            // no cause: without Spring's logging set up, a logged cause would reach the terminal
            throw new CommandException(e.exitCode(), e.getMessage());
        }
    }

    static Connection open(DatabaseSettings settings) {
        Connection c = connect(settings);
        int version = schemaVersion(c);
        if (version < SCHEMA_VERSION) {
            close(c);
            throw new CommandException(ExitCodes.DATABASE, "the database was made by an older quotewire (schema version "
                    + version + ", this one reads " + SCHEMA_VERSION + "): the next run or restart migrates it");
        }
        return c;
    }

    /** The highest migration applied, from Flyway's history (0 when there is none). */
    private static int schemaVersion(Connection c) {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            int max = 0;
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
            return max;
        } catch (SQLException e) {
            return 0;   // no history table: not a database quotewire made
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection that is given up
        }
    }

    private static Connection connect(DatabaseSettings settings) {
        String url = settings.url();
        Optional<H2FileDatabase> file = H2FileDatabase.of(url);
        if (file.isPresent()) {
            // as SpringLauncher: if this process ends up serving the file (AUTO_SERVER), on loopback only
            if (System.getProperty("h2.bindAddress") == null) {
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
            Optional<DatabaseGuard.Look> look = DatabaseGuard.lookReadOnly(file.get(), settings.user(), settings.password());
            if (look.isPresent()) {
                return readOnly(look.get().connection());
            }
            // a live process holds it: its AUTO_SERVER, named in the lock file, serves it
            String password = settings.password().or(() -> secret(file.get())).orElse("");
            try {
                return readOnly(DriverManager.getConnection(ifExists(url), settings.user(), password));
            } catch (SQLException e) {
                if (e.getErrorCode() == DATABASE_IN_USE) {
                    throw new CommandException(ExitCodes.DATABASE, "database " + file.get().storeFile()
                            + " is in use by another process, and its URL has no AUTO_SERVER=TRUE to reach it through");
                }
                throw new CommandException(ExitCodes.DATABASE, "cannot open the database " + file.get().storeFile()
                        + ": " + SpringLauncher.firstLine(String.valueOf(e.getMessage())));
            }
        }
        try {
            return readOnly(DriverManager.getConnection(url.startsWith("jdbc:h2:") ? ifExists(url) : url,
                    settings.user(), settings.password().orElse("")));
        } catch (SQLException e) {
            // the URL without its parameters, which may hold a password; H2's error code goes too
            throw new CommandException(ExitCodes.DATABASE, "cannot open the database " + url.split("[;?]", 2)[0] + ": "
                    + SpringLauncher.firstLine(String.valueOf(e.getMessage())).replaceAll(" \\[\\d+-\\d+\\]$", ""));
        }
    }

    private static Optional<String> secret(H2FileDatabase db) {
        try {
            return db.readSecret();
        } catch (java.io.IOException e) {
            throw new CommandException(ExitCodes.DATABASE, "cannot read the database password in " + db.secretFile()
                    + ": " + e.getMessage());
        }
    }

    /** H2 creates a missing database on connect unless told not to. */
    static String ifExists(String url) {
        return url.toUpperCase(java.util.Locale.ROOT).replace(" ", "").contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    }

    private static Connection readOnly(Connection c) {
        try {
            c.setReadOnly(true);   // a hint for PostgreSQL (read-only transactions); H2's file is read-only already
        } catch (SQLException e) {
            // a hint only
        }
        return c;
    }
}
