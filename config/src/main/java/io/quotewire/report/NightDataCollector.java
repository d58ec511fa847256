package io.quotewire.report;

import io.quotewire.writers.report.Format;
import io.quotewire.writers.report.RunReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data part of the run report: the quotations a job instance created or updated, gathered by a few queries
 * whose results are bounded by the cap, never by the size of the night or of the history.
 *
 * <ul>
 *   <li>the quotations: the instance's rows of {@code quotation} (index {@code quotation_updated}), sorted by
 *   occurrences in the database and cut there ({@code FETCH FIRST cap});</li>
 *   <li>their article ids: one pass over {@code occurrence} by {@code occurrence_quotation} for exactly those
 *   quotations, in batches of ids, keeping the first {@link #ARTICLE_IDS} of each;</li>
 *   <li>the chart: distinct quotations per statement date of the run's most quoted speakers, grouped in the
 *   database (a few speakers times the dates they were quoted on).</li>
 * </ul>
 */
public class NightDataCollector {
    /** The most quotations the page holds: 5,000 keep a page of a 100,000-article night at a few megabytes. */
    public static final int DEFAULT_CAP = 5_000;
    /** Article ids listed per quotation (all are counted). */
    static final int ARTICLE_IDS = 10;
    /** Longer quotations are shortened on the page (the quotations file has them whole). */
    static final int MAX_TEXT = 2_000;
    /** Speakers in the per-day chart. */
    static final int CHART_SPEAKERS = 5;
    /** Quotation ids per article-id query: a bounded IN list, each id an index look-up. */
    private static final int ID_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final int cap;

    public NightDataCollector(JdbcTemplate jdbc, int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative: " + cap);
        }
        this.jdbc = jdbc;
        this.cap = cap;
    }

    /**
     * @param total       the quotations the instance created or updated (the operations part counts them already)
     * @param topSpeakers the instance's most quoted speakers, most quoted first: the chart draws the first ones
     */
    public RunReport.NightData collect(long instance, long total, List<RunReport.SpeakerCount> topSpeakers) {
        Map<String, Line> lines = new LinkedHashMap<>();
        if (cap > 0) {
            // num_occurrences then the id: a total order, so that the cut is the same on every run of the report
            jdbc.query("SELECT quotation_id, quotation, speaker, first_date, last_date, num_occurrences FROM quotation "
                            + "WHERE updated_instance = ? ORDER BY num_occurrences DESC, quotation_id "
                            + "FETCH FIRST " + cap + " ROWS ONLY",
                    rs -> {
                        String id = rs.getString(1);
                        lines.put(id, new Line(id, Format.shorten(rs.getString(2), MAX_TEXT), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6)));
                    }, instance);
        }
        articleIds(lines);
        List<RunReport.QuotationLine> quotations = new ArrayList<>(lines.size());
        for (Line l : lines.values()) {
            quotations.add(new RunReport.QuotationLine(l.id, l.text, l.speaker, l.first, l.last, l.occurrences,
                    l.articles, l.articleIds));
        }
        return new RunReport.NightData(Math.max(total, quotations.size()), cap, quotations,
                speakerDays(instance, topSpeakers));
    }

    private void articleIds(Map<String, Line> lines) {
        List<String> ids = new ArrayList<>(lines.keySet());
        for (int from = 0; from < ids.size(); from += ID_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + ID_BATCH));
            String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
            // the primary key (article_id, quote_id) allows several quotes of one article: count articles once
            jdbc.query("SELECT quotation_id, article_id FROM occurrence WHERE quotation_id IN (" + marks + ") "
                            + "GROUP BY quotation_id, article_id ORDER BY quotation_id, article_id",
                    rs -> {
                        Line line = lines.get(rs.getString(1));
                        line.articles++;
                        if (line.articleIds.size() < ARTICLE_IDS) {
                            line.articleIds.add(rs.getString(2));
                        }
                    }, batch.toArray());
        }
    }

    private List<RunReport.SpeakerDays> speakerDays(long instance, List<RunReport.SpeakerCount> topSpeakers) {
        List<String> speakers = topSpeakers.stream().limit(CHART_SPEAKERS).map(RunReport.SpeakerCount::speaker).toList();
        if (speakers.isEmpty()) {
            return List.of();
        }
        Map<String, List<RunReport.DayCount>> days = new LinkedHashMap<>();
        speakers.forEach(s -> days.put(s, new ArrayList<>()));
        List<Object> args = new ArrayList<>();
        args.add(instance);
        args.addAll(speakers);
        jdbc.query("SELECT o.speaker, o.quote_date, COUNT(DISTINCT o.quotation_id) FROM occurrence o "
                        + "JOIN article a ON a.article_id = o.article_id WHERE a.job_instance_id = ? AND o.speaker IN ("
                        + String.join(",", Collections.nCopies(speakers.size(), "?")) + ") "
                        + "GROUP BY o.speaker, o.quote_date ORDER BY o.speaker, o.quote_date",
                rs -> {
                    days.get(rs.getString(1)).add(new RunReport.DayCount(rs.getObject(2, LocalDate.class), rs.getLong(3)));
                }, args.toArray());
        List<RunReport.SpeakerDays> out = new ArrayList<>();
        days.forEach((speaker, list) -> out.add(new RunReport.SpeakerDays(speaker, list)));
        return out;
    }

    /** A quotation while its article ids are being gathered. */
    private static final class Line {
        final String id;
        final String text;
        final String speaker;
        final LocalDate first;
        final LocalDate last;
        final long occurrences;
        long articles;
        final List<String> articleIds = new ArrayList<>();

        Line(String id, String text, String speaker, LocalDate first, LocalDate last, long occurrences) {
            this.id = id;
            this.text = text;
            this.speaker = speaker;
            this.first = first;
            this.last = last;
            this.occurrences = occurrences;
        }
    }
}
