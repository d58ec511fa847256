package io.quotewire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application on first use, with the Spring Boot properties given on the command line, and
 * closes it at the end of the command. Commands that need no database (help, usage errors) never start it.
 */
public class SpringLauncher implements AutoCloseable {
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";
    private final Class<?> applicationClass;
    private final List<String> springArgs;
    /** Properties a command sets for itself (remote partitioning, a worker's role), after the user's own. */
    private final List<String> commandProperties = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile ConfigurableApplicationContext context;
    private volatile boolean compactOnClose;
    /** The database URL the configuration resolved (arguments, environment, files), once Spring has read it. */
    private volatile String resolvedUrl;

    public SpringLauncher(Class<?> applicationClass, List<String> springArgs) {
        this.applicationClass = applicationClass;
        this.springArgs = List.copyOf(springArgs);
    }


    /**
     * Sets a Spring property for this command before the application starts (a command line argument
     * {@code --name=value} after the user's); refused once it has started.
     */
    public void property(String name, String value) {
        if (context != null) {
            throw new IllegalStateException("the application has started: " + name + " cannot be set any more");
        }
        commandProperties.add("--" + name + "=" + value);
    }

    public ConfigurableApplicationContext context() {
        if (context == null) {
            SpringApplication app = new SpringApplication(applicationClass);
            app.setWebApplicationType(WebApplicationType.NONE);
            // before the guard: a refused database is then named by the URL in use, wherever it was given
            app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                    resolvedUrl = event.getEnvironment().getProperty("spring.datasource.url"));
            app.addListeners(new DatabaseGuard());
            // AUTO_SERVER's TCP server binds to h2.bindAddress, which H2 reads once, when its classes load (before
            // the first database is opened): loopback only, unless the JVM was given another address
            if (System.getProperty(H2_BIND_ADDRESS) == null) {
                System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
            }
            // Start-up chatter (H2 prints its own stack traces on a bad path) is held back: replayed when start-up
            // works, saved to a file when it fails, so a failure reads as one line.
            PrintStream realOut = System.out;
            PrintStream realErr = System.err;
            ByteArrayOutputStream held = new ByteArrayOutputStream();
            PrintStream hold = new PrintStream(held, true, StandardCharsets.UTF_8);
            System.setOut(hold);
            System.setErr(hold);
            try {
                List<String> args = new java.util.ArrayList<>(springArgs);
                args.addAll(commandProperties);
                context = app.run(args.toArray(String[]::new));
            } catch (RuntimeException e) {
                e.printStackTrace(hold);
                Path log = saveStartupLog(held.toByteArray());
                CommandException refused = commandException(e);
                if (refused != null) {
                    throw refused;   // already one line naming the database and the reason
                }
                String details = log == null ? "" : " (details: " + log + ")";
                if (FailureMessage.isNoSpace(e)) {
                    throw new CommandException(ExitCodes.DATABASE, "cannot open the database: no space left on device"
                            + " writing " + FailureMessage.databaseOf(databaseUrl()) + details, e);
                }
                throw new CommandException(ExitCodes.DATABASE, "cannot open the database " + databaseUrl() + ": "
                        + databaseMessage(e) + details, e);
            } finally {
                System.setOut(realOut);
                System.setErr(realErr);
            }
            realOut.print(held.toString(StandardCharsets.UTF_8));
            GracefulStop.install(context);
        }
        return context;
    }

    private static CommandException commandException(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof CommandException ce) {
                return ce;
            }
        }
        return null;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private static Path saveStartupLog(byte[] log) {
        try {
            Path file = Files.createTempFile("quotewire-startup-", ".log");
            Files.write(file, log);
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The database as the failure names it: the URL the configuration resolved (from --spring.datasource.url, the
     * SPRING_DATASOURCE_URL environment variable, a file), without its parameters, which may hold a password.
     */
    private String databaseUrl() {
        String url = resolvedUrl;
        if (url == null) {
            // Spring failed before it read its configuration: the command line's, else the built-in default
            url = springArgs.stream().filter(a -> a.startsWith("--spring.datasource.url="))
                    .map(a -> a.substring("--spring.datasource.url=".length())).reduce((a, b) -> b)
                    .orElse("jdbc:h2:file:./data/quotewire");
        }
        return url.split("[;?]", 2)[0];
    }

    /** The most telling message of a start-up failure: the deepest SQL error if there is one, else the root cause. */
    static String databaseMessage(Throwable e) {
        String sql = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null) {
                sql = t.getMessage();
            }
        }
        return firstLine(sql != null ? sql : rootMessage(e));
    }

    static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Asks for the embedded H2 database to be compacted when the command ends (after a run: see {@link #close}). Does
     * nothing on another database or when {@code quotewire.h2.compact-on-close} is false.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /**
     * Closes the application. After a run on an H2 file database, then compacts the file: H2's MVStore keeps old
     * page versions while a night writes (the file grew to about 25 times its live data on a Reuters night), and
     * {@code SHUTDOWN COMPACT} rewrites it to its live data in seconds. It runs once the application has closed its
     * pool, on a connection of its own; another process connected to the database at that moment is disconnected.
     */
    @Override
    public void close() {
        if (context == null || !context.isActive()) {
            return;
        }
        var env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        boolean compact = compactOnClose && env.getProperty("quotewire.h2.compact-on-close", Boolean.class, true)
                && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        String user = env.getProperty("spring.datasource.username", "");
        String password = env.getProperty("spring.datasource.password", "");
        H2FileDatabase.of(url).ifPresent(db -> DatabaseGuard.recordState(db, context.getBean(DataSource.class)));
        context.close();
        if (compact) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (java.sql.SQLException e) {
                System.err.println("quotewire: the database was not compacted: " + databaseMessage(e));
            }
        }
    }
}
