-- Remote partitioning: the worker process running a partition of the analyze step, and when it last said it was
-- alive. The manager reads it to tell a dead worker (SIGKILL, lost machine) from a slow one, marks that partition
-- FAILED, and a restart runs only the partitions that did not complete. Times are the database's own clock, so the
-- clocks of the machines do not matter.
CREATE TABLE partition_worker (
    step_execution_id BIGINT       PRIMARY KEY,
    owner             VARCHAR(300) NOT NULL,   -- host and pid of the worker process
    heartbeat_at      TIMESTAMP    NOT NULL
);
