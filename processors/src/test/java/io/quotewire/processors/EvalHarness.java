package io.quotewire.processors;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.Quote;
import io.quotewire.core.RawArticle;
import io.quotewire.core.TemporalExpression;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Developer tool, not a test: runs the per-article engines over a folder and writes {@code articles-dev.jsonl}
 * in the job's output contract, so the scorers in ../shared/eval can be run without the whole job.
 * Usage: EvalHarness INPUT_DIR OUTPUT_DIR
 */
public final class EvalHarness {
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long chars = 0;
        long t0 = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(output.resolve("articles-dev.jsonl"), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                text = text.stripLeading();
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                chars += text.length();
                ArticleOutcome outcome = analyzer.analyze(new RawArticle(id, f.getFileName().toString(), text));
                if (!(outcome instanceof AnalyzedArticle a)) {
                    System.err.println("rejected " + outcome);
                    continue;
                }
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("articleId", id);
                rec.put("published", a.article().published().toString());
                rec.put("body", a.article().body());
                rec.put("timexes", a.timexes().stream().map(EvalHarness::timex).toList());
                rec.put("quotes", a.quotes().stream().map(EvalHarness::quote).toList());
                out.write(json.writeValueAsString(rec));
                out.write('\n');
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf("%d files, %.1f MB in %.2f s%n", files.size(), chars / 1e6, secs);
    }

    private static Map<String, Object> timex(TemporalExpression t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", t.start());
        m.put("end", t.end());
        m.put("text", t.text());
        m.put("type", t.type().name());
        m.put("value", t.value());
        return m;
    }

    private static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("text", q.text());
        m.put("kind", q.kind().label());
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", q.speaker().name());
        speaker.put("type", q.speaker().type().label());
        speaker.put("mention", q.speaker().mention() == null ? null
                : span(q.speaker().mention().start(), q.speaker().mention().end(), q.speaker().mention().text()));
        m.put("speaker", speaker);
        m.put("cue", q.cue() == null ? null : span(q.cue().start(), q.cue().end(), q.cue().text()));
        m.put("date", q.date().toString());
        return m;
    }

    /** A span in a fixed key order (Map.of iterates in an order that changes from one JVM to the next). */
    private static Map<String, Object> span(int start, int end, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        m.put("text", text);
        return m;
    }
}
