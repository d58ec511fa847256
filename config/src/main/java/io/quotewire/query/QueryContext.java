package io.quotewire.query;

import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import io.quotewire.cli.ReadOnlyDatabase;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What the commands that only read need: the Spring Boot property arguments (for the database settings), where to
 * print and the environment (for {@code COLUMNS}).
 */
public record QueryContext(List<String> springArgs, PrintStream out, Map<String, String> env) {
    public QueryContext {
        springArgs = List.copyOf(springArgs);
        env = Map.copyOf(env);
    }

    Connection connect() {
        return ReadOnlyDatabase.open(springArgs);
    }

    /**
     * The terminal's width: {@code COLUMNS} when set; else, on a terminal, what {@code stty size} says (shells do not
     * export COLUMNS); else 80, which fits any terminal.
     */
    int width() {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException e) {
                // not a number: as if unset
            }
        }
        return System.console() != null ? terminalWidth().orElse(80) : 80;
    }

    private static java.util.OptionalInt terminalWidth() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                String[] rowsCols = answer.strip().split("\\s+");
                if (rowsCols.length == 2) {
                    return java.util.OptionalInt.of(Math.max(40, Integer.parseInt(rowsCols[1])));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // no stty, no terminal: the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return java.util.OptionalInt.empty();
    }

    /** A query failure as one line: the SQL message, no exception class. */
    static CommandException failure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int nl = message.indexOf('\n');
        return new CommandException(ExitCodes.DATABASE, "cannot read the database: "
                + (nl < 0 ? message : message.substring(0, nl)));
    }
}
