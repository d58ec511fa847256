package io.quotewire.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.QuotationSummary;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The CSV files' RFC 4180 quoting: quote marks, commas and line breaks inside fields come back as they went in. */
class QuotationCsvWriterTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 12, 1);

    @TempDir
    Path tmp;

    @Test
    void quoteMarksCommasAndLineBreaksInsideFieldsParseBack() throws Exception {
        String awkward = "He called it \"a disgrace\", then,\nafter a pause,\r\nleft";
        QuotationSummary q = new QuotationSummary("Qabc", awkward, "Smith, John \"Jack\"", List.of(), List.of(),
                LocalDate.of(2026, 11, 30), 2, List.of("a/1", "a/2"),
                List.of(new Occurrence("a/1", "a/1#q1", LocalDate.of(2026, 11, 30), "Smith, John \"Jack\"",
                                "person", null),
                        new Occurrence("a/2", "a/2#q4", LocalDate.of(2026, 12, 1), "a spokesman", "person",
                                "a spokesman")));
        QuotationSummary plain = new QuotationSummary("Qdef", "Plain words.", "None", List.of(), List.of(),
                NIGHT, 1, List.of("b"), List.of(new Occurrence("b", "b#q1", NIGHT, null, "unknown", null)));
        QuotationCsvWriter writer = new QuotationCsvWriter(tmp, NIGHT);
        writer.open(new ExecutionContext());
        writer.write(Chunk.of(q, plain));   // outside a transaction the transactional writers write through
        writer.close();

        List<CSVRecord> quotations = parse(QuotationCsvWriter.quotationsFile(tmp, NIGHT));
        assertThat(quotations).hasSize(3);
        assertThat(quotations.get(0).toList()).isEqualTo(QuotationCsvWriter.QUOTATION_COLUMNS);
        assertThat(quotations.get(1).toList())
                .containsExactly("Qabc", awkward, "Smith, John \"Jack\"", "2026-11-30", "2", "2");
        assertThat(quotations.get(2).toList()).containsExactly("Qdef", "Plain words.", "None", "2026-12-01", "1", "1");

        List<CSVRecord> occurrences = parse(QuotationCsvWriter.occurrencesFile(tmp, NIGHT));
        assertThat(occurrences).hasSize(4);
        assertThat(occurrences.get(0).toList()).isEqualTo(QuotationCsvWriter.OCCURRENCE_COLUMNS);
        assertThat(occurrences.get(1).toList())
                .containsExactly("Qabc", "a/1", "a/1#q1", "2026-11-30", "Smith, John \"Jack\"", "person", "");
        assertThat(occurrences.get(2).toList())
                .containsExactly("Qabc", "a/2", "a/2#q4", "2026-12-01", "a spokesman", "person", "a spokesman");
        assertThat(occurrences.get(3).toList()).containsExactly("Qdef", "b", "b#q1", "2026-12-01", "", "unknown", "");

        // the bytes RFC 4180 prescribes: quotes doubled inside a quoted field, CRLF after every record
        assertThat(Files.readString(QuotationCsvWriter.quotationsFile(tmp, NIGHT)))
                .startsWith("quoteID,quotation,speaker,date,numOccurrences,numArticles\r\n")
                .contains("Qabc,\"He called it \"\"a disgrace\"\", then,\nafter a pause,\r\nleft\",\"Smith, John "
                        + "\"\"Jack\"\"\",2026-11-30,2,2\r\n")
                .endsWith("Qdef,Plain words.,None,2026-12-01,1,1\r\n");
    }

    private static List<CSVRecord> parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
