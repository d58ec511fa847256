package io.quotewire.job.remote;

import io.quotewire.QuotewireProperties;
import io.quotewire.job.RunOwner;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker process (quotewire worker), in the shape of Spring Batch's remote partitioning sample: it takes partition
 * requests from the broker's queue, as many at a time as its threads, and runs each with the analyze step's own
 * worker step ({@code analyzeFiles}) against the shared job repository. It needs the input folder at the same path
 * as the manager (a shared file system across machines).
 */
@Configuration
@EnableBatchIntegration
@ConditionalOnProperty(name = "quotewire.remote.worker", havingValue = "true")
public class WorkerConfiguration {

    /**
     * The worker's connection to the broker, without prefetch (consumer window 0): by default an Artemis consumer
     * buffers a megabyte of messages, so the first worker to connect took every partition request of the night
     * while the others stayed idle. A worker now holds only the requests it is running.
     */
    @Bean
    public ActiveMQConnectionFactory workerConnectionFactory(QuotewireProperties properties) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(properties.remote().brokerUrl());
        factory.setConsumerWindowSize(0);
        return factory;
    }

    @Bean
    public PartitionLeases partitionLeases(JdbcTemplate jdbcTemplate) {
        return new PartitionLeases(jdbcTemplate);
    }

    @Bean
    public PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository,
                                                           @Qualifier("analyzeWorkerStep") Step analyzeWorkerStep,
                                                           PartitionLeases partitionLeases,
                                                           QuotewireProperties properties) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        // a manager of another version could name another step: it gets no step rather than the wrong one
        handler.setStepLocator(stepName -> analyzeWorkerStep.getName().equals(stepName) ? analyzeWorkerStep : null);
        RunOwner me = RunOwner.current();
        return new PartitionRequestHandler(handler, jobRepository, partitionLeases, me.host() + " pid " + me.pid(),
                properties.remote().heartbeat());
    }

    /** Requests coming from the manager, one consumer per thread of this worker. */
    @Bean
    public IntegrationFlow partitionRequestsFromBroker(ActiveMQConnectionFactory connectionFactory,
                                                       PartitionRequestHandler partitionRequestHandler,
                                                       QuotewireProperties properties) {
        int threads = properties.threads() > 0 ? properties.threads() : Runtime.getRuntime().availableProcessors();
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                        .destination(properties.remote().queue())
                        .jmsMessageConverter(new StepExecutionRequestConverter())
                        .configureListenerContainer(c -> c.concurrentConsumers(threads).maxConcurrentConsumers(threads)))
                .handle(partitionRequestHandler, "handle")
                .get();
    }
}
