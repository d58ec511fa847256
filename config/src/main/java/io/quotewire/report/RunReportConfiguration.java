package io.quotewire.report;

import io.quotewire.writers.report.ReportFiles;
import io.quotewire.writers.report.ReportJson;
import java.time.Clock;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The end-of-run report: the quote job picks the listener up with every other JobExecutionListener bean. */
@Configuration
public class RunReportConfiguration {

    @Bean
    public NightDataCollector nightDataCollector(JdbcTemplate jdbcTemplate) {
        return new NightDataCollector(jdbcTemplate, NightDataCollector.DEFAULT_CAP);
    }

    @Bean
    public RunReportCollector runReportCollector(JdbcTemplate jdbcTemplate, JobRepository jobRepository, Clock clock,
                                                 NightDataCollector nightDataCollector) {
        return new RunReportCollector(jdbcTemplate, jobRepository, clock, nightDataCollector);
    }

    @Bean
    public RunReportListener runReportListener(RunReportCollector runReportCollector) {
        return new RunReportListener(runReportCollector, new ReportFiles(new ReportJson()));
    }
}
