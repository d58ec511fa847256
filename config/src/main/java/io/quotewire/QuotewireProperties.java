package io.quotewire;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quotewire's own settings ({@code quotewire.*} in application.yml or on the command line).
 *
 * @param chunkSize    articles per transaction: a restart resumes after the last committed chunk
 * @param maxFileBytes input files larger than this are rejected, not read
 * @param dedup        near-duplicate detection
 * @param schedule     the nightly run of {@code quotewire schedule}
 * @param threads      threads (and partitions) of the per-article step when a run does not say; 0: the machine's cores
 * @param articleTimeBudget how long the analysis of one article may take before it is given up and the article
 *                     rejected as {@code TOO_SLOW}; 0 or negative: no limit
 * @param maxQuotesPerArticle an article with more quotations is rejected as {@code TOO_MANY_QUOTES}: the
 *                     cross-article step looks each one up (a megabyte of repeated quotes gave 30,000)
 * @param remote       remote partitioning of the per-article step over a message broker
 */
@ConfigurationProperties("quotewire")
public record QuotewireProperties(@DefaultValue("100") int chunkSize,
                                  @DefaultValue("10485760") long maxFileBytes,
                                  @DefaultValue Dedup dedup,
                                  @DefaultValue Schedule schedule,
                                  @DefaultValue("0") int threads,
                                  @DefaultValue("5s") Duration articleTimeBudget,
                                  @DefaultValue("5000") int maxQuotesPerArticle,
                                  @DefaultValue Remote remote) {

    /**
     * @param cron   when the nightly run fires (Spring cron: second minute hour day month weekday)
     * @param zone   the zone of the cron expression and of the night's date
     * @param input  the night's input folder; {runDate} is replaced by the night's date
     * @param output the night's output folder; {runDate} is replaced too
     */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("UTC") String zone,
                           @DefaultValue("/data/incoming/{runDate}") String input,
                           @DefaultValue("out") String output) {
    }

    /**
     * @param similarity minimum Jaccard similarity of word shingles for two articles to be near duplicates
     * @param windowDays how many days apart near duplicates may be published (wire templates recur for other events)
     * @param containment share of a later article's shingles inside an earlier one that makes it a (trimmed) copy;
     *                   0 turns the rule off
     */
    public record Dedup(@DefaultValue("0.8") double similarity, @DefaultValue("2") int windowDays,
                        @DefaultValue("0.9") double containment, @DefaultValue("16") int maxCandidates) {
    }

    /**
     * @param manager        this process's analyze step sends its partitions to workers over the broker
     * @param worker         this process is a worker: it runs the partitions it receives (quotewire worker)
     * @param brokerUrl      the Artemis broker's URL, for the manager and the workers
     * @param embeddedBroker the manager starts the broker itself, listening at brokerUrl (one machine, tests)
     * @param queue          the queue of partition requests
     * @param partitions     partitions of a remote run when run does not give --partitions
     * @param poll           how often the manager looks at its partitions in the job repository
     * @param heartbeat      how often a worker renews the lease of the partition it runs
     * @param lease          a partition whose lease is this old has lost its worker: the manager fails it
     * @param timeout        the manager fails the partitions still unfinished after this long (never waits forever)
     */
    public record Remote(@DefaultValue("false") boolean manager, @DefaultValue("false") boolean worker,
                         @DefaultValue("tcp://127.0.0.1:61616") String brokerUrl,
                         @DefaultValue("false") boolean embeddedBroker,
                         @DefaultValue("quotewire.analyze") String queue, @DefaultValue("8") int partitions,
                         @DefaultValue("1s") Duration poll, @DefaultValue("5s") Duration heartbeat,
                         @DefaultValue("30s") Duration lease, @DefaultValue("12h") Duration timeout) {
    }
}
