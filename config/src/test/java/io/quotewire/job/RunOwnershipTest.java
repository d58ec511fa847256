package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotewire.QuotewireApplication;
import io.quotewire.TestArticles;
import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import io.quotewire.cli.JobControl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An execution marked STARTED is taken over by {@code restart} only when its recorded owner is a dead process on
 * this host; a live owner, or one on another host, is refused.
 */
@SpringBootTest(classes = QuotewireApplication.class)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RunOwnershipTest {
    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job quoteJob;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private JobControl control() {
        return new JobControl(jobOperator, jobRepository, quoteJob, jdbc, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** What a process killed in the middle of a run leaves behind: an execution STARTED, with its owner. */
    private JobExecution leftStarted(String host, long pid) throws Exception {
        Path input = tmp.resolve("in");
        TestArticles.writeFolder(input, 5);
        JobParameters parameters = JobControl.parameters(input, tmp.resolve("out"), LocalDate.of(2020, 1, 6));
        JobInstance instance = jobRepository.createJobInstance(QuoteJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        jdbc.update("INSERT INTO run_owner (job_execution_id, host, pid, started_at) VALUES (?, ?, ?, ?)",
                execution.getId(), host, pid, Timestamp.from(Instant.now()));
        return execution;
    }

    @Test
    void aLiveOwnerIsNeverTakenOver() throws Exception {
        JobExecution execution = leftStarted(RunOwner.current().host(), ProcessHandle.current().pid());
        assertThatThrownBy(() -> control().restart(execution.getId()))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("is running in live process " + ProcessHandle.current().pid())
                .satisfies(e -> assertThat(((CommandException) e).exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING));
        assertThatThrownBy(() -> control().restart(null)).isInstanceOf(CommandException.class);
        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    @Test
    void anOwnerOnAnotherHostIsNotJudgedFromHere() throws Exception {
        JobExecution execution = leftStarted("some-other-host.example", 4242);
        assertThatThrownBy(() -> control().restart(execution.getId()))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("on host some-other-host.example");
        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    @Test
    void aDeadOwnersExecutionIsRecoveredAndResumed() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        JobExecution execution = leftStarted(RunOwner.current().host(), gone.pid());

        int code = control().restart(null);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("by a process that is gone (pid " + gone.pid() + ")");
        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        assertThat(last.getId()).isNotEqualTo(execution.getId());
        assertThat(last.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }
}
