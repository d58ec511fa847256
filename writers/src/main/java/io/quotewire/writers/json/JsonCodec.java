package io.quotewire.writers.json;

import io.quotewire.core.Quote;
import io.quotewire.core.TemporalExpression;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON forms of quotes and temporal expressions kept in the article table. */
public class JsonCodec {
    private static final TypeReference<List<QuoteJson>> QUOTES = new TypeReference<>() { };
    private static final TypeReference<List<TimexJson>> TIMEXES = new TypeReference<>() { };

    private final JsonMapper mapper;

    public JsonCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public String quotesToJson(List<Quote> quotes) {
        return mapper.writeValueAsString(quotes.stream().map(QuoteJson::of).toList());
    }

    public List<QuoteJson> quoteJson(String json) {
        return mapper.readValue(json, QUOTES);
    }

    public List<Quote> quotes(String json) {
        return quoteJson(json).stream().map(QuoteJson::toQuote).toList();
    }

    public String timexesToJson(List<TemporalExpression> timexes) {
        return mapper.writeValueAsString(timexes.stream().map(TimexJson::of).toList());
    }

    public List<TimexJson> timexJson(String json) {
        return mapper.readValue(json, TIMEXES);
    }
}
