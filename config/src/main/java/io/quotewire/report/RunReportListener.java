package io.quotewire.report;

import io.quotewire.writers.report.ReportFiles;
import io.quotewire.writers.report.ReportText;
import io.quotewire.writers.report.RunReport;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * At the end of every job execution (completed, failed or stopped): logs the summary table and writes
 * {@code report-<runDate>.json} and {@code .html} into the run's output folder. A report that cannot be made is
 * logged and nothing more: the run's outcome never depends on its report.
 */
public class RunReportListener implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunReportListener.class);

    private final RunReportCollector collector;
    private final ReportFiles files;

    public RunReportListener(RunReportCollector collector, ReportFiles files) {
        this.collector = collector;
        this.files = files;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        try {
            RunReport report = collector.collect(jobExecution);
            LOG.info("run summary\n{}", ReportText.render(report).stripTrailing());
            String output = report.run().output();
            if (output.isEmpty()) {
                LOG.warn("no output folder among the job parameters: the run report is only logged");
                return;
            }
            List<Path> written = files.write(report, Path.of(output));
            LOG.info("run report: {} and {}", written.get(0), written.get(1));
        } catch (Exception | LinkageError e) {
            // LinkageError too: a broken classpath in the report must not turn a completed run into a failed one
            LOG.warn("the run report of execution {} could not be made: {}", jobExecution.getId(),
                    io.quotewire.cli.FailureMessage.inWords(e), e);
        }
    }
}
