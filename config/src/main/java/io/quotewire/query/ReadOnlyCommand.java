package io.quotewire.query;

import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * A command that only reads the database, with plain JDBC: it starts no Spring application, so it answers in about
 * a second. Its failures are one line (no cause is attached: Spring's logging, which keeps causes in the log file,
 * is not set up here).
 */
public abstract class ReadOnlyCommand implements Callable<Integer> {
    private final QueryContext context;

    protected ReadOnlyCommand(QueryContext context) {
        this.context = context;
    }

    QueryContext context() {
        return context;
    }

    @Override
    public final Integer call() {
        try (Connection c = context.connect()) {
            return run(c);
        } catch (SQLException e) {
            throw QueryContext.failure(e);
        } catch (CommandException e) {
            throw new CommandException(e.exitCode(), e.getMessage());
        } catch (RuntimeException e) {
            throw new CommandException(ExitCodes.FAILED, "unexpected error: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    abstract int run(Connection c) throws SQLException;
}
