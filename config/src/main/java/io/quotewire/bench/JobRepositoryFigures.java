package io.quotewire.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the job recorded in its database, read with plain JDBC after the job's JVM has exited: the job execution,
 * its steps (partitions {@code name:partitionN} grouped under their step) and the sizes of the output tables.
 */
record JobRepositoryFigures(String status, String exitCode, List<Step> steps, Map<String, Long> rows,
                            Map<String, String> duplicateOf) {
    /**
     * @param name       the step name (a partitioned step's partitions are counted in it)
     * @param partitions its partitions' executions, 0 when it was not partitioned
     * @param start      the step's start (the manager step's, else the first partition's)
     * @param end        the step's end (likewise)
     */
    record Step(String name, int partitions, LocalDateTime start, LocalDateTime end, long read, long write,
                long filter, long skip, long commits, String status) {
        Duration duration() {
            return start == null || end == null ? null : Duration.between(start, end);
        }
    }

    /** The tables whose row counts are reported. */
    static final List<String> TABLES = List.of("article", "rejected_input", "quotation", "occurrence", "article_band",
            "quotation_form");

    static JobRepositoryFigures read(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "sa");
        // the job's command line generated the database's password beside it
        try {
            props.setProperty("password", io.quotewire.cli.H2FileDatabase.of(url).orElseThrow().readSecret().orElse(""));
        } catch (java.io.IOException e) {
            throw new SQLException("cannot read the database password: " + e.getMessage(), e);
        }
        try (Connection c = new org.h2.Driver().connect(url, props); Statement s = c.createStatement()) {
            String status = null;
            String exitCode = null;
            long executionId = -1;
            try (ResultSet rs = s.executeQuery(
                    "SELECT JOB_EXECUTION_ID, STATUS, EXIT_CODE FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
                if (rs.next()) {
                    executionId = rs.getLong(1);
                    status = rs.getString(2);
                    exitCode = rs.getString(3);
                }
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT,"
                    + " FILTER_COUNT, READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT, COMMIT_COUNT, STATUS"
                    + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + executionId + " ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), time(rs.getTimestamp(2)), time(rs.getTimestamp(3)), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9)));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                } catch (SQLException e) {
                    // a table this version of the schema does not have
                }
            }
            Map<String, String> duplicates = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT article_id, duplicate_of FROM article WHERE duplicate_of IS NOT NULL")) {
                while (rs.next()) {
                    duplicates.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException e) {
                // no such column
            }
            return new JobRepositoryFigures(status, exitCode, group(rows), counts, duplicates);
        }
    }

    record Row(String name, LocalDateTime start, LocalDateTime end, long read, long write, long filter, long skip,
               long commits, String status) {
    }

    /** Groups {@code name:partitionN} rows under {@code name}; the manager step's own row, when there, gives the span and counts. */
    static List<Step> group(List<Row> rows) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        for (Row r : rows) {
            int colon = r.name.indexOf(':');
            byName.computeIfAbsent(colon < 0 ? r.name : r.name.substring(0, colon), k -> new ArrayList<>()).add(r);
        }
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byName.entrySet()) {
            Row manager = null;
            List<Row> parts = new ArrayList<>();
            for (Row r : e.getValue()) {
                if (r.name.equals(e.getKey())) {
                    manager = r;
                } else {
                    parts.add(r);
                }
            }
            if (manager != null) {
                steps.add(new Step(e.getKey(), parts.size(), manager.start, manager.end, manager.read, manager.write,
                        manager.filter, manager.skip, manager.commits, manager.status));
                continue;
            }
            LocalDateTime start = null;
            LocalDateTime end = null;
            long read = 0, write = 0, filter = 0, skip = 0, commits = 0;
            String status = null;
            for (Row r : parts) {
                start = r.start == null ? start : start == null || r.start.isBefore(start) ? r.start : start;
                end = r.end == null ? end : end == null || r.end.isAfter(end) ? r.end : end;
                read += r.read;
                write += r.write;
                filter += r.filter;
                skip += r.skip;
                commits += r.commits;
                status = status == null || status.equals(r.status) ? r.status : "MIXED";
            }
            steps.add(new Step(e.getKey(), parts.size(), start, end, read, write, filter, skip, commits, status));
        }
        return steps;
    }

    /** From the first step's start to the last step's end. */
    Duration stepsSpan() {
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (Step s : steps) {
            if (s.start != null && (start == null || s.start.isBefore(start))) {
                start = s.start;
            }
            if (s.end != null && (end == null || s.end.isAfter(end))) {
                end = s.end;
            }
        }
        return start == null || end == null ? null : Duration.between(start, end);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
