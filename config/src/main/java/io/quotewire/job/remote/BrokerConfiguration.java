package io.quotewire.job.remote;

import io.quotewire.QuotewireProperties;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The broker of a remote night on one machine (and in the tests): Spring Boot's embedded Artemis server, in the
 * manager's process, listening at {@code quotewire.remote.broker-url} so that worker processes can connect. In
 * production the broker is an Artemis server of its own and the manager connects to it like the workers.
 */
@Configuration
@ConditionalOnProperty(name = "quotewire.remote.embedded-broker", havingValue = "true")
public class BrokerConfiguration {

    @Bean
    public ArtemisConfigurationCustomizer workerAcceptor(QuotewireProperties properties) {
        return configuration -> {
            try {
                configuration.addAcceptorConfiguration("workers", properties.remote().brokerUrl());
            } catch (Exception e) {
                throw new IllegalArgumentException("bad quotewire.remote.broker-url: " + properties.remote().brokerUrl(), e);
            }
        };
    }
}
