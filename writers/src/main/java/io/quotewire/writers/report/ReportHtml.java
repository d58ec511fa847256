package io.quotewire.writers.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The run report as one self-contained HTML page: the operations part (counts, steps, charts) and the data part
 * (the night's quotations: {@link ReportData}). Inline CSS, inline SVG charts, one inline script (the search, allowed
 * by its hash) and a content security policy that forbids fetching anything, so the page shows the same from a mail
 * attachment or an air-gapped host. Every text from the data is escaped ({@link Html#text} in markup,
 * {@link ScriptJson} in the script's data).
 */
public final class ReportHtml {
    /** Chart colours, one per chart, so a screenshot shows which charts were drawn. */
    public static final String DAYS_COLOR = "#2f6db5";
    public static final String SPEAKERS_COLOR = "#2e8b57";
    public static final String STEPS_COLOR = "#d9822b";
    public static final String REJECTS_COLOR = "#c0392b";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;
            padding:0 16px;color:#222;background:#fff}
            h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 8px;border-bottom:1px solid #e3e6ea;
            padding-bottom:4px}
            .meta{color:#555;margin:0 0 12px}.meta code{background:#f3f4f6;padding:1px 4px;border-radius:3px}
            .status{display:inline-block;padding:2px 10px;border-radius:10px;font-weight:600;font-size:.9em;color:#fff}
            .COMPLETED{background:#2e8b57}.FAILED{background:#c0392b}.STOPPED,.STOPPING{background:#d9822b}
            .other{background:#777}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
            .card{border:1px solid #e3e6ea;border-radius:6px;padding:10px 14px;min-width:120px}
            .card .n{font-size:1.5em;font-weight:600}.card .l{color:#555;font-size:.85em}
            .charts{display:flex;flex-wrap:wrap;gap:8px 32px}.charts figure{margin:0;flex:1 1 480px;max-width:640px}
            figcaption{font-weight:600;margin:8px 0}
            svg.chart{width:100%;height:auto}
            table{border-collapse:collapse;margin:8px 0;font-size:.92em}
            th,td{border-bottom:1px solid #e3e6ea;padding:4px 10px;text-align:left;vertical-align:top}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .empty{color:#777;font-style:italic}
            pre.failure{background:#fdf1f0;border:1px solid #f0c4bf;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere}
            """;

    private ReportHtml() {
    }

    public static String render(RunReport report) {
        RunReport.Run run = report.run();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // nothing may be loaded from anywhere: styles and images are inline
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; script-src ").append(ReportData.SCRIPT_SOURCE)
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>quotewire run ").append(Html.text(String.valueOf(run.runDate()))).append(" – ")
                .append(Html.text(run.status())).append("</title>\n<style>").append(STYLE).append(ReportData.STYLE).append("</style>\n")
                .append("</head>\n<body>\n");

        h.append("<h1>quotewire run ").append(Html.text(String.valueOf(run.runDate()))).append(" <span class=\"status ")
                .append(statusClass(run.status())).append("\">").append(Html.text(run.status())).append("</span></h1>\n");
        h.append("<p class=\"meta\">execution ").append(run.executionId()).append(" of instance ")
                .append(run.instanceId()).append(run.restart() ? " (a restart: the steps count only what was left)" : "")
                .append(" · ").append(Html.text(Format.time(run.start()))).append(" → ")
                .append(Html.text(Format.time(run.end()))).append(" · ").append(Html.text(Format.duration(run.durationMillis())))
                .append("<br>input <code>").append(Html.text(run.input())).append("</code> · output <code>")
                .append(Html.text(run.output())).append("</code></p>\n");
        if (!run.exitMessage().isEmpty()) {
            h.append("<h2>Why it ").append(Html.text(run.status().toLowerCase(java.util.Locale.ROOT)))
                    .append("</h2>\n<pre class=\"failure\">").append(Html.text(run.exitMessage())).append("</pre>\n");
        }

        RunReport.Articles a = report.articles();
        RunReport.Quotations q = report.quotations();
        h.append("<div class=\"cards\">");
        card(h, a.read(), "articles read");
        card(h, a.rejected(), "files rejected");
        card(h, a.duplicates(), "duplicate articles");
        card(h, q.created(), "new quotations");
        card(h, q.updated(), "updated quotations");
        card(h, q.occurrences(), "quotes (occurrences)");
        card(h, q.speakers(), "speakers");
        h.append("<div class=\"card\"><div class=\"n\">").append(Html.text(Format.duration(run.durationMillis())))
                .append("</div><div class=\"l\">duration</div></div>");
        h.append("</div>\n");
        h.append("<nav class=\"meta\"><a href=\"#operations\">Operations</a> · <a href=\"#data\">The night's ")
                .append("quotations</a> (most quoted, per speaker, search)</nav>\n<section id=\"operations\">\n");

        h.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
        List<SvgCharts.Bar> days = SvgCharts.timeBins(report.quotesPerDay());
        figure(h, "Quotes per statement date", days.isEmpty() ? null
                : SvgCharts.columns("quotes-per-day", "Quotes per statement date", days, DAYS_COLOR),
                "No dated quotes in this run.");
        List<SvgCharts.Bar> speakers = new ArrayList<>();
        for (RunReport.SpeakerCount s : report.topSpeakers()) {
            speakers.add(new SvgCharts.Bar(s.speaker(), s.occurrences(), s.speaker() + ": " + Format.count(s.occurrences())
                    + " quotes, " + Format.count(s.quotations()) + " quotations"));
        }
        figure(h, "Top speakers (quotes)", horizontal("top-speakers", "Top speakers", speakers, SPEAKERS_COLOR,
                Format::count), "No attributed quotes in this run.");
        List<SvgCharts.Bar> steps = new ArrayList<>();
        for (RunReport.StepFigures s : report.steps()) {
            steps.add(new SvgCharts.Bar(s.name(), s.durationMillis(), s.name() + ": " + Format.duration(s.durationMillis())));
        }
        figure(h, "Step durations", horizontal("step-durations", "Step durations", steps, STEPS_COLOR,
                Format::duration), "No step ran.");
        List<SvgCharts.Bar> rejects = new ArrayList<>();
        for (RunReport.Count c : report.rejectsByReason()) {
            rejects.add(new SvgCharts.Bar(c.label(), c.count(), c.label() + ": " + Format.count(c.count())));
        }
        figure(h, "Rejected files by reason", horizontal("rejects-by-reason", "Rejected files by reason", rejects,
                REJECTS_COLOR, Format::count), "No file was rejected.");
        h.append("</div>\n");

        h.append("<h2>Steps</h2>\n");
        if (report.steps().isEmpty()) {
            h.append("<p class=\"empty\">No step ran.</p>\n");
        } else {
            h.append("<table><thead><tr><th>step</th><th>status</th><th class=\"n\">read</th><th class=\"n\">written</th>")
                    .append("<th class=\"n\">filtered</th><th class=\"n\">skipped</th><th class=\"n\">commits</th>")
                    .append("<th class=\"n\">rollbacks</th><th>start</th><th class=\"n\">duration</th></tr></thead><tbody>\n");
            for (RunReport.StepFigures s : report.steps()) {
                h.append("<tr><td>").append(Html.text(s.name())).append("</td><td>").append(Html.text(s.status()))
                        .append("</td>");
                numberCells(h, s.read(), s.written(), s.filtered(), s.skipped(), s.commits(), s.rollbacks());
                h.append("<td>").append(Html.text(Format.time(s.start()))).append("</td><td class=\"n\">")
                        .append(Html.text(Format.duration(s.durationMillis()))).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h2>Quotations</h2>\n<table><tbody>");
        row(h, "new (first quoted by this run)", Format.count(q.created()));
        row(h, "updated (known before, quoted again)", Format.count(q.updated()));
        row(h, "written to the quotations file", Format.count(q.total()));
        row(h, "quotes in the run's articles", Format.count(q.occurrences()));
        h.append("</tbody></table>\n");

        h.append("<h2>Top speakers</h2>\n");
        if (report.topSpeakers().isEmpty()) {
            h.append("<p class=\"empty\">No attributed quotes in this run.</p>\n");
        } else {
            h.append("<table><thead><tr><th>speaker</th><th class=\"n\">quotes</th><th class=\"n\">quotations</th>")
                    .append("</tr></thead><tbody>\n");
            for (RunReport.SpeakerCount s : report.topSpeakers()) {
                h.append("<tr><td>").append(Html.text(s.speaker())).append("</td>");
                numberCells(h, s.occurrences(), s.quotations());
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h2>Rejected files</h2>\n");
        if (report.rejectsByReason().isEmpty()) {
            h.append("<p class=\"empty\">No file was rejected.</p>\n");
        } else {
            h.append("<table><thead><tr><th>reason</th><th class=\"n\">files</th></tr></thead><tbody>\n");
            for (RunReport.Count c : report.rejectsByReason()) {
                h.append("<tr><td>").append(Html.text(c.label())).append("</td>");
                numberCells(h, c.count());
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h2>Duplicate articles</h2>\n");
        if (report.duplicates().isEmpty()) {
            h.append("<p class=\"empty\">No duplicate article in this run.</p>\n");
        } else {
            if (report.duplicates().size() < a.duplicates()) {
                h.append("<p>The first ").append(Format.count(report.duplicates().size())).append(" of ")
                        .append(Format.count(a.duplicates())).append(", by article id.</p>\n");
            }
            h.append("<table><thead><tr><th>article</th><th>copy of</th></tr></thead><tbody>\n");
            for (RunReport.Duplicate d : report.duplicates()) {
                h.append("<tr><td>").append(Html.text(d.articleId())).append("</td><td>")
                        .append(Html.text(d.duplicateOf())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h2>Quotes per statement date</h2>\n");
        if (report.quotesPerDay().isEmpty()) {
            h.append("<p class=\"empty\">No dated quotes in this run.</p>\n");
        } else {
            h.append("<table><thead><tr><th>date</th><th class=\"n\">quotes</th></tr></thead><tbody>\n");
            for (RunReport.DayCount d : report.quotesPerDay()) {
                h.append("<tr><td>").append(Html.text(String.valueOf(d.day()))).append("</td>");
                numberCells(h, d.occurrences());
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
        ReportData.render(h, report);
        h.append("<p class=\"meta\">generated ").append(Html.text(String.valueOf(report.generatedAt()))).append("</p>\n");
        return h.append("</body>\n</html>\n").toString();
    }

    private static String horizontal(String id, String title, List<SvgCharts.Bar> bars, String color,
                                     LongFunction<String> valueText) {
        return bars.isEmpty() ? null : SvgCharts.horizontal(id, title, bars, color, valueText);
    }

    private static void figure(StringBuilder h, String caption, String svg, String whenEmpty) {
        h.append("<figure><figcaption>").append(Html.text(caption)).append("</figcaption>");
        h.append(svg == null ? "<p class=\"empty\">" + Html.text(whenEmpty) + "</p>" : svg);
        h.append("</figure>\n");
    }

    private static void card(StringBuilder h, long n, String label) {
        h.append("<div class=\"card\"><div class=\"n\">").append(Format.count(n)).append("</div><div class=\"l\">")
                .append(Html.text(label)).append("</div></div>");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><td>").append(Html.text(label)).append("</td><td class=\"n\">").append(Html.text(value))
                .append("</td></tr>");
    }

    private static void numberCells(StringBuilder h, long... values) {
        for (long v : values) {
            h.append("<td class=\"n\">").append(Format.count(v)).append("</td>");
        }
    }

    private static String statusClass(String status) {
        // a fixed set of class names: the status text itself never becomes markup
        switch (String.valueOf(status)) {
            case "COMPLETED":
            case "FAILED":
            case "STOPPED":
            case "STOPPING":
                return status;
            default:
                return "other";
        }
    }
}
