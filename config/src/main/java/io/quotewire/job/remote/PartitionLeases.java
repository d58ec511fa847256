package io.quotewire.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which worker process runs which partition of the analyze step, and how long ago it last said it was alive (table
 * {@code partition_worker}). Ages are measured on the database's clock, which every process shares, so the clocks
 * of the machines need not agree.
 */
public class PartitionLeases {
    private final JdbcTemplate jdbc;

    public PartitionLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker's claim on a partition: its owner (host and pid) and the time since its last heartbeat. */
    public record Lease(long stepExecutionId, String owner, Duration age) {
    }

    /** The worker {@code owner} starts the partition: its lease begins now (a stale one of an earlier try goes). */
    public void take(long stepExecutionId, String owner) {
        jdbc.update("DELETE FROM partition_worker WHERE step_execution_id = ?", stepExecutionId);
        jdbc.update("INSERT INTO partition_worker (step_execution_id, owner, heartbeat_at) VALUES (?, ?, LOCALTIMESTAMP)",
                stepExecutionId, owner);
    }

    /** The worker is alive and still on the partition. */
    public void renew(long stepExecutionId) {
        jdbc.update("UPDATE partition_worker SET heartbeat_at = LOCALTIMESTAMP WHERE step_execution_id = ?", stepExecutionId);
    }

    /** The partition has ended (whichever way): nobody holds it any more. */
    public void release(long stepExecutionId) {
        jdbc.update("DELETE FROM partition_worker WHERE step_execution_id = ?", stepExecutionId);
    }

    /** The leases of these partitions, by step execution id; a partition nobody has taken is absent. */
    public Map<Long, Lease> of(Collection<Long> stepExecutionIds) {
        Map<Long, Lease> leases = new HashMap<>();
        if (stepExecutionIds.isEmpty()) {
            return leases;
        }
        String ids = stepExecutionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query("SELECT step_execution_id, owner, heartbeat_at, LOCALTIMESTAMP AS db_now FROM partition_worker"
                + " WHERE step_execution_id IN (" + ids + ")", rs -> {
                    LocalDateTime beat = rs.getObject("heartbeat_at", LocalDateTime.class);
                    LocalDateTime now = rs.getObject("db_now", LocalDateTime.class);
                    long id = rs.getLong("step_execution_id");
                    leases.put(id, new Lease(id, rs.getString("owner"), Duration.between(beat, now)));
                });
        return leases;
    }
}
