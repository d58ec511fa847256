package io.quotewire.writers.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run report as JSON (the records' fields, ISO dates and times), indented for people and stable for tools.
 */
public final class ReportJson {
    private final JsonMapper mapper;

    public ReportJson() {
        this(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build());
    }

    public ReportJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String render(RunReport report) {
        return mapper.writeValueAsString(report);
    }

    public RunReport read(String json) {
        return mapper.readValue(json, RunReport.class);
    }
}
