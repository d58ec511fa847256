package io.quotewire.job;

import io.quotewire.core.dedup.QuotationSummary;
import io.quotewire.processors.dedup.QuotationAggregator;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns the id of a quotation the run created or updated into its line of the quotations file. */
public class QuotationSummaryProcessor implements ItemProcessor<String, QuotationSummary> {
    private final QuotationAggregator aggregator;

    public QuotationSummaryProcessor(QuotationAggregator aggregator) {
        this.aggregator = Objects.requireNonNull(aggregator);
    }

    @Override
    public QuotationSummary process(String quotationId) {
        return aggregator.summarize(quotationId);
    }
}
