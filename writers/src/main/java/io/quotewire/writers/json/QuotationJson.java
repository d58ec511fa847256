package io.quotewire.writers.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One line of {@code quotations-<runDate>.jsonl}, with Quotebank's field names where they apply. */
public record QuotationJson(@JsonProperty("quoteID") String quoteID, String quotation, String speaker,
                            List<List<Object>> probas, List<String> qids, String date, int numOccurrences,
                            List<String> articleIds, List<OccurrenceJson> occurrences) {
}
