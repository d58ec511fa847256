package io.quotewire.query;

import io.quotewire.cli.ExitCodes;
import io.quotewire.job.RunOwner;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status}: the recent executions with their owner, steps and counts, read with plain SQL from Spring Batch's
 * tables and {@code run_owner} (the same lines the job repository gave, without starting Spring). A running
 * execution whose owner on this host is gone is marked so: {@code restart} resumes it.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List recent executions with their steps, counts and durations.")
public final class StatusCommand extends ReadOnlyCommand {
    private static final String JOB_NAME = io.quotewire.job.QuoteJobConfiguration.JOB_NAME;
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    @Option(names = "--all", description = "every execution, not only the last 10")
    boolean all;

    public StatusCommand(QueryContext context) {
        super(context);
    }

    private record Execution(long id, String status, LocalDateTime start, LocalDateTime end, String exitMessage) {
    }

    @Override
    int run(Connection c) throws SQLException {
        PrintStream out = context().out();
        List<Execution> executions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, "
                + "e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC"
                + (all ? "" : " FETCH FIRST 10 ROWS ONLY"))) {
            ps.setString(1, JOB_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    executions.add(new Execution(rs.getLong(1), rs.getString(2), time(rs.getTimestamp(3)),
                            time(rs.getTimestamp(4)), rs.getString(5)));
                }
            }
        }
        if (executions.isEmpty()) {
            out.println("no executions yet");
            return ExitCodes.OK;
        }
        for (Execution e : executions) {
            Map<String, String> params = parameters(c, e.id());
            Optional<RunOwner> owner = owner(c, e.id());
            String status = e.status();
            if (RUNNING.contains(status) && owner.isPresent() && owner.get().isLocal() && !owner.get().isAlive()) {
                status += " (owner pid " + owner.get().pid() + " is gone: restart resumes it)";
            }
            out.printf("execution %d  %-9s input=%s runDate=%s  started %s  took %s%n", e.id(), status,
                    params.get("input"), params.get("runDate"), shown(e.start()), duration(e.start(), e.end()));
            owner.ifPresent(o -> out.printf("    owner %s pid %d%n", o.host(), o.pid()));
            steps(c, e.id(), out);
            String exit = e.exitMessage();
            if (exit != null && !exit.isBlank() && !"COMPLETED".equals(e.status())) {
                out.println("    exit: " + exit.lines().findFirst().orElse(""));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, String> parameters(Connection c, long execution) throws SQLException {
        Map<String, String> params = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT PARAMETER_NAME, PARAMETER_VALUE "
                + "FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?")) {
            ps.setLong(1, execution);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    params.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return params;
    }

    private static Optional<RunOwner> owner(Connection c, long execution) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT host, pid FROM run_owner WHERE job_execution_id = ?")) {
            ps.setLong(1, execution);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RunOwner(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }

    private static void steps(Connection c, long execution, PrintStream out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT, "
                + "READ_SKIP_COUNT + WRITE_SKIP_COUNT + PROCESS_SKIP_COUNT, COMMIT_COUNT, START_TIME, END_TIME "
                + "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID")) {
            ps.setLong(1, execution);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.printf("    %-17s %-9s read %7d  written %7d  filtered %5d  skipped %5d  commits %5d  took %s%n",
                            rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), duration(time(rs.getTimestamp(8)), time(rs.getTimestamp(9))));
                }
            }
        }
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    /** As the job repository's listing showed it. */
    private static String shown(LocalDateTime t) {
        return t == null ? "-" : t.withNano(0).toString().replace('T', ' ');
    }

    static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        long ms = Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis();
        if (ms < 10_000) {
            return String.format("%.2fs", ms / 1000.0);
        }
        return String.format("%dm%02ds", ms / 60_000, (ms / 1000) % 60);
    }
}
