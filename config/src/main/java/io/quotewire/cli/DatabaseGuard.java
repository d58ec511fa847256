package io.quotewire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Looks at an embedded H2 file database before Spring opens it, and gives it a password.
 *
 * <p>H2 opens a store that lost its last chunks (a torn copy, a full disk) by going back to an older version, or,
 * with nothing usable left, as a new empty database; Flyway then migrates that and the next run completes with all
 * history gone. So before anything opens the file read-write, it is looked at in ways that cannot change it: H2's
 * store read-only (a live process holding it has it locked: then it is in use, and not judged), then SQL read-only,
 * where a store H2 would have to rewrite to open refuses to open. A database that opens must hold its migration
 * history and job tables, and at least the job executions that {@code NAME.state} says it held after the last command
 * (a version H2 went back to holds fewer). Anything else ends the command with exit code 7, the file untouched.
 *
 * <p>The password: unless {@code spring.datasource.password} is given, a random one is generated on first use into
 * {@code NAME.secret} (0600, in a 0700 folder) and used; a database made before, with the empty password, gets it set
 * on its next open. With AUTO_SERVER the database listens on a TCP port (loopback only: see {@link SpringLauncher}),
 * and the key in the lock file alone no longer lets anyone in.
 */
final class DatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final int WRONG_USER_OR_PASSWORD = 28000;       // H2's ErrorCode.WRONG_USER_OR_PASSWORD
    private static final int DATABASE_ALREADY_OPEN = 90020;        // ErrorCode.DATABASE_ALREADY_OPEN_1
    private static final int DATABASE_IS_READ_ONLY = 90097;        // ErrorCode.DATABASE_IS_READ_ONLY

    // looked up when used, not when the class loads: the read-only commands use this class without logging, and
    // starting the logging system costs them a few hundred milliseconds
    private static Logger log() {
        return LoggerFactory.getLogger(DatabaseGuard.class);
    }

    /** Outside io.quotewire: the log file only (logback-spring.xml). */
    private static Logger details() {
        return LoggerFactory.getLogger("quotewire.details");
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        H2FileDatabase.of(env.getProperty("spring.datasource.url")).ifPresent(db -> prepare(db, env));
    }

    private void prepare(H2FileDatabase db, ConfigurableEnvironment env) {
        String user = env.getProperty("spring.datasource.username", "sa");
        String given = env.getProperty("spring.datasource.password");
        Optional<DatabaseState> state = DatabaseState.read(db);
        if (!Files.exists(db.storeFile())) {
            if (state.isPresent()) {
                throw lost(db, "the file is missing, but " + db.stateFile() + " says it held " + state.get());
            }
        } else if (size(db.storeFile()) == 0) {
            throw lost(db, "the file is empty");
        }
        ownerOnlyFolder(db);
        String password = given != null ? given : secret(db);
        boolean emptyPasswordStill = Files.exists(db.storeFile()) && check(db, user, password, given == null, state);
        if (given == null) {
            env.getPropertySources().addFirst(new MapPropertySource("quotewire-h2-secret",
                    Map.of("spring.datasource.password", password)));
        }
        if (emptyPasswordStill) {
            setPassword(db, user, password);
        }
    }

    /**
     * Checks the existing store without changing it; true when it opened only with the empty password (a database
     * made before passwords were generated), which then gets the generated one.
     */
    private boolean check(H2FileDatabase db, String user, String password, boolean generated,
                          Optional<DatabaseState> state) {
        Optional<Look> look = look(db, user, password, generated, state);
        look.ifPresent(Look::close);
        return look.map(Look::emptyPassword).orElse(false);
    }

    /**
     * A read-only, verified connection to an existing store, or empty when a live process holds the store (it opened
     * there, so it is that process's to judge). The store is looked at without being changed: H2's store read-only,
     * then SQL read-only; a database that lost history is refused as {@link #prepare} refuses it.
     *
     * @param generated whether {@code password} is the generated one (then the empty one is tried too: a database
     *                  made before passwords were generated)
     */
    static Optional<Look> look(H2FileDatabase db, String user, String password, boolean generated,
                               Optional<DatabaseState> state) {
        int maps;
        try (MVStore store = new MVStore.Builder().fileName(db.storeFile().toString()).readOnly().open()) {
            maps = store.getMapNames().size();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Optional.empty();
            }
            // H2's own text names Java objects and byte positions: the error code says what happened
            throw lost(db, e.getErrorCode() == DataUtils.ERROR_READING_FAILED
                    ? "H2 cannot read it to its end (a truncated copy, or a read error)"
                    : "H2 cannot read it: its storage is damaged (H2 error " + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            // a store too short for its header: H2 wants to write a new one
            throw lost(db, "H2 cannot read it and would start a new database over it");
        }
        if (maps == 0) {
            throw lost(db, "H2 finds no data in it and would start a new database over it");
        }
        try {
            // Nobody holds the store (it opened above), so a lock file was left by a process that died. H2 would
            // take it over when it opens the database; removing it lets the read-only look below see the database.
            Files.deleteIfExists(db.lockFile());
        } catch (IOException e) {
            throw new CommandException(ExitCodes.DATABASE, "cannot remove the stale lock file " + db.lockFile() + ": "
                    + e.getMessage(), e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(db.readOnlyUrl(), user, password);
            verify(db, c, state);
            return Optional.of(new Look(c, false));
        } catch (SQLException e) {
            closeQuietly(c);
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD && generated) {
                Connection old = null;
                try {
                    old = DriverManager.getConnection(db.readOnlyUrl(), user, "");
                    verify(db, old, state);
                    return Optional.of(new Look(old, true));
                } catch (SQLException stillWrong) {
                    closeQuietly(old);
                    // neither the generated password nor the empty one: it was given another one
                } catch (RuntimeException refused) {
                    closeQuietly(old);
                    throw refused;
                }
            }
            throw refusal(db, e);
        } catch (RuntimeException refused) {
            closeQuietly(c);
            throw refused;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a read-only look: nothing to lose
            }
        }
    }

    /**
     * A verified read-only connection.
     *
     * @param emptyPassword whether it opened only with the empty password
     */
    record Look(Connection connection, boolean emptyPassword) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(connection);
        }
    }

    /**
     * For the commands that only read: a verified read-only connection to the existing database, created, migrated
     * and changed never (no secret is generated, no password set); empty when a live process holds it. A missing
     * file is refused as the other commands refuse it when its state file expects it, and otherwise because there
     * is nothing to read.
     */
    static Optional<Look> lookReadOnly(H2FileDatabase db, String user, Optional<String> given) {
        Optional<DatabaseState> state = DatabaseState.read(db);
        if (!Files.exists(db.storeFile())) {
            if (state.isPresent()) {
                throw lost(db, "the file is missing, but " + db.stateFile() + " says it held " + state.get());
            }
            throw new CommandException(ExitCodes.DATABASE, "no database at " + db.storeFile()
                    + " (nothing has run on it; give --spring.datasource.url=... for another one)");
        }
        if (size(db.storeFile()) == 0) {
            throw lost(db, "the file is empty");
        }
        Optional<String> secret;
        try {
            secret = given.isPresent() ? Optional.empty() : db.readSecret();
        } catch (IOException e) {
            throw new CommandException(ExitCodes.DATABASE, "cannot read the database password in " + db.secretFile()
                    + ": " + e.getMessage());
        }
        return look(db, user, given.or(() -> secret).orElse(""), given.isEmpty(), state);
    }

    private static CommandException refusal(H2FileDatabase db, SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_IS_READ_ONLY -> lost(db, "its last committed state is gone, and H2 would rewrite it to open it");
            case DATABASE_ALREADY_OPEN -> new CommandException(ExitCodes.DATABASE, "database " + db.storeFile()
                    + " was opened by another process while it was being checked; try again");
            case WRONG_USER_OR_PASSWORD -> new CommandException(ExitCodes.DATABASE, "database " + db.storeFile()
                    + ": wrong user or password (the password is in " + db.secretFile()
                    + " unless spring.datasource.password is given)", e);
            default -> new CommandException(ExitCodes.DATABASE, "cannot open the database " + db.storeFile() + ": "
                    + SpringLauncher.firstLine(e.getMessage()), e);
        };
    }

    /** The database must hold its migration history, the job tables, and what the state file says it held. */
    private static void verify(H2FileDatabase db, Connection c, Optional<DatabaseState> state) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE "
                    + "UPPER(TABLE_NAME) IN ('FLYWAY_SCHEMA_HISTORY', 'BATCH_JOB_EXECUTION')")) {
                rs.next();
                if (rs.getInt(1) < 2) {
                    throw lost(db, "it has no migration history or job tables");
                }
            }
            if (state.isPresent()) {
                DatabaseState now = DatabaseState.of(s);
                if (now.executions() < state.get().executions() || now.lastExecution() < state.get().lastExecution()) {
                    throw lost(db, "it holds " + now + ", but " + db.stateFile() + " says it held " + state.get());
                }
            }
        }
    }

    private static void setPassword(H2FileDatabase db, String user, String password) {
        try (Connection c = DriverManager.getConnection(db.url(), user, "");
             Statement s = c.createStatement()) {
            // the secret is base64url: nothing in it needs escaping
            s.execute("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"")
                    + "\" SET PASSWORD '" + password + "'");
            log().info("database {} had the empty password; it now has the one in {}", db.storeFile(), db.secretFile());
        } catch (SQLException e) {
            throw new CommandException(ExitCodes.DATABASE, "cannot set the password of " + db.storeFile() + ": "
                    + SpringLauncher.firstLine(e.getMessage()), e);
        }
    }

    /** The generated password, made on first use. */
    private static String secret(H2FileDatabase db) {
        try {
            Optional<String> existing = db.readSecret();
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path temp = Files.createTempFile(db.folder(), ".secret-", ".tmp");
            try {
                ownerOnly(temp, OWNER_ONLY_FILE);
                Files.writeString(temp, secret + "\n", StandardCharsets.US_ASCII);
                // not REPLACE_EXISTING: of two processes starting at once, the first one's secret stays
                Files.move(temp, db.secretFile());
                return secret;
            } catch (FileAlreadyExistsException raced) {
                return db.readSecret().orElseThrow();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new CommandException(ExitCodes.DATABASE, "cannot keep the database password in " + db.secretFile()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The database folder is made owner-only, so the lock file (with the server's key) and the secret are not for
     * others to read. An existing folder is tightened too, except the working directory itself.
     */
    private static void ownerOnlyFolder(H2FileDatabase db) {
        Path folder = db.folder();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                ownerOnly(folder, OWNER_ONLY_FOLDER);
            } else if (!folder.equals(Path.of("").toAbsolutePath())) {
                Set<PosixFilePermission> now = Files.getPosixFilePermissions(folder);
                if (!OWNER_ONLY_FOLDER.containsAll(now)) {
                    ownerOnly(folder, OWNER_ONLY_FOLDER);
                    log().info("database folder {} was open to others ({}); it is now owner-only (rwx------)", folder,
                            PosixFilePermissions.toString(now));
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: nothing to tighten
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? fse.getReason() : e.getMessage();
            throw new CommandException(ExitCodes.DATABASE, "cannot open the database " + db.storeFile()
                    + ": cannot make its folder " + folder + " (" + reason + ")", e);
        }
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // likewise
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static CommandException lost(H2FileDatabase db, String why) {
        return new CommandException(ExitCodes.DATABASE, "database " + db.storeFile() + " lost committed history ("
                + why + "); it was not opened. Restore it from a backup, or move it and " + db.stateFile().getFileName()
                + " away to start a new one (README: Backup and restore)");
    }

    /** Records what the database holds now, for the next command's check. Does nothing when that cannot be read. */
    static void recordState(H2FileDatabase db, DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            DatabaseState.of(s).write(db);
        } catch (SQLException | IOException | RuntimeException e) {
            // harmless: the state file lags, so the next check is less strict, never wrong
            details().warn("the state of database {} was not recorded in {}", db.storeFile(), db.stateFile(), e);
        }
    }

    /**
     * What a database held after a command: how many job executions, and the last one's id. Job executions are never
     * deleted, so a database that holds fewer has gone back to an older version (or is another one).
     */
    record DatabaseState(long executions, long lastExecution) {
        static DatabaseState of(Statement s) throws SQLException {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION")) {
                rs.next();
                return new DatabaseState(rs.getLong(1), rs.getLong(2));
            }
        }

        static Optional<DatabaseState> read(H2FileDatabase db) {
            Path file = db.stateFile();
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                return Optional.of(new DatabaseState(Long.parseLong(p.getProperty("executions", "0").strip()),
                        Long.parseLong(p.getProperty("lastExecution", "0").strip())));
            } catch (IOException | NumberFormatException e) {
                throw new CommandException(ExitCodes.DATABASE, "cannot read " + file + ": " + e.getMessage()
                        + " (delete it if the database is the right one)", e);
            }
        }

        void write(H2FileDatabase db) throws IOException {
            String text = "# quotewire: what " + db.storeFile().getFileName() + " held after the last command. A database"
                    + " found holding less is refused;\n# delete this file after restoring an older backup on purpose.\n"
                    + "executions=" + executions + "\nlastExecution=" + lastExecution + "\n";
            Path temp = Files.createTempFile(db.folder(), ".state-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, db.stateFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        @Override
        public String toString() {
            return executions + " job execution" + (executions == 1 ? "" : "s") + " up to id " + lastExecution;
        }
    }
}
