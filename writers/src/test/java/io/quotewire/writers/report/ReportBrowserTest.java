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
 * per value, and a screenshot shows every chart's bars in its colour. Skipped where no Chromium is installed
 * ({@code .ci/run} installs Debian's {@code chromium}; {@code -Dchromium=PATH} names another). The screenshot is kept as
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
        Assumptions.assumeTrue(found.isPresent(),
                "no Chromium at " + candidates + ": the browser test of the report page is skipped");
        chromium = found.get();
        page = tmp.resolve("report-2020-01-06.html");
        Files.writeString(page, ReportHtml.render(ReportSamples.busy()), StandardCharsets.UTF_8);
    }

    @Test
    void theBrowserBuildsEveryChartWithOneBarPerValue() throws Exception {
        String dom = run(List.of("--dump-dom", page.toUri().toString()), tmp.resolve("dom.html"));

        // the DOM after load, serialized by the browser: the SVG elements it parsed, with their bars
        assertThat(dom).contains("<svg class=\"chart\"");
        assertThat(ReportHtmlTest.barsPerChart(dom)).containsExactly("quotes-per-day=5", "top-speakers=3",
                "step-durations=5", "rejects-by-reason=3");
        // the escaped speaker name stayed text: the browser made no script element of it
        assertThat(dom).doesNotContain("<script").contains("&lt;script&gt;alert");
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
