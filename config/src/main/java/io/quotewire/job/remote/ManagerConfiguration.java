package io.quotewire.job.remote;

import io.quotewire.QuotewireProperties;
import io.quotewire.job.ArticleFilePartitioner;
import io.quotewire.job.JobExecutionResync;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The manager of a remote night (quotewire run --remote-workers), in the shape of Spring Batch's remote partitioning
 * sample (polling): the analyze step splits the input folder as the local one does, sends one request per partition
 * to the broker's queue, and polls the job repository (the shared database) until every partition has ended. The
 * cross-article and export steps then run here, as in a local night, so the outputs do not depend on the workers.
 */
@Configuration
@EnableBatchIntegration
@ConditionalOnProperty(name = "quotewire.remote.manager", havingValue = "true")
public class ManagerConfiguration {
    private final RemotePartitioningManagerStepBuilderFactory managerStepBuilderFactory;

    public ManagerConfiguration(RemotePartitioningManagerStepBuilderFactory managerStepBuilderFactory) {
        this.managerStepBuilderFactory = managerStepBuilderFactory;
    }

    /** Partition requests going to the workers. */
    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(ConnectionFactory connectionFactory, QuotewireProperties properties) {
        return IntegrationFlow.from(partitionRequests())
                .handle(Jms.outboundAdapter(connectionFactory).destination(properties.remote().queue())
                        .configureJmsTemplate(t -> t.jmsMessageConverter(new StepExecutionRequestConverter())))
                .get();
    }

    @Bean
    public PartitionLeases partitionLeases(org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        return new PartitionLeases(jdbcTemplate);
    }

    /** The analyze step of a remote night: same partitions as a local one, run by the workers. */
    @Bean
    public Step analyzeStep(JobRepository jobRepository, ArticleFilePartitioner articleFilePartitioner,
                            PartitionLeases partitionLeases, QuotewireProperties properties, Clock clock) {
        QuotewireProperties.Remote remote = properties.remote();
        PartitionLeaseWatcher watcher = new PartitionLeaseWatcher(jobRepository, partitionLeases, "analyzeFiles",
                remote.poll(), remote.lease(), remote.timeout(), clock);
        return managerStepBuilderFactory.get("analyze")
                .partitioner("analyzeFiles", articleFilePartitioner)
                .outputChannel(partitionRequests())
                .pollInterval(remote.poll().toMillis())
                // a backstop only: the watcher fails what is left at the timeout, and the poll then ends
                .timeout(remote.timeout().plus(remote.lease()).multipliedBy(2).toMillis())
                .listener(new JobExecutionResync(jobRepository))
                .listener(watcher)
                .build();
    }
}
