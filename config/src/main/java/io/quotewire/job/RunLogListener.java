package io.quotewire.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Says at the start of each run which input, output and database it uses: the first thing asked at 3 a.m. */
public class RunLogListener implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunLogListener.class);

    private final String databaseUrl;

    public RunLogListener(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void beforeJob(JobExecution e) {
        LOG.info("execution {} (instance {}): input {}, run date {}, output {}, database {}", e.getId(),
                e.getJobInstance().getInstanceId(), e.getJobParameters().getString(JobParameterNames.INPUT),
                e.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE),
                e.getJobParameters().getString(JobParameterNames.OUTPUT), databaseUrl);
    }

    /** True when a completed run's analyze step found no file at all (no article, no rejection). */
    public static boolean foundNothing(JobExecution e) {
        return e.getStepExecutions().stream().anyMatch(s -> s.getStepName().equals("analyze"))
                && e.getStepExecutions().stream().filter(s -> s.getStepName().equals("analyze"))
                        .allMatch(s -> s.getReadCount() == 0);
    }
}
