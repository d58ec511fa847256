package io.quotewire.writers.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one job execution did, for a person reading it the next morning: the run, its steps, the articles and
 * quotations it produced, and the distributions worth a chart. Plain values, rendered to JSON, HTML and a text
 * table by {@link ReportJson}, {@link ReportHtml} and {@link ReportText}.
 *
 * @param run             the execution and its outcome
 * @param steps           the steps this execution ran, in execution order
 * @param articles        article figures of the run (its job instance)
 * @param quotations      quotation figures of the run
 * @param rejectsByReason rejected input files per reason, most frequent first
 * @param duplicates      the duplicate articles of the run (a bounded sample: see {@link Articles#duplicates()} for
 *                        the count)
 * @param topSpeakers     the speakers quoted most often in the run's articles, most quoted first
 * @param quotesPerDay    occurrences per statement date, in date order
 * @param generatedAt     when the report was made
 * @param data            the data part: the night's quotations themselves (a bounded share of them)
 */
public record RunReport(Run run, List<StepFigures> steps, Articles articles, Quotations quotations,
                        List<Count> rejectsByReason, List<Duplicate> duplicates, List<SpeakerCount> topSpeakers,
                        List<DayCount> quotesPerDay, Instant generatedAt, NightData data) {

    public RunReport {
        steps = copy(steps);
        rejectsByReason = copy(rejectsByReason);
        duplicates = copy(duplicates);
        topSpeakers = copy(topSpeakers);
        quotesPerDay = copy(quotesPerDay);
        data = data == null ? NightData.NONE : data;
    }

    /** A report without its data part (a run that produced no quotation, or a report made without the tables). */
    public RunReport(Run run, List<StepFigures> steps, Articles articles, Quotations quotations,
                     List<Count> rejectsByReason, List<Duplicate> duplicates, List<SpeakerCount> topSpeakers,
                     List<DayCount> quotesPerDay, Instant generatedAt) {
        this(run, steps, articles, quotations, rejectsByReason, duplicates, topSpeakers, quotesPerDay, generatedAt,
                NightData.NONE);
    }

    /**
     * @param exitMessage the exit description (the failure of a failed run), possibly shortened; empty if none
     * @param restart     true when this execution resumed an earlier one of the same instance (its steps then
     *                    only count what was left to do)
     */
    public record Run(String job, long instanceId, long executionId, boolean restart, String status, String exitCode,
                      String exitMessage, String input, String output, LocalDate runDate, LocalDateTime start,
                      LocalDateTime end, long durationMillis) {
        public Run {
            status = status == null ? "UNKNOWN" : status;
            exitCode = exitCode == null ? "" : exitCode;
            exitMessage = exitMessage == null ? "" : exitMessage;
            input = input == null ? "" : input;
            output = output == null ? "" : output;
        }
    }

    /** The counts and timing of one step execution, as Spring Batch recorded them. */
    public record StepFigures(String name, String status, long read, long written, long filtered, long skipped,
                              long commits, long rollbacks, LocalDateTime start, LocalDateTime end,
                              long durationMillis) {
    }

    /**
     * @param read       articles of the run stored in the database (usable files, duplicates included)
     * @param rejected   input files rejected by the run
     * @param duplicates articles found to copy an earlier one
     */
    public record Articles(long read, long rejected, long duplicates) {
        /** Articles whose quotes count: the ones that are not duplicates. */
        public long originals() {
            return read - duplicates;
        }
    }

    /**
     * @param created     quotations the run created: updated by it, and quoted by no article of another run
     * @param updated     quotations that existed before and that the run added occurrences to
     * @param occurrences occurrences in the run's articles
     * @param speakers    distinct named speakers of those occurrences
     */
    public record Quotations(long created, long updated, long occurrences, long speakers) {
        /** Quotations created or updated by the run: the lines of the quotations file. */
        public long total() {
            return created + updated;
        }
    }

    /** A count under a label (a rejection reason, for one). */
    public record Count(String label, long count) {
    }

    /** An article of the run that copies an earlier article. */
    public record Duplicate(String articleId, String duplicateOf) {
    }

    /** How often a speaker is quoted in the run's articles, and in how many distinct quotations. */
    public record SpeakerCount(String speaker, long occurrences, long quotations) {
    }

    /** Occurrences whose statement date is the day. */
    public record DayCount(LocalDate day, long occurrences) {
    }

    /**
     * The night's quotations for the data team: the ones the run created or updated, most occurrences first, at most
     * {@code cap} of them so that the page stays a few megabytes on a night of 100,000 articles.
     *
     * @param total       quotations the run created or updated (all of them, beyond the cap too)
     * @param cap         the most quotations the report holds
     * @param quotations  the run's quotations with the most occurrences (all-time counts), at most {@code cap}
     * @param speakerDays for each of the run's most quoted speakers: distinct quotations per statement date in the
     *                    run's articles, in date order
     */
    public record NightData(long total, int cap, List<QuotationLine> quotations, List<SpeakerDays> speakerDays) {
        public static final NightData NONE = new NightData(0, 0, List.of(), List.of());

        public NightData {
            quotations = copy(quotations);
            speakerDays = copy(speakerDays);
        }

        /** True when the night had more quotations than the report holds. */
        public boolean capped() {
            return total > quotations.size();
        }
    }

    /**
     * One quotation of the night.
     *
     * @param text        the quotation, possibly shortened (see the collector's limit)
     * @param occurrences occurrences over every run (the quotation's count)
     * @param articles    articles quoting it, over every run
     * @param articleIds  the first of those articles by id (a bounded sample: see {@code articles} for the count)
     */
    public record QuotationLine(String id, String text, String speaker, LocalDate firstDate, LocalDate lastDate,
                                long occurrences, long articles, List<String> articleIds) {
        public QuotationLine {
            text = text == null ? "" : text;
            speaker = speaker == null ? "" : speaker;
            articleIds = copy(articleIds);
        }
    }

    /** A speaker's distinct quotations per statement date (occurrences of the run's articles). */
    public record SpeakerDays(String speaker, List<DayCount> days) {
        public SpeakerDays {
            days = copy(days);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
