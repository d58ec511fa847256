package io.quotewire.processors.dates;

import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides when each quotation was said: the date the text gives for the statement ("said on Friday",
 * "told reporters Tuesday", "in a statement last week" - the first day of a week), else the publication date.
 * Plain Java; thread-safe.
 */
public class StatementDater {

    /**
     * @return the quotes with their {@code date} set, in the same order
     */
    public List<Quote> date(String body, List<Quote> quotes, List<TemporalExpression> timexes, LocalDate published) {
        return quotes;
    }
}
