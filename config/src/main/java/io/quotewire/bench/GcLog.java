package io.quotewire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap figures of a JVM's unified GC log ({@code -Xlog:gc*:file=...}): the largest heap occupancy any
 * collection started from ({@code Pause Young ... 300M->120M(512M)}: 300M), the largest it left behind (120M, an
 * upper bound of the live data at that point), and the heap in use at exit.
 *
 * @param peakUsedBytes      the largest heap used before a collection, or at exit when larger; -1 when the log has neither
 * @param maxAfterGcBytes    the largest heap used after a collection; -1 when there was none
 * @param maxCommittedBytes  the largest heap size (committed) the collections report; -1 when there was none
 * @param collections        the number of pauses logged
 */
record GcLog(long peakUsedBytes, long maxAfterGcBytes, long maxCommittedBytes, int collections) {
    private static final Pattern PAUSE = Pattern.compile("Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern EXIT_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    static GcLog read(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : new GcLog(-1, -1, -1, 0);
    }

    static GcLog parse(List<String> lines) {
        long peak = -1;
        long after = -1;
        long committed = -1;
        int pauses = 0;
        long exitUsed = 0;
        boolean exitSeen = false;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses++;
                peak = Math.max(peak, bytes(m.group(1), m.group(2)));
                after = Math.max(after, bytes(m.group(3), m.group(4)));
                committed = Math.max(committed, bytes(m.group(5), m.group(6)));
                continue;
            }
            if (line.contains("gc,heap,exit")) {
                // G1: one 'garbage-first heap total ..., used ...' line; Serial and Parallel: one per generation
                Matcher e = EXIT_USED.matcher(line);
                if (e.find()) {
                    exitSeen = true;
                    exitUsed += Long.parseLong(e.group(2)) * 1024;
                }
            }
        }
        if (exitSeen) {
            peak = Math.max(peak, exitUsed);
        }
        return new GcLog(peak, after, committed, pauses);
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
