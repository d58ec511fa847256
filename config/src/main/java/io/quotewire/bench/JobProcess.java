package io.quotewire.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the job in a child JVM, as an operator would, and watches it: wall time from process start to exit, peak
 * resident memory (VmHWM, and the largest VmRSS seen, from {@code /proc/PID/status} every 200 ms) and CPU time.
 */
final class JobProcess {
    static final long POLL_MILLIS = 200;

    /**
     * @param exitCode   the child's exit code
     * @param wallNanos  from just before the process was started to its exit
     * @param peakHwmKb  the child's VmHWM (peak resident set) at the last poll, -1 when /proc is not readable
     * @param peakRssKb  the largest VmRSS seen at a poll, -1 likewise
     * @param cpuNanos   the child's CPU time (all threads) at the last poll, -1 when unknown
     */
    record Result(int exitCode, long wallNanos, long peakHwmKb, long peakRssKb, long cpuNanos) {
    }

    /**
     * How to start the quotewire command line in another JVM: {@code -jar} the jar this class was loaded from, or,
     * when it runs from a classes folder (tests, an IDE), the same class path and main class.
     */
    static List<String> launcher(Class<?> anchor, String mainClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = jarOf(anchor);
        if (jar != null) {
            return List.of(java, "-jar", jar.toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), mainClass);
    }

    /** The jar a class was loaded from (a Spring Boot jar's nested classes included), or null when it is not in one. */
    static Path jarOf(Class<?> anchor) {
        try {
            URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
            return jarOf(location.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Path jarOf(String location) {
        String s = location;
        if (s.startsWith("jar:")) {
            s = s.substring(4);
        }
        if (s.startsWith("nested:")) {
            // Spring Boot: jar:nested:/path/app.jar/!BOOT-INF/classes/!/
            s = s.substring("nested:".length());
            int bang = s.indexOf("/!");
            s = "file:" + (bang < 0 ? s : s.substring(0, bang));
        }
        int inner = s.indexOf("!/");
        if (inner >= 0) {
            s = s.substring(0, inner);
        }
        if (!s.endsWith(".jar")) {
            return null;
        }
        try {
            return s.startsWith("file:") ? Path.of(new java.net.URI(s)) : Path.of(URLDecoder.decode(s, StandardCharsets.UTF_8));
        } catch (URISyntaxException | IllegalArgumentException e) {
            String path = URLDecoder.decode(s.startsWith("file:") ? s.substring(5) : s, StandardCharsets.UTF_8);
            return Path.of(path);
        }
    }

    /** Starts {@code command}, output and errors to {@code log}, and waits for it while polling its memory. */
    static Result run(List<String> command, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long hwm = -1;
        long rss = -1;
        long cpu = -1;
        Thread stopper = new Thread(p::destroy);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            while (true) {
                long[] m = memory(status);
                if (m != null) {
                    hwm = Math.max(hwm, m[0]);
                    rss = Math.max(rss, m[1]);
                }
                cpu = p.info().totalCpuDuration().map(Duration::toNanos).orElse(cpu);
                if (p.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs
            }
        }
        return new Result(p.exitValue(), System.nanoTime() - t0, hwm, rss, cpu);
    }

    /** VmHWM and VmRSS in kB, or null when the file is gone or unreadable. */
    static long[] memory(Path status) {
        try {
            long hwm = -1;
            long rss = -1;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    hwm = kb(line);
                } else if (line.startsWith("VmRSS:")) {
                    rss = kb(line);
                }
            }
            return hwm < 0 && rss < 0 ? null : new long[] {hwm, rss};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** The last {@code n} lines of a file, for a failure message. */
    static List<String> tail(Path file, int n) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return new ArrayList<>(lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return List.of();
        }
    }
}
