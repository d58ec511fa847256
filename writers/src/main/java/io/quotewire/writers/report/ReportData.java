package io.quotewire.writers.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The data part of the report page: the night's most quoted statements, the top speakers' quotations, quotations
 * per day of the top speakers (inline SVG), and a search over the night's quotations. The search is the page's only
 * script, inline and allowed by its hash in the content security policy; it filters the quotations held in an
 * inline JSON data block ({@link ScriptJson}) and builds its results with {@code textContent} only, so nothing
 * from an article ever becomes markup.
 */
final class ReportData {
    /** Statements in the "most quoted" table. */
    static final int TOP_STATEMENTS = 20;
    /** Speakers with a section of their own, and quotations shown in each. */
    static final int SPEAKER_SECTIONS = 10;
    static final int PER_SPEAKER = 10;
    /** Search results listed at once: a longer list only slows the page down; the count says how many matched. */
    static final int RESULT_LIMIT = 200;
    static final String[] SERIES_COLORS = {"#2f6db5", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b"};

    /**
     * The search. The box's input event is the only way results are listed: the {@code q} (and {@code speaker})
     * query parameter fills the box and dispatches that event, as typing would, so a page opened with
     * {@code ?q=words} shows what typing the words shows.
     */
    static final String SCRIPT = """
            (function () {
              "use strict";
              var data = JSON.parse(document.getElementById("quotation-data").textContent);
              var box = document.getElementById("search");
              var who = document.getElementById("speaker-filter");
              var list = document.getElementById("results");
              var counter = document.getElementById("result-count");
              var limit = Number(list.getAttribute("data-limit"));
              // case and accents do not matter: "jose" finds "José"
              function fold(s) { return s.normalize("NFD").replace(/\\p{M}+/gu, "").toLowerCase(); }
              var keys = data.map(function (q) { return fold(q.text + "\\n" + q.speaker); });
              function span(cls, text) {
                var e = document.createElement("span");
                e.className = cls;
                e.textContent = text;
                return e;
              }
              function item(q) {
                var li = document.createElement("li");
                li.className = "quotation";
                li.setAttribute("data-id", q.id);
                var t = document.createElement("q");
                t.className = "text";
                t.textContent = q.text;
                li.appendChild(t);
                li.appendChild(span("speaker", q.speaker));
                li.appendChild(span("when", q.first === q.last ? q.first : q.first + " to " + q.last));
                li.appendChild(span("n", q.occurrences + (q.occurrences === 1 ? " occurrence" : " occurrences")));
                var more = q.articles - q.articleIds.length;
                li.appendChild(span("articles", q.articleIds.join(", ") + (more > 0 ? " and " + more + " more" : "")));
                return li;
              }
              function update() {
                var words = fold(box.value).split(/\\s+/).filter(Boolean);
                var speaker = who.value;
                var hits = [];
                for (var i = 0; i < data.length; i++) {
                  if (speaker !== "" && data[i].speaker !== speaker) { continue; }
                  var all = true;
                  for (var w = 0; w < words.length && all; w++) { all = keys[i].indexOf(words[w]) >= 0; }
                  if (all) { hits.push(data[i]); }
                }
                list.replaceChildren.apply(list, hits.slice(0, limit).map(item));
                list.setAttribute("data-matches", String(hits.length));
                counter.textContent = hits.length + " of " + data.length + " quotations match"
                    + (hits.length > limit ? "; the " + limit + " with most occurrences are listed." : ".");
              }
              // every speaker of the page's quotations, the one with most quotations first
              var perSpeaker = new Map();
              data.forEach(function (q) { perSpeaker.set(q.speaker, (perSpeaker.get(q.speaker) || 0) + 1); });
              Array.from(perSpeaker.entries())
                  .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); })
                  .forEach(function (e) {
                    var o = document.createElement("option");
                    o.value = e[0];
                    o.textContent = e[0] + " (" + e[1] + ")";
                    who.appendChild(o);
                  });
              box.addEventListener("input", update);
              who.addEventListener("change", update);
              var params = new URLSearchParams(location.search);
              if (params.has("speaker")) { who.value = params.get("speaker"); }
              box.value = params.get("q") || "";
              box.dispatchEvent(new Event("input", { bubbles: true }));
            })();
            """;

    /** The CSP source that allows exactly {@link #SCRIPT}: an injected script, were one to get in, would not run. */
    static final String SCRIPT_SOURCE = "'sha256-" + sha256(SCRIPT) + "'";

    static final String STYLE = """
            .search{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
            .search input{flex:1 1 320px;font:inherit;padding:4px 8px}.search select{font:inherit;max-width:320px}
            ol.results{padding-left:1.6em}ol.results li{margin:6px 0}
            li.quotation .speaker,li.quotation .when,li.quotation .n,li.quotation .articles{margin-left:.6em;color:#555;
            font-size:.88em}li.quotation .speaker{font-weight:600;color:#222}
            details{margin:4px 0}summary{cursor:pointer}
            td.quote{max-width:640px;overflow-wrap:anywhere}
            """;

    private ReportData() {
    }

    static void render(StringBuilder h, RunReport report) {
        RunReport.NightData data = report.data();
        List<RunReport.QuotationLine> quotations = data.quotations();
        h.append("<section id=\"data\">\n<h2>The night's quotations</h2>\n");
        h.append("<p>").append(Format.count(data.total())).append(" quotations created or updated by this run");
        if (data.capped()) {
            h.append("; this page holds the <strong>").append(Format.count(quotations.size()))
                    .append("</strong> with the most occurrences (at most ").append(Format.count(data.cap()))
                    .append(" are kept, so that the page stays small): the quotations file has them all");
        }
        h.append(". Occurrences and articles count every run that quoted the statement.</p>\n");

        h.append("<h3>Most quoted statements</h3>\n");
        if (quotations.isEmpty()) {
            h.append("<p class=\"empty\">No quotation in this run.</p>\n");
        } else {
            h.append("<table data-table=\"top-statements\"><thead><tr><th class=\"n\">#</th><th>quotation</th>")
                    .append("<th>speaker</th><th class=\"n\">occurrences</th><th>dates</th></tr></thead><tbody>\n");
            for (int i = 0; i < Math.min(TOP_STATEMENTS, quotations.size()); i++) {
                RunReport.QuotationLine q = quotations.get(i);
                h.append("<tr data-id=\"").append(Html.text(q.id())).append("\"><td class=\"n\">").append(i + 1)
                        .append("</td><td class=\"quote\">").append(Html.text(q.text())).append("</td><td>")
                        .append(Html.text(q.speaker())).append("</td><td class=\"n\">")
                        .append(Format.count(q.occurrences())).append("</td><td>").append(Html.text(dates(q)))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        h.append("<h3>Quotations per day, top speakers</h3>\n");
        String chart = speakerChart(data.speakerDays());
        h.append(chart == null ? "<p class=\"empty\">No attributed quotes in this run.</p>\n"
                : "<figure><figcaption>Distinct quotations per statement date in this run's articles</figcaption>"
                + chart + "</figure>\n");

        h.append("<h3>Search the night's quotations</h3>\n")
                .append("<div class=\"search\"><input id=\"search\" type=\"search\" autocomplete=\"off\" ")
                .append("placeholder=\"words of the quotation or the speaker\" aria-label=\"search the quotations\">")
                .append("<select id=\"speaker-filter\" aria-label=\"speaker\"><option value=\"\">every speaker</option>")
                .append("</select></div>\n<p id=\"result-count\">The search needs JavaScript.</p>\n")
                .append("<ol id=\"results\" class=\"results\" data-limit=\"").append(RESULT_LIMIT).append("\"></ol>\n");

        h.append("<h3>Top speakers' quotations</h3>\n");
        List<RunReport.SpeakerCount> speakers = report.topSpeakers();
        if (speakers.isEmpty()) {
            h.append("<p class=\"empty\">No attributed quotes in this run.</p>\n");
        }
        for (RunReport.SpeakerCount s : speakers.subList(0, Math.min(SPEAKER_SECTIONS, speakers.size()))) {
            List<RunReport.QuotationLine> theirs = new ArrayList<>();
            for (RunReport.QuotationLine q : quotations) {
                if (q.speaker().equals(s.speaker())) {
                    theirs.add(q);
                }
            }
            h.append("<details data-speaker=\"").append(Html.text(s.speaker())).append("\"><summary>")
                    .append(Html.text(s.speaker())).append(": ").append(Format.count(s.quotations()))
                    .append(" quotations in ").append(Format.count(s.occurrences())).append(" quotes tonight")
                    .append("</summary>");
            if (theirs.isEmpty()) {
                h.append("<p class=\"empty\">None of the page's quotations is theirs.</p>");
            } else {
                h.append("<ol>");
                for (RunReport.QuotationLine q : theirs.subList(0, Math.min(PER_SPEAKER, theirs.size()))) {
                    h.append("<li data-id=\"").append(Html.text(q.id())).append("\">").append(Html.text(q.text()))
                            .append(" <span class=\"meta\">(").append(Format.count(q.occurrences()))
                            .append(" occurrences, ").append(Html.text(dates(q))).append(")</span></li>");
                }
                h.append("</ol>");
                if (theirs.size() > PER_SPEAKER) {
                    h.append("<p>and ").append(Format.count(theirs.size() - PER_SPEAKER))
                            .append(" more of the page's quotations: choose the speaker in the search.</p>");
                }
            }
            h.append("</details>\n");
        }

        h.append("<script type=\"application/json\" id=\"quotation-data\">");
        ScriptJson.quotations(h, quotations);
        h.append("</script>\n<script>").append(SCRIPT).append("</script>\n</section>\n");
    }

    /** Distinct quotations per statement date, one colour per speaker, stacked; null when there is nothing. */
    static String speakerChart(List<RunReport.SpeakerDays> speakerDays) {
        List<String> names = new ArrayList<>();
        List<List<RunReport.DayCount>> days = new ArrayList<>();
        for (RunReport.SpeakerDays s : speakerDays) {
            names.add(s.speaker());
            days.add(s.days());
        }
        List<List<SvgCharts.Bar>> aligned = SvgCharts.alignedTimeBins(names, days);
        if (aligned.get(0).isEmpty()) {
            return null;
        }
        List<String> labels = aligned.get(0).stream().map(SvgCharts.Bar::label).toList();
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            List<SvgCharts.Bar> bars = aligned.get(k + 1).stream()
                    .map(b -> new SvgCharts.Bar(b.label(), b.value(), b.tooltip() + " quotations")).toList();
            series.add(new SvgCharts.Series(names.get(k), SERIES_COLORS[k % SERIES_COLORS.length], bars));
        }
        return SvgCharts.stacked("speaker-days", "Quotations per day, top speakers", labels, series);
    }

    private static String dates(RunReport.QuotationLine q) {
        String first = String.valueOf(q.firstDate());
        String last = String.valueOf(q.lastDate());
        return first.equals(last) ? first : first + " to " + last;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
