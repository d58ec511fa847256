package io.quotewire;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quotewire's own settings ({@code quotewire.*} in application.yml or on the command line).
 *
 * @param chunkSize    articles per transaction: a restart resumes after the last committed chunk
 * @param maxFileBytes input files larger than this are rejected, not read
 */
@ConfigurationProperties("quotewire")
public record QuotewireProperties(@DefaultValue("100") int chunkSize,
                                  @DefaultValue("10485760") long maxFileBytes) {
}
