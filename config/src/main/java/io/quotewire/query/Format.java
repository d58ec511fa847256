package io.quotewire.query;

/** How a query command prints its answer. */
public enum Format {
    /** Aligned columns cut to the terminal's width, for people. */
    table,
    /** One JSON object a line, with the output files' field names. */
    jsonl,
    /** RFC 4180, with a header line. */
    csv
}
