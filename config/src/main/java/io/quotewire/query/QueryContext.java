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

    /** The terminal's width: {@code COLUMNS} when set (the table is cut to it), else 100. */
    int width() {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.strip()));
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return 100;
    }

    /** A query failure as one line: the SQL message, no exception class. */
    static CommandException failure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int nl = message.indexOf('\n');
        return new CommandException(ExitCodes.DATABASE, "cannot read the database: "
                + (nl < 0 ? message : message.substring(0, nl)));
    }
}
