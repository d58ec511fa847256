package io.quotewire.writers.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report page in a real headless Chromium: the DOM the browser built holds the SVG charts with one bar
 * per value, a screenshot shows every chart's bars in its colour, and the search lists exactly the matching
 * quotations, whether the words come from the {@code ?q=} parameter or are typed into the box key by key (over the
 * DevTools protocol, with the JDK's own WebSocket client). Skipped where no Chromium is installed, except under CI
 * (environment {@code CI=true}), where a missing browser fails the test: {@code .ci/run} installs Debian's
 * {@code chromium}; {@code -Dchromium=PATH} names another. The screenshot is kept as
 * {@code target/report-screenshot.png} for a person to look at.
 */
class ReportBrowserTest {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path tmp;

    private String chromium;
    private Path page;

    @BeforeEach
    void setUp() throws IOException {
        // -Dchromium=PATH picks another browser binary (a missing one shows the skip)
        String property = System.getProperty("chromium");
        List<String> candidates = property == null || property.isBlank() ? CANDIDATES : List.of(property);
        Optional<String> found = candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
        // CI must check the page: a browser missing there is a broken build, not a skipped test
        assertThat(found.isPresent() || !"true".equalsIgnoreCase(System.getenv("CI")))
                .as("no Chromium at " + candidates + " under CI: .ci/run installs it (apt-get install chromium)")
                .isTrue();
        Assumptions.assumeTrue(found.isPresent(),
                "no Chromium at " + candidates + ": the browser test of the report page is skipped");
        chromium = found.get();
        page = tmp.resolve("report-2020-01-06.html");
        Files.writeString(page, ReportHtml.render(ReportSamples.busy()), StandardCharsets.UTF_8);
    }

    @Test
    void theBrowserBuildsEveryChartWithOneBarPerValue() throws Exception {
        String dom = run(List.of("--dump-dom", "--virtual-time-budget=5000", page.toUri().toString()),
                tmp.resolve("dom.html"));

        // the DOM after load, serialized by the browser: the SVG elements it parsed, with their bars
        assertThat(dom).contains("<svg class=\"chart\"");
        assertThat(ReportHtmlTest.barsPerChart(dom)).containsExactly("quotes-per-day=5", "top-speakers=3",
                "step-durations=5", "rejects-by-reason=3", "speaker-days=4");
        // the escaped speaker name stayed text: the browser made no script element of it, only the page's own two
        assertThat(dom.split("<script", -1)).hasSize(3);
        assertThat(dom).contains("&lt;script&gt;alert");
        // no query: the box is empty and every quotation of the page is listed, most occurrences first
        assertThat(resultIds(dom)).containsExactly("q1", "q2", "q3", "q4", "q5");
        assertThat(dom).contains("<p id=\"result-count\">5 of 5 quotations match.</p>");
    }

    @Test
    void theSearchListsExactlyTheQuotationsWithEveryWordOfTheQuery() throws Exception {
        assertThat(search("q=winter")).containsExactly("q1", "q5");
        // every word, in any case, in the text or the speaker's name
        assertThat(search("q=WINTER%20ferry")).containsExactly("q1");
        assertThat(search("q=lopez")).containsExactly("q1", "q4");
        // accents do not matter
        assertThat(search("q=jose")).containsExactly("q3");
        assertThat(search("q=nobody%20said%20this")).isEmpty();
        // the speaker list narrows the results to one speaker's quotations
        assertThat(search("speaker=John%20Carter")).containsExactly("q3", "q5");
        assertThat(search("speaker=John%20Carter&q=winter")).containsExactly("q5");
    }

    @Test
    void aQuotationThatWouldCloseTheScriptStaysInertText() throws Exception {
        String dom = run(List.of("--dump-dom", "--virtual-time-budget=5000", page.toUri() + "?q=onerror"),
                tmp.resolve("hostile.html"));

        assertThat(resultIds(dom)).containsExactly("q2");
        // the browser parsed the data back to the exact text and shows it as text: no image element, no handler
        assertThat(dom).contains("<q class=\"text\">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</q>")
                .doesNotContain("<img").doesNotContain("onerror=\"");
        assertThat(dom.split("<script", -1)).hasSize(3);
        // the rest of the page is still there after the data block: the search ran and the footer is intact
        assertThat(dom).contains("1 of 5 quotations match.").contains("<p class=\"meta\">generated ");
    }

    @Test
    void typingInTheSearchBoxListsExactlyTheMatchingQuotations() throws Exception {
        try (DevTools browser = DevTools.open(chromium, page.toUri().toString(),
                Files.createTempDirectory(tmp, "profile"), tmp.resolve("devtools.log"))) {
            browser.await("document.readyState === 'complete'");
            // nothing typed yet: every quotation is listed
            assertThat(browser.evaluate("document.querySelectorAll('#results li').length")).isEqualTo("5");

            browser.evaluate("document.getElementById('search').focus()");
            browser.type("winter");

            assertThat(browser.evaluate("document.getElementById('search').value")).isEqualTo("winter");
            assertThat(browser.evaluate("Array.from(document.querySelectorAll('#results li'))"
                    + ".map(li => li.getAttribute('data-id')).join(',')")).isEqualTo("q1,q5");
            assertThat(browser.evaluate("document.getElementById('result-count').textContent"))
                    .isEqualTo("2 of 5 quotations match.");

            browser.type(" ferry");
            assertThat(browser.evaluate("Array.from(document.querySelectorAll('#results li'))"
                    + ".map(li => li.getAttribute('data-id')).join(',')")).isEqualTo("q1");
        }
    }

    /** The ids the result list shows for the page opened with the query string. */
    private List<String> search(String query) throws Exception {
        String dom = run(List.of("--dump-dom", "--virtual-time-budget=5000", page.toUri() + "?" + query),
                tmp.resolve("search-" + Integer.toHexString(query.hashCode()) + ".html"));
        assertThat(dom).as("the search ran").contains("quotations match");
        return resultIds(dom);
    }

    private static List<String> resultIds(String dom) {
        int start = dom.indexOf("<ol id=\"results\"");
        assertThat(start).as("the result list").isNotNegative();
        String results = dom.substring(start, dom.indexOf("</ol>", start));
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li class=\"quotation\" data-id=\"([^\"]*)\"")
                .matcher(results);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void aScreenshotShowsTheBarsOfEveryChart() throws Exception {
        Path shot = tmp.resolve("shot.png");
        run(List.of("--screenshot=" + shot, "--window-size=1200,1500", "--hide-scrollbars", page.toUri().toString()),
                tmp.resolve("screenshot.log"));
        assertThat(shot).exists();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).isNotNull();
        // a blank or unstyled page has few colours; charts, text and cards have many (anti-aliasing included)
        assertThat(distinctColours(image)).isGreaterThan(50);
        // each chart's bars fill a good area with its own colour: the charts were drawn, not just parsed
        for (String colour : List.of(ReportHtml.DAYS_COLOR, ReportHtml.SPEAKERS_COLOR, ReportHtml.STEPS_COLOR,
                ReportHtml.REJECTS_COLOR)) {
            assertThat(pixelsOf(image, colour)).as("pixels of the bars in " + colour).isGreaterThan(400);
        }
    }

    /** Runs Chromium on the page with a fresh profile and no network side-traffic; returns its standard output. */
    private String run(List<String> arguments, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(arguments);
        Path out = tmp.resolve(log.getFileName() + ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        try {
            boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(ended).as("Chromium ended within " + TIMEOUT_SECONDS + " s").isTrue();
        } finally {
            // Chromium's own helper processes too, never anything else
            try (Stream<ProcessHandle> children = process.descendants()) {
                children.forEach(ProcessHandle::destroyForcibly);
            }
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("Chromium exit code; its log: " + Files.readString(log)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    private static int pixelsOf(BufferedImage image, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xFFFFFF, want)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        // colour management may shift a channel by a step or two
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 3) {
                return false;
            }
        }
        return true;
    }
}
