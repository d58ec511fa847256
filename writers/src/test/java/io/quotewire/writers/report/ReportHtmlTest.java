package io.quotewire.writers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {

    @Test
    void escapesEveryTextThatComesFromTheData() {
        String html = ReportHtml.render(ReportSamples.busy());

        // the only tags are the renderer's: its two script elements, and the hostile name only in escaped form
        assertThat(count(html.toLowerCase(java.util.Locale.ROOT), "<script")).isEqualTo(2);
        assertThat(count(html.toLowerCase(java.util.Locale.ROOT), "</script")).isEqualTo(2);
        assertThat(html).doesNotContain("<b>x</b>").doesNotContain("<a>").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien");
        assertThat(html).contains("&lt;b&gt;x&lt;/b&gt;").contains("/data/in &lt;a&gt;");
        // in the chart's tooltip too (the SVG is parsed by the HTML parser)
        assertThat(html).contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien: 1,200 quotes");
    }

    @Test
    void escapesTheFiveSpecialCharactersAndDropsControlCharacters() {
        assertThat(Html.text("a<b>&\"'\u0000z")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;\uFFFDz");
        assertThat(Html.text(null)).isEmpty();
        assertThat(Html.text("Zoë “quoted”")).isEqualTo("Zoë “quoted”");
    }

    @Test
    void formatsNumbersAndDurationsTheSameEverywhere() {
        assertThat(Format.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Format.count(0)).isEqualTo("0");
        assertThat(Format.duration(850)).isEqualTo("850 ms");
        assertThat(Format.duration(4_250)).isEqualTo("4.3 s");
        assertThat(Format.duration(187_000)).isEqualTo("3 min 07 s");
        assertThat(Format.duration(7_500_000)).isEqualTo("2 h 05 min");
        assertThat(Format.percent(1, 3)).isEqualTo("33.3 %");
        assertThat(Format.percent(1, 0)).isEqualTo("0.0 %");

        String html = ReportHtml.render(ReportSamples.busy());
        assertThat(html).contains("<td class=\"n\">1,234,567</td>").contains(">1 min 15 s<");
    }

    @Test
    void drawsOneBarPerDaySpeakerStepAndReason() {
        String html = ReportHtml.render(ReportSamples.busy());

        assertThat(barsPerChart(html)).containsExactly("quotes-per-day=5", "top-speakers=3", "step-durations=5",
                "rejects-by-reason=3", "speaker-days=4");
        // bar lengths follow the values: Maria Lopez (900) is three quarters of the top speaker (1,200)
        List<Double> widths = widths(chart(html, "top-speakers"));
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void anEmptyRunHasNoChartsButSaysSoAndStillShowsWhyItFailed() {
        String html = ReportHtml.render(ReportSamples.empty());

        assertThat(html).doesNotContain("<svg").contains("No dated quotes in this run.")
                .contains("No attributed quotes in this run.").contains("No step ran.")
                .contains("No file was rejected.").contains("No duplicate article in this run.");
        assertThat(html).contains("<pre class=\"failure\">input folder &lt;/in&gt; &amp; gone</pre>");
        assertThat(html).contains("<span class=\"status FAILED\">FAILED</span>");
    }

    @Test
    void timeBinsFillGapsAndGrowCoarserOverLongSpans() {
        List<SvgCharts.Bar> daily = SvgCharts.timeBins(List.of(ReportSamples.day(2020, 1, 1, 2),
                ReportSamples.day(2020, 1, 4, 3)));
        assertThat(daily).extracting(b -> b.label() + "=" + b.value())
                .containsExactly("2020-01-01=2", "2020-01-02=0", "2020-01-03=0", "2020-01-04=3");

        List<SvgCharts.Bar> monthly = SvgCharts.timeBins(List.of(ReportSamples.day(2019, 11, 30, 1),
                ReportSamples.day(2020, 1, 4, 3), ReportSamples.day(2020, 3, 1, 4), ReportSamples.day(2020, 3, 31, 5)));
        assertThat(monthly).extracting(b -> b.label() + "=" + b.value())
                .containsExactly("2019-11=1", "2019-12=0", "2020-01=3", "2020-02=0", "2020-03=9");

        // a stray date centuries away must not make thousands of bars
        List<SvgCharts.Bar> yearly = SvgCharts.timeBins(List.of(ReportSamples.day(1066, 10, 14, 1),
                ReportSamples.day(2020, 1, 4, 3), ReportSamples.day(2021, 1, 4, 3)));
        assertThat(yearly).extracting(b -> b.label() + "=" + b.value()).containsExactly("1066=1", "2020=3", "2021=3");
        assertThat(SvgCharts.timeBins(List.of())).isEmpty();
    }

    @Test
    void axisLabelsIncludeBothEndsAndNeverOverlap() {
        for (int n = 1; n <= 200; n++) {
            List<SvgCharts.Bar> bars = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                bars.add(new SvgCharts.Bar("2020-01-" + i, i, ""));
            }
            double slot = 576.0 / n;
            List<Integer> at = new ArrayList<>(SvgCharts.labelPositions(bars, slot));
            assertThat(at).as("n=%d", n).startsWith(0);
            if (n * slot >= 2 * 85) {
                assertThat(at).as("n=%d", n).endsWith(n - 1);
            }
            for (int k = 1; k < at.size(); k++) {
                // a 10-character date at font size 12 is under 80 units wide
                assertThat((at.get(k) - at.get(k - 1)) * slot).as("n=%d", n).isGreaterThanOrEqualTo(80);
            }
        }
    }

    @Test
    void theSummaryTableListsEveryStepAndTheTotals() {
        String text = ReportText.render(ReportSamples.busy());

        assertThat(text).startsWith("run 2020-01-06: COMPLETED in 1 min 15 s (execution 12, instance 7)");
        assertThat(text.lines().filter(l -> l.startsWith("  analyze ") || l.startsWith("  export")
                || l.startsWith("  deduplicate "))).hasSize(5);
        assertThat(text).contains("1,234,567").contains("rejected 4,567 (NO_DATE 4,000, BINARY 500, EMPTY 67)")
                .contains("quotations new 1,500, updated 500; quotes 2,600 by 3 speakers");
        assertThat(ReportText.render(ReportSamples.empty())).contains("FAILED")
                .contains("  reason: input folder </in> & gone");
    }

    @Test
    void theDataPartListsTheMostQuotedStatementsAndSaysThePageIsCapped() {
        String html = ReportHtml.render(ReportSamples.busy());

        String section = html.substring(html.indexOf("<section id=\"data\">"));
        assertThat(section).contains("2,000 quotations created or updated by this run; this page holds the "
                + "<strong>5</strong> with the most occurrences (at most 5 are kept");
        // the table in the order of the data (most occurrences first), every text escaped
        Matcher rows = Pattern.compile("<tr data-id=\"(q[0-9])\">").matcher(tableOf(section, "top-statements"));
        List<String> ids = new ArrayList<>();
        while (rows.find()) {
            ids.add(rows.group(1));
        }
        assertThat(ids).containsExactly("q1", "q2", "q3", "q4", "q5");
        assertThat(section).contains("<td class=\"quote\">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</td>")
                .contains("José &amp; the &lt;!-- council --&gt; will vote");
        // a section per top speaker, with their quotations of the page
        assertThat(section).contains("<details data-speaker=\"Maria Lopez\"><summary>Maria Lopez: 600 quotations in "
                + "900 quotes tonight</summary><ol><li data-id=\"q1\">");
        assertThat(section.substring(section.indexOf("data-speaker=\"John Carter\""))).contains("data-id=\"q3\"")
                .contains("data-id=\"q5\"").doesNotContain("data-id=\"q1\"");
        // the per-day chart stacks each speaker's quotations in the speaker's colour
        String chart = chart(html, "speaker-days");
        assertThat(count(chart, "data-series=\"1\"")).isEqualTo(2);
        assertThat(chart).contains("<title>Maria Lopez, 2020-01-02: 2 quotations</title>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien");
    }

    @Test
    void theInlineDataHoldsNoMarkupAndParsesBackToTheExactTexts() throws Exception {
        String html = ReportHtml.render(ReportSamples.busy());

        String block = between(html, "<script type=\"application/json\" id=\"quotation-data\">", "</script>");
        // nothing in it can end the element, open a comment or a tag, or break a line for older JavaScript
        assertThat(block).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(block).contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e");
        tools.jackson.databind.JsonNode data = tools.jackson.databind.json.JsonMapper.builder().build().readTree(block);
        assertThat(data.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            RunReport.QuotationLine q = ReportSamples.QUOTATIONS.get(i);
            assertThat(data.get(i).get("text").asString()).isEqualTo(q.text());
            assertThat(data.get(i).get("speaker").asString()).isEqualTo(q.speaker());
            assertThat(data.get(i).get("occurrences").asLong()).isEqualTo(q.occurrences());
            assertThat(data.get(i).get("first").asString()).isEqualTo("2020-01-02");
        }
        assertThat(data.at("/1/articleIds/0").asString()).isEqualTo("<a0003>");
        assertThat(ScriptJson.string("a\"\\\n\u0001\uD800b\uD83D\uDE00")).isEqualTo("\"a\\\"\\\\\\n\\u0001\\ud800b\uD83D\uDE00\"");

        // the one script that runs is the search, allowed by its hash: the policy names exactly it
        String script = between(html, "<script>", "</script>");
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(html).contains("script-src 'sha256-" + hash + "'\">").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'unsafe-inline'");
    }

    @Test
    void aRunWithoutQuotationsSaysSoInTheDataPart() {
        String html = ReportHtml.render(ReportSamples.empty());

        assertThat(html).contains("<section id=\"data\">").contains("No quotation in this run.")
                .contains("<script type=\"application/json\" id=\"quotation-data\">[]</script>");
    }

    private static String between(String s, String from, String to) {
        int start = s.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        start += from.length();
        return s.substring(start, s.indexOf(to, start));
    }

    private static String tableOf(String html, String id) {
        return between(html, "<table data-table=\"" + id + "\">", "</table>");
    }

    /** "chart=bars" for every chart, in page order. */
    static List<String> barsPerChart(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg[^>]*data-chart=\"([^\"]+)\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1) + "=" + count(m.group(2), "<rect class=\"bar\""));
        }
        return out;
    }

    private static String chart(String html, String id) {
        Matcher m = Pattern.compile("<svg[^>]*data-chart=\"" + id + "\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("chart " + id).isTrue();
        return m.group(1);
    }

    private static List<Double> widths(String svg) {
        List<Double> widths = new ArrayList<>();
        Matcher m = Pattern.compile("<rect class=\"bar\"[^>]* width=\"([0-9.]+)\"").matcher(svg);
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
