package io.quotewire.writers.metrics;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.quotewire.writers.report.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's figures in the Prometheus text format, written the way node_exporter's textfile collector expects of a
 * batch job: one file, replaced atomically (written beside it, then renamed) so the collector never reads half of
 * it, with gauges (and one info metric) only. {@code quotewire_last_success_timestamp_seconds} survives a failed run: it is carried over
 * from the file the last run left.
 */
public final class PrometheusTextfile {
    private static final String LAST_SUCCESS = "quotewire_last_success_timestamp_seconds";
    private static final Pattern LAST_SUCCESS_LINE = Pattern.compile("^" + LAST_SUCCESS + " (\\S+)$", Pattern.MULTILINE);

    private final Path file;

    public PrometheusTextfile(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    /** Replaces the file with the figures of {@code report}. */
    public void write(RunReport report) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Double lastSuccess = previousLastSuccess();
        byte[] text = render(report, lastSuccess);
        Path tmp = folder.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(tmp, text);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Double previousLastSuccess() {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Matcher m = LAST_SUCCESS_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? Double.valueOf(m.group(1)) : null;
        } catch (IOException | NumberFormatException e) {
            return null;   // an unreadable earlier file loses only the carried-over success time
        }
    }

    /** The text of the file, {@code lastSuccess} (epoch seconds) carried over when this run did not complete. */
    static byte[] render(RunReport report, Double lastSuccess) throws IOException {
        RunReport.Run run = report.run();
        List<MetricSnapshot> gauges = new ArrayList<>();
        double end = run.end() == null ? report.generatedAt().toEpochMilli() / 1000.0
                : run.end().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() / 1000.0;   // Batch's local times
        boolean completed = "COMPLETED".equals(run.status());
        Double success = completed ? Double.valueOf(end) : lastSuccess;
        gauges.add(gauge("quotewire_last_run_timestamp_seconds", "when the last run ended (epoch seconds)",
                point(end)));
        if (success != null) {
            gauges.add(gauge(LAST_SUCCESS, "when the last completed run ended (epoch seconds)", point(success)));
        }
        gauges.add(gauge("quotewire_last_run_success", "1 when the last run completed, 0 when it failed or stopped",
                point(completed ? 1 : 0)));
        gauges.add(gauge("quotewire_last_run_duration_seconds", "how long the last run took",
                point(run.durationMillis() / 1000.0)));
        RunReport.Articles a = report.articles();
        gauges.add(gauge("quotewire_last_run_articles", "articles of the last run, by what became of them",
                point(a.read(), "outcome", "read"), point(a.duplicates(), "outcome", "duplicate"),
                point(a.originals(), "outcome", "original"), point(a.rejected(), "outcome", "rejected")));
        List<GaugeDataPointSnapshot> reasons = new ArrayList<>();
        for (RunReport.Count c : report.rejectsByReason()) {
            reasons.add(point(c.count(), "reason", c.label()));
        }
        if (!reasons.isEmpty()) {
            gauges.add(gauge("quotewire_last_run_rejected_files", "input files the last run rejected, by reason",
                    reasons.toArray(GaugeDataPointSnapshot[]::new)));
        }
        RunReport.Quotations q = report.quotations();
        gauges.add(gauge("quotewire_last_run_quotations", "quotations the last run created or added occurrences to",
                point(q.created(), "change", "created"), point(q.updated(), "change", "updated")));
        gauges.add(gauge("quotewire_last_run_occurrences", "occurrences of quotations in the last run's articles",
                point(q.occurrences())));
        gauges.add(gauge("quotewire_last_run_speakers", "distinct named speakers of the last run's occurrences",
                point(q.speakers())));
        List<GaugeDataPointSnapshot> stepSeconds = new ArrayList<>();
        List<GaugeDataPointSnapshot> stepItems = new ArrayList<>();
        for (RunReport.StepFigures s : report.steps()) {
            stepSeconds.add(point(s.durationMillis() / 1000.0, "step", s.name(), "status", s.status()));
            stepItems.add(point(s.read(), "step", s.name(), "count", "read"));
            stepItems.add(point(s.written(), "step", s.name(), "count", "written"));
            stepItems.add(point(s.filtered(), "step", s.name(), "count", "filtered"));
            stepItems.add(point(s.skipped(), "step", s.name(), "count", "skipped"));
            stepItems.add(point(s.commits(), "step", s.name(), "count", "commits"));
        }
        if (!stepSeconds.isEmpty()) {
            gauges.add(gauge("quotewire_last_run_step_duration_seconds", "how long each step of the last run took",
                    stepSeconds.toArray(GaugeDataPointSnapshot[]::new)));
            gauges.add(gauge("quotewire_last_run_step_items", "items and commits of each step of the last run",
                    stepItems.toArray(GaugeDataPointSnapshot[]::new)));
        }
        // an info metric (the writer names it quotewire_last_run_info): labels only, value 1
        gauges.add(InfoSnapshot.builder().name("quotewire_last_run").help("the last run: its status, run date and execution")
                .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("status", run.status(),
                        "run_date", String.valueOf(run.runDate()), "execution_id", String.valueOf(run.executionId()),
                        "restart", String.valueOf(run.restart()))).build()).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, new MetricSnapshots(gauges));
        return out.toByteArray();
    }

    private static GaugeSnapshot gauge(String name, String help, GaugeDataPointSnapshot... points) {
        GaugeSnapshot.Builder b = GaugeSnapshot.builder().name(name).help(help);
        for (GaugeDataPointSnapshot p : points) {
            b.dataPoint(p);
        }
        return b.build();
    }

    private static GaugeDataPointSnapshot point(double value, String... labels) {
        return GaugeDataPointSnapshot.builder().value(value).labels(Labels.of(labels)).build();
    }
}
