package io.quotewire.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.quotewire.report.RunReportCollector;
import io.quotewire.writers.metrics.PrometheusTextfile;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.BatchObservabilityBeanPostProcessor;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's Micrometer metrics (spring.batch.job, .step, .item.read, .item.process, .chunk.write): Batch
 * records them through an ObservationRegistry once one is set on its jobs and steps, which the bean post-processor
 * does. A registry of another kind (JMX, Prometheus) can replace the simple one by defining a MeterRegistry bean.
 *
 * <p>Off by default ({@code quotewire.metrics.batch-observations=true} turns them on): the per-item timers cost
 * 11-14 % of the analyze step's CPU, while the job repository already keeps every step's counts and times.
 */
@Configuration
public class MetricsConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsConfiguration.class);

    /** The run's figures for a scheduler, when {@code quotewire.metrics.prometheus-file} names the file. */
    @Bean
    @ConditionalOnProperty(name = "quotewire.metrics.prometheus-file")
    public PrometheusTextfileListener prometheusTextfileListener(RunReportCollector runReportCollector,
                                                                 @Value("${quotewire.metrics.prometheus-file}") String file) {
        return new PrometheusTextfileListener(runReportCollector, new PrometheusTextfile(Path.of(file)));
    }

    @Bean
    @ConditionalOnMissingBean
    public MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "quotewire.metrics.batch-observations", havingValue = "true")
    public ObservationRegistry observationRegistry(MeterRegistry meterRegistry) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
        return registry;
    }

    @Bean
    @ConditionalOnProperty(name = "quotewire.metrics.batch-observations", havingValue = "true")
    public static BatchObservabilityBeanPostProcessor batchObservabilityBeanPostProcessor() {
        return new BatchObservabilityBeanPostProcessor();
    }

    /** The value of the timer's tag whose key ends with {@code suffix} (Batch prefixes tag keys with the metric name). */
    private static String tag(Timer timer, String suffix) {
        return timer.getId().getTags().stream().filter(t -> t.getKey().endsWith(suffix)).map(t -> t.getValue())
                .findFirst().orElse("-");
    }

    /** At the end of a run, the batch timers in one log line each: how long reading, processing, writing took. */
    @Bean
    public JobExecutionListener batchMetricsLogger(MeterRegistry meterRegistry) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution jobExecution) {
                meterRegistry.getMeters().stream()
                        .filter(m -> m instanceof Timer && m.getId().getName().startsWith("spring.batch."))
                        .map(m -> (Timer) m)
                        .sorted(Comparator.comparing((Timer t) -> t.getId().getName()).thenComparing(t -> tag(t, ".step.name")))
                        .forEach(t -> LOG.info("metric {} step={} status={}: count {}, total {} ms, mean {} ms",
                                t.getId().getName(), tag(t, ".step.name"), tag(t, ".status"), t.count(),
                                Math.round(t.totalTime(TimeUnit.MILLISECONDS)),
                                String.format(java.util.Locale.ROOT, "%.3f", t.mean(TimeUnit.MILLISECONDS))));
            }
        };
    }
}
