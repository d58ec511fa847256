package io.quotewire.job;

import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.QuotationSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.core.io.FileSystemResource;

/**
 * The night's quotations as two CSV files for pandas, R or DuckDB: {@code quotations-<runDate>.csv}, one row per
 * quotation, and {@code occurrences-<runDate>.csv}, one row per occurrence (the quotations file's nested lists,
 * flattened). RFC 4180: CRLF line ends, fields with a comma, a quote or a line break quoted, quotes doubled.
 */
public class QuotationCsvWriter implements ItemStreamWriter<QuotationSummary> {
    /** RFC 4180 as Commons CSV has it (minimal quoting, CRLF), a null written as an empty field. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    public static final List<String> QUOTATION_COLUMNS = List.of("quoteID", "quotation", "speaker", "date",
            "numOccurrences", "numArticles");
    public static final List<String> OCCURRENCE_COLUMNS = List.of("quoteID", "articleId", "quoteId", "date",
            "speaker", "speakerType", "speakerDescription");

    private final FlatFileItemWriter<QuotationSummary> quotations;
    private final FlatFileItemWriter<Row> occurrenceRows;

    /** The quotation each occurrence row belongs to: the occurrence record does not carry it. */
    private record Row(String quoteID, Occurrence occurrence) {
    }

    public QuotationCsvWriter(Path output, LocalDate runDate) {
        this.quotations = csv("quotationCsvWriter", quotationsFile(output, runDate), QUOTATION_COLUMNS,
                q -> FORMAT.format(q.quoteID(), q.quotation(), q.speaker(), q.date(), q.numOccurrences(),
                        q.articleIds().size()));
        this.occurrenceRows = csv("occurrenceCsvWriter", occurrencesFile(output, runDate), OCCURRENCE_COLUMNS,
                r -> FORMAT.format(r.quoteID(), r.occurrence().articleId(), r.occurrence().quoteId(),
                        r.occurrence().date(), r.occurrence().speaker(), r.occurrence().speakerType(),
                        r.occurrence().speakerDescription()));
    }

    public static Path quotationsFile(Path output, LocalDate runDate) {
        return output.resolve("quotations-" + runDate + ".csv");
    }

    public static Path occurrencesFile(Path output, LocalDate runDate) {
        return output.resolve("occurrences-" + runDate + ".csv");
    }

    private static <T> FlatFileItemWriter<T> csv(String name, Path file, List<String> columns,
                                                 java.util.function.Function<T, String> line) {
        // transactional like the JSON Lines writers: rows reach the file at commit
        return new FlatFileItemWriterBuilder<T>()
                .name(name)
                .resource(new FileSystemResource(file))
                .encoding(StandardCharsets.UTF_8.name())
                .lineSeparator(FORMAT.getRecordSeparator())
                .headerCallback(w -> w.write(FORMAT.format(columns.toArray())))
                .lineAggregator(line::apply)
                .shouldDeleteIfExists(true)
                .transactional(true)
                .build();
    }

    @Override
    public void write(Chunk<? extends QuotationSummary> chunk) throws Exception {
        quotations.write(chunk);
        Chunk<Row> rows = new Chunk<>();
        for (QuotationSummary q : chunk) {
            q.occurrences().forEach(o -> rows.add(new Row(q.quoteID(), o)));
        }
        occurrenceRows.write(rows);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        quotations.open(executionContext);
        occurrenceRows.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        quotations.update(executionContext);
        occurrenceRows.update(executionContext);
    }

    @Override
    public void close() {
        quotations.close();
        occurrenceRows.close();
    }
}
