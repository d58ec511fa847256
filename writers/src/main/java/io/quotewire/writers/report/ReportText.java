package io.quotewire.writers.report;

import java.util.List;
import java.util.Locale;

/** The run report as a compact plain-text table for the log: what an operator reads first. */
public final class ReportText {
    private ReportText() {
    }

    public static String render(RunReport report) {
        RunReport.Run run = report.run();
        RunReport.Articles a = report.articles();
        RunReport.Quotations q = report.quotations();
        StringBuilder t = new StringBuilder(2048);
        t.append(String.format(Locale.ROOT, "run %s: %s in %s (execution %d, instance %d%s)%n", run.runDate(),
                run.status(), Format.duration(run.durationMillis()), run.executionId(), run.instanceId(),
                run.restart() ? ", restart" : ""));
        String stepFormat = "  %-18s %-10s %9s %9s %9s %8s %8s %9s %12s%n";
        t.append(String.format(Locale.ROOT, stepFormat, "step", "status", "read", "written", "filtered", "skipped",
                "commits", "rollbacks", "duration"));
        for (RunReport.StepFigures s : report.steps()) {
            t.append(String.format(Locale.ROOT, stepFormat, Format.shorten(s.name(), 18), s.status(),
                    Format.count(s.read()), Format.count(s.written()), Format.count(s.filtered()),
                    Format.count(s.skipped()), Format.count(s.commits()), Format.count(s.rollbacks()),
                    Format.duration(s.durationMillis())));
        }
        t.append(String.format(Locale.ROOT, "  articles %s, rejected %s%s, duplicates %s%n", Format.count(a.read()),
                Format.count(a.rejected()), reasons(report.rejectsByReason()), Format.count(a.duplicates())));
        t.append(String.format(Locale.ROOT, "  quotations new %s, updated %s; quotes %s by %s speakers%n",
                Format.count(q.created()), Format.count(q.updated()), Format.count(q.occurrences()),
                Format.count(q.speakers())));
        if (!report.topSpeakers().isEmpty()) {
            StringBuilder top = new StringBuilder();
            for (RunReport.SpeakerCount s : report.topSpeakers().subList(0, Math.min(5, report.topSpeakers().size()))) {
                top.append(top.length() == 0 ? "" : ", ").append(Format.shorten(s.speaker(), 40)).append(' ')
                        .append(Format.count(s.occurrences()));
            }
            t.append("  top speakers: ").append(top).append(System.lineSeparator());
        }
        if (!run.exitMessage().isEmpty()) {
            // the first lines: each failure's cause in words (the collector leaves out stack frames and class names)
            run.exitMessage().lines().limit(4).forEach(line ->
                    t.append("  reason: ").append(Format.shorten(line, 200)).append(System.lineSeparator()));
        }
        return t.toString();
    }

    private static String reasons(List<RunReport.Count> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder r = new StringBuilder(" (");
        for (RunReport.Count c : counts) {
            r.append(r.length() == 2 ? "" : ", ").append(c.label()).append(' ').append(Format.count(c.count()));
        }
        return r.append(')').toString();
    }
}
