package io.quotewire.metrics;

import io.quotewire.report.RunReportCollector;
import io.quotewire.writers.metrics.PrometheusTextfile;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * At the end of every job execution, the run's figures in the Prometheus text format, for node_exporter's textfile
 * collector (or any scheduler that reads that format). A file that cannot be written is logged, never fatal.
 */
public class PrometheusTextfileListener implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusTextfileListener.class);

    private final RunReportCollector collector;
    private final PrometheusTextfile textfile;

    public PrometheusTextfileListener(RunReportCollector collector, PrometheusTextfile textfile) {
        this.collector = Objects.requireNonNull(collector);
        this.textfile = Objects.requireNonNull(textfile);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        try {
            textfile.write(collector.collect(jobExecution));
        } catch (Exception e) {
            LOG.warn("the Prometheus metrics file could not be written: {}", io.quotewire.cli.FailureMessage.inWords(e), e);
        }
    }
}
