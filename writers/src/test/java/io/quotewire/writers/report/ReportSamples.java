package io.quotewire.writers.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Reports for the renderer tests: a busy run with hostile names, and an empty one. */
final class ReportSamples {
    static final String HOSTILE_SPEAKER = "<script>alert(\"x\")</script> & O'Brien";
    /** A quotation that would end the script element and run code if it were pasted into the page unescaped. */
    static final String HOSTILE_QUOTATION = "</script><img src=x onerror=alert(1)>";
    /** HTML comment start, a JavaScript line separator and an accent, all from "articles". */
    static final String TRICKY_QUOTATION = "José & the <!-- council --> will vote\u2028again next week";

    /** The busy night's quotations, most occurrences first, five of the 2,000 the run touched (cap 5). */
    static final List<RunReport.QuotationLine> QUOTATIONS = List.of(
            quotation("q1", "The ferry timetable for the winter is not ready.", "Maria Lopez", 12, "a0001", "a0002"),
            quotation("q2", HOSTILE_QUOTATION, HOSTILE_SPEAKER, 9, "<a0003>"),
            quotation("q3", TRICKY_QUOTATION, "John Carter", 7, "a0004"),
            quotation("q4", "Parking fees go up in March.", "Maria Lopez", 3, "a0005"),
            quotation("q5", "The harbour stays open all winter.", "John Carter", 1, "a0006"));

    private ReportSamples() {
    }

    static RunReport busy() {
        LocalDateTime start = LocalDateTime.of(2020, 1, 6, 3, 0, 0);
        RunReport.Run run = new RunReport.Run("quoteJob", 7, 12, false, "COMPLETED", "COMPLETED", "",
                "/data/in <a>", "/data/out", LocalDate.of(2020, 1, 6), start, start.plusSeconds(75), 75_000);
        List<RunReport.StepFigures> steps = List.of(
                step("analyze", start, 1_234_567, 1_230_000, 4_567, 0, 12_346, 0, 41_000),
                step("deduplicate", start.plusSeconds(41), 1_230_000, 1_230_000, 0, 0, 12_300, 0, 20_000),
                step("exportArticles", start.plusSeconds(61), 1_230_000, 1_230_000, 0, 0, 12_300, 0, 9_000),
                step("exportQuotations", start.plusSeconds(70), 2_000, 2_000, 0, 0, 20, 0, 4_500),
                step("exportRejections", start.plusSeconds(74), 4_567, 4_567, 0, 0, 46, 1, 500));
        return new RunReport(run, steps, new RunReport.Articles(1_230_000, 4_567, 310),
                new RunReport.Quotations(1_500, 500, 2_600, 3),
                List.of(new RunReport.Count("NO_DATE", 4_000), new RunReport.Count("BINARY", 500),
                        new RunReport.Count("EMPTY", 67)),
                List.of(new RunReport.Duplicate("a0010", "a0009"), new RunReport.Duplicate("<b>x</b>", "a0001")),
                List.of(new RunReport.SpeakerCount(HOSTILE_SPEAKER, 1_200, 800),
                        new RunReport.SpeakerCount("Maria Lopez", 900, 600),
                        new RunReport.SpeakerCount("John Carter", 500, 100)),
                List.of(day(2020, 1, 2, 400), day(2020, 1, 3, 900), day(2020, 1, 4, 300), day(2020, 1, 5, 1_000),
                        day(2020, 1, 6, 0)),
                Instant.parse("2020-01-06T03:01:15Z"),
                new RunReport.NightData(2_000, 5, QUOTATIONS, List.of(
                        new RunReport.SpeakerDays(HOSTILE_SPEAKER, List.of(day(2020, 1, 5, 1))),
                        new RunReport.SpeakerDays("Maria Lopez", List.of(day(2020, 1, 2, 2), day(2020, 1, 5, 1))),
                        new RunReport.SpeakerDays("John Carter", List.of(day(2020, 1, 3, 1))))));
    }

    static RunReport empty() {
        LocalDateTime start = LocalDateTime.of(2020, 1, 6, 3, 0, 0);
        RunReport.Run run = new RunReport.Run("quoteJob", 1, 1, false, "FAILED", "FAILED",
                "input folder </in> & gone", "/in", "/out",
                LocalDate.of(2020, 1, 6), start, start, 0);
        return new RunReport(run, List.of(), new RunReport.Articles(0, 0, 0), new RunReport.Quotations(0, 0, 0, 0),
                List.of(), List.of(), List.of(), List.of(), Instant.parse("2020-01-06T03:00:00Z"));
    }

    static RunReport.StepFigures step(String name, LocalDateTime start, long read, long written, long filtered,
                                      long skipped, long commits, long rollbacks, long millis) {
        return new RunReport.StepFigures(name, "COMPLETED", read, written, filtered, skipped, commits, rollbacks, start,
                start.plusNanos(millis * 1_000_000), millis);
    }

    static RunReport.QuotationLine quotation(String id, String text, String speaker, long occurrences,
                                             String... articleIds) {
        return new RunReport.QuotationLine(id, text, speaker, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 5),
                occurrences, articleIds.length + 1L, List.of(articleIds));
    }

    static RunReport.DayCount day(int y, int m, int d, long n) {
        return new RunReport.DayCount(LocalDate.of(y, m, d), n);
    }
}
