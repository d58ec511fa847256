package io.quotewire.bench;

import io.quotewire.query.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures, as the one table it prints (Markdown) and as JSON. */
final class BenchReport {
    static final double MB = 1e6;
    static final double MIB = 1024.0 * 1024.0;

    record Setup(int articles, long seed, String heap, Integer threads, String corpus, String work, String loadBefore,
                 String loadAfter) {
    }

    private final Setup setup;
    private final CorpusGenerator.Summary generated;
    private final double generateSeconds;
    private final BareLoop.Result bare;
    private final JobProcess.Result job;
    private final GcLog gc;
    private final JobRepositoryFigures figures;
    private final long databaseBytes;
    private Map<CorpusGenerator.Kind, int[]> duplicatesByKind;

    BenchReport(Setup setup, CorpusGenerator.Summary generated, double generateSeconds, BareLoop.Result bare,
                JobProcess.Result job, GcLog gc, JobRepositoryFigures figures, long databaseBytes) {
        this.setup = setup;
        this.generated = generated;
        this.generateSeconds = generateSeconds;
        this.bare = bare;
        this.job = job;
        this.gc = gc;
        this.figures = figures;
        this.databaseBytes = databaseBytes;
    }

    /** What the job marked duplicate, by the kind the generator made (null when unknown). */
    BenchReport withDuplicates(Map<CorpusGenerator.Kind, int[]> byKind) {
        this.duplicatesByKind = byKind;
        return this;
    }

    double inputMb() {
        return generated.bytes() / MB;
    }

    double bareSeconds() {
        return bare.wallNanos() / 1e9;
    }

    double jobSeconds() {
        return job.wallNanos() / 1e9;
    }

    /** First step's start to last step's end, or NaN when the job recorded no step. */
    double stepsSeconds() {
        Duration span = figures == null ? null : figures.stepsSpan();
        return span == null ? Double.NaN : span.toNanos() / 1e9;
    }

    String markdown() {
        int n = generated.articles();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "quotewire bench: %,d articles, seed %d, job -Xmx%s%s", n, setup.seed(),
                setup.heap(), setup.threads() == null ? "" : ", --threads " + setup.threads()));
        out.add(String.format(Locale.ROOT, "input: %,d files, %.1f MB in %d folder(s), generated in %.1f s from %s: %s",
                n, inputMb(), generated.folders(), generateSeconds, setup.corpus(), kinds()));
        out.add(String.format(Locale.ROOT, "bare loop: warm-up pass over the first %,d files first (not counted)",
                bare.warmup()));
        out.add("load average (1 min) before the bare loop " + setup.loadBefore() + ", after the job " + setup.loadAfter()
                + ", on " + Runtime.getRuntime().availableProcessors() + " cores: wall times on a busy machine are"
                + " long, CPU times less so");
        out.add("");
        out.add("| figure | bare loop (1 thread, no Spring, no database) | job (child JVM, H2) |");
        out.add("| --- | ---: | ---: |");
        row(out, "articles", num(bare.articles()), num(n));
        row(out, "input MB (10^6 bytes of UTF-8)", fmt1(bare.bytes() / MB), fmt1(inputMb()));
        row(out, "seconds, end to end (job: JVM start to exit)", fmt1(bareSeconds()), fmt1(jobSeconds()));
        row(out, "articles/s, end to end", num(n / bareSeconds()), num(n / jobSeconds()));
        row(out, "MB/s, end to end", fmt2(bare.bytes() / MB / bareSeconds()), fmt2(inputMb() / jobSeconds()));
        row(out, "CPU seconds (job: all threads)", cpu(bare.cpuNanos()), cpu(job.cpuNanos()));
        row(out, "articles per CPU second", perCpu(n, bare.cpuNanos()), perCpu(n, job.cpuNanos()));
        double steps = stepsSeconds();
        row(out, "seconds, first step start to last step end", "", fmt1(steps));
        row(out, "articles/s, MB/s over the steps", "", num(n / steps) + ", " + fmt2(inputMb() / steps));
        row(out, "ratio job/bare, time: end to end, steps", "", fmt1(jobSeconds() / bareSeconds()) + "x, "
                + fmt1(steps / bareSeconds()) + "x");
        if (figures != null) {
            for (JobRepositoryFigures.Step s : figures.steps()) {
                Duration d = s.duration();
                row(out, "step " + s.name() + (s.partitions() > 0 ? " (" + s.partitions() + " partitions)" : ""), "",
                        (d == null ? "-" : fmt1(d.toNanos() / 1e9) + " s") + ", read " + num(s.read()) + ", write "
                                + num(s.write()) + (s.skip() > 0 ? ", skip " + num(s.skip()) : "")
                                + ("COMPLETED".equals(s.status()) ? "" : ", " + s.status()));
            }
        }
        row(out, "peak heap used (largest before a GC or at exit, gc.log)", "",
                mib(gc.peakUsedBytes()) + " of " + setup.heap());
        row(out, "largest heap after a GC (live data bound)", "", mib(gc.maxAfterGcBytes()) + ", " + gc.collections()
                + " pauses");
        row(out, "peak RSS (VmHWM)", "", job.peakHwmKb() < 0 ? "-" : mib(job.peakHwmKb() * 1024));
        row(out, "database size (*.mv.db)", "", fmt1(databaseBytes / MB) + " MB");
        row(out, "database bytes per article", "", num((double) databaseBytes / n));
        row(out, "analyzed / rejected", num(bare.analyzed()) + " / " + num(bare.articles() - bare.analyzed()),
                figures == null ? "-" : num(figures.rows().getOrDefault("article", -1L)) + " / "
                        + num(figures.rows().getOrDefault("rejected_input", -1L)));
        if (figures != null) {
            row(out, "quotes; job: quotations, occurrences", num(bare.quotes()),
                    num(figures.rows().getOrDefault("quotation", -1L)) + ", "
                            + num(figures.rows().getOrDefault("occurrence", -1L)));
            row(out, "articles the job marked duplicate", "", num(figures.duplicateOf().size()));
        }
        if (duplicatesByKind != null) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<CorpusGenerator.Kind, int[]> e : duplicatesByKind.entrySet()) {
                parts.add(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + num(e.getValue()[1])
                        + "/" + num(e.getValue()[0]));
            }
            row(out, "dedup vs generation: copies and edits put with their source; originals and composed marked"
                    + " duplicate (of generated)", "", String.join(", ", parts));
        }
        row(out, "job status (exit code)", "", (figures == null ? "?" : figures.status()) + " (" + job.exitCode() + ")");
        return String.join("\n", out) + "\n";
    }

    private String kinds() {
        List<String> parts = new ArrayList<>();
        for (CorpusGenerator.Kind k : CorpusGenerator.Kind.values()) {
            parts.add(num(generated.count(k)) + " " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return String.join(", ", parts) + (generated.sourcesSkipped() > 0
                ? " (" + generated.sourcesSkipped() + " unusable source files skipped)" : "");
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        int n = generated.articles();
        root.put("articles", n);
        root.put("seed", setup.seed());
        root.put("heap", setup.heap());
        root.put("threads", setup.threads());
        root.put("corpus", setup.corpus());
        root.put("work", setup.work());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("loadAverageBefore", setup.loadBefore());
        root.put("loadAverageAfter", setup.loadAfter());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("files", n);
        input.put("bytes", generated.bytes());
        input.put("folders", generated.folders());
        input.put("generateSeconds", generateSeconds);
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (CorpusGenerator.Kind k : CorpusGenerator.Kind.values()) {
            kinds.put(k.name().toLowerCase(Locale.ROOT), generated.count(k));
        }
        input.put("kinds", kinds);
        input.put("sourcesSkipped", generated.sourcesSkipped());
        root.put("input", input);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("articles", bare.articles());
        b.put("analyzed", bare.analyzed());
        b.put("quotes", bare.quotes());
        b.put("bytes", bare.bytes());
        b.put("warmupArticles", bare.warmup());
        b.put("seconds", bareSeconds());
        b.put("cpuSeconds", bare.cpuNanos() < 0 ? null : bare.cpuNanos() / 1e9);
        b.put("articlesPerSecond", n / bareSeconds());
        b.put("mbPerSecond", bare.bytes() / MB / bareSeconds());
        root.put("bare", b);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("exitCode", job.exitCode());
        j.put("status", figures == null ? null : figures.status());
        j.put("seconds", jobSeconds());
        j.put("cpuSeconds", job.cpuNanos() < 0 ? null : job.cpuNanos() / 1e9);
        j.put("articlesPerSecond", n / jobSeconds());
        j.put("mbPerSecond", inputMb() / jobSeconds());
        double steps = stepsSeconds();
        j.put("stepsSeconds", Double.isNaN(steps) ? null : steps);
        j.put("stepsArticlesPerSecond", Double.isNaN(steps) ? null : n / steps);
        j.put("stepsMbPerSecond", Double.isNaN(steps) ? null : inputMb() / steps);
        j.put("peakHeapUsedBytes", gc.peakUsedBytes() < 0 ? null : gc.peakUsedBytes());
        j.put("maxHeapAfterGcBytes", gc.maxAfterGcBytes() < 0 ? null : gc.maxAfterGcBytes());
        j.put("gcPauses", gc.collections());
        j.put("peakRssBytes", job.peakHwmKb() < 0 ? null : job.peakHwmKb() * 1024);
        j.put("databaseBytes", databaseBytes);
        j.put("databaseBytesPerArticle", (double) databaseBytes / n);
        List<Object> stepList = new ArrayList<>();
        if (figures != null) {
            for (JobRepositoryFigures.Step s : figures.steps()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("partitions", s.partitions());
                m.put("seconds", s.duration() == null ? null : s.duration().toNanos() / 1e9);
                m.put("read", s.read());
                m.put("write", s.write());
                m.put("filter", s.filter());
                m.put("skip", s.skip());
                m.put("commits", s.commits());
                m.put("status", s.status());
                stepList.add(m);
            }
            j.put("rows", new LinkedHashMap<>(figures.rows()));
            j.put("duplicates", figures.duplicateOf().size());
        }
        j.put("steps", stepList);
        if (duplicatesByKind != null) {
            Map<String, Object> byKind = new LinkedHashMap<>();
            for (Map.Entry<CorpusGenerator.Kind, int[]> e : duplicatesByKind.entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("generated", e.getValue()[0]);
                m.put(e.getKey() == CorpusGenerator.Kind.ORIGINAL || e.getKey() == CorpusGenerator.Kind.COMPOSED
                        ? "markedDuplicate" : "withTheirSource", e.getValue()[1]);
                byKind.put(e.getKey().name().toLowerCase(Locale.ROOT), m);
            }
            j.put("duplicatesByKind", byKind);
        }
        root.put("job", j);
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("endToEnd", jobSeconds() / bareSeconds());
        ratio.put("steps", Double.isNaN(steps) ? null : steps / bareSeconds());
        root.put("ratioJobToBare", ratio);
        StringBuilder sb = new StringBuilder();
        write(sb, root, "");
        return sb.append('\n').toString();
    }

    private static void row(List<String> out, String figure, String bare, String job) {
        out.add("| " + figure + " | " + bare + " | " + job + " |");
    }

    static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String fmt1(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String fmt2(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String cpu(long nanos) {
        return nanos < 0 ? "-" : fmt1(nanos / 1e9);
    }

    private static String perCpu(int n, long nanos) {
        return nanos <= 0 ? "-" : num(n / (nanos / 1e9));
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,.0f MiB", bytes / MIB);
    }

    /** A minimal JSON writer for maps, lists, strings, numbers, booleans and null. */
    static void write(StringBuilder sb, Object v, String indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append("{");
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "\n" : ",\n").append(inner);
                Json.string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), inner);
                first = false;
            }
            sb.append(first ? "}" : "\n" + indent + "}");
        } else if (v instanceof List<?> l) {
            sb.append("[");
            String inner = indent + "  ";
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "\n" : ",\n").append(inner);
                write(sb, l.get(i), inner);
            }
            sb.append(l.isEmpty() ? "]" : "\n" + indent + "]");
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.4f", d));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            Json.string(sb, v.toString());
        }
    }
}
