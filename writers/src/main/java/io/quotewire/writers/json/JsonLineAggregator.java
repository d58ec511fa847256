package io.quotewire.writers.json;

import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One item, one line of JSON: with {@code FlatFileItemWriter} this writes JSON Lines (Batch's own
 * {@code JsonFileItemWriter} writes a JSON array), and keeps that writer's transactional restart: on restart the
 * file is truncated to the last committed line and appended to.
 */
public class JsonLineAggregator<T> implements LineAggregator<T> {
    private final JsonMapper mapper;

    public JsonLineAggregator(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String aggregate(T item) {
        // JSON escapes line breaks inside strings, so a record is always exactly one line
        return mapper.writeValueAsString(item);
    }
}
