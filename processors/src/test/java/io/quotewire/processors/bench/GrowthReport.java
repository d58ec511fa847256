package io.quotewire.processors.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link GrowthBenchmark} and prints, per shape and size, the time per article, the time per MB and the ratio
 * per doubling of the size (the time ratio to the next smaller size, to the power 1 / doublings between them: 2.0
 * is linear, 4.0 quadratic). A markdown table, as the README shows it. Arguments are JMH's ({@code -p}, {@code -f},
 * {@code -wi}, ...).
 */
public final class GrowthReport {
    private GrowthReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        var options = new OptionsBuilder().parent(cli).include(GrowthBenchmark.class.getName() + ".analyze").build();
        List<RunResult> results = new ArrayList<>(new Runner(options).run());
        results.sort(Comparator.comparing((RunResult r) -> HostileArticles.valueOf(r.getParams().getParam("shape")))
                .thenComparingInt(r -> Integer.parseInt(r.getParams().getParam("size"))));
        System.out.println();
        System.out.println("| shape | size | ms per article | ms per MB | ratio per doubling |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        String shape = null;
        double previousMs = 0;
        int previousSize = 0;
        for (RunResult r : results) {
            String s = r.getParams().getParam("shape");
            int size = Integer.parseInt(r.getParams().getParam("size"));
            double ms = r.getPrimaryResult().getScore();
            double megabytes = HostileArticles.utf8Bytes(HostileArticles.valueOf(s).text(size)) / 1e6;
            String ratio = "";
            if (s.equals(shape) && previousMs > 0) {
                double doublings = Math.log((double) size / previousSize) / Math.log(2);
                ratio = String.format("%.2f", Math.pow(ms / previousMs, 1 / doublings));
            }
            System.out.printf("| %s | %s | %.2f | %.1f | %s |%n", s, human(size), ms, ms / megabytes, ratio);
            shape = s;
            previousMs = ms;
            previousSize = size;
        }
    }

    private static String human(int bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / (double) (1 << 20)) : bytes / 1024 + " KiB";
    }
}
