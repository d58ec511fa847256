package io.quotewire.processors.quotes;

import io.quotewire.core.AnalyzedArticle;
import io.quotewire.core.ArticleOutcome;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Speaker;
import io.quotewire.processors.ArticleAnalyzer;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.processors.dates.StatementDater;
import io.quotewire.processors.dates.TemporalTagger;
import io.quotewire.processors.dedup.Fingerprinter;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Developer tool, not a test: trains the speaker ranker. {@code .ci/train-speaker-ranker} runs it in three steps:
 * <ol>
 * <li>{@code dump INPUT_DIR CANDIDATES_JSONL}: every quotation's candidates and features, the rules choosing;</li>
 * <li>(.ci/speaker_events.py labels them against gold, development articles only);</li>
 * <li>{@code train EVENTS_TSV MODEL [--without-picked]} and {@code lopo EVENTS_TSV [--without-picked]}: the
 * model on all development publishers, and leave-one-publisher-out accuracy against the rules' pick.</li>
 * </ol>
 * Deterministic: files in sorted order, one training thread, fixed iterations; GIS has no random start.
 */
public final class SpeakerRankerTrainer {
    static final int ITERATIONS = 150;
    static final int CUTOFF = 3;

    public static void main(String[] args) throws IOException {
        boolean withoutPicked = Arrays.asList(args).contains("--without-picked");
        switch (args[0]) {
            case "dump" -> dump(Path.of(args[1]), Path.of(args[2]));
            case "dump-antecedents" -> dumpAntecedents(Path.of(args[1]), Path.of(args[2]));
            case "train" -> {
                GISModel model = train(read(Path.of(args[1]), withoutPicked), null);
                write(model, Path.of(args[2]));
            }
            case "lopo" -> lopo(read(Path.of(args[1]), withoutPicked));
            default -> throw new IllegalArgumentException("dump, train or lopo, not " + args[0]);
        }
    }

    /** One labelled candidate of one quotation. */
    record Row(String publisher, String quotation, boolean speaker, boolean picked, String[] features) {
    }

    static void dump(Path input, Path output) throws IOException {
        List<Map<String, Object>> quotes = new ArrayList<>();
        QuoteExtractor.CandidateLog log = (articleId, start, end, candidates, features) -> {
            List<Map<String, Object>> cs = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Speaker s = candidates.get(i);
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", s.name());
                c.put("mention", s.mention() == null ? null : Map.of("start", s.mention().start(), "end", s.mention().end()));
                c.put("features", features.get(i));
                cs.add(c);
            }
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("start", start);
            q.put("end", end);
            q.put("candidates", cs);
            quotes.add(q);
        };
        writeRecords(input, output, new QuoteExtractor(null, log), quotes::clear,
                (a, rec) -> rec.put("quotes", quotes));
    }

    /**
     * Every article's quotations (span and speaker mention) and every speaker pronoun's antecedent candidates with
     * their features, the speaker ranker choosing speakers and the baseline (the person named last) choosing
     * antecedents. Train on them with {@code --without-picked}: "picked" marks the baseline's choice for lopo only.
     */
    static void dumpAntecedents(Path input, Path output) throws IOException {
        Map<Integer, Map<String, Object>> pronouns = new LinkedHashMap<>();
        QuoteExtractor.AntecedentLog log = (articleId, start, names, features) -> {
            List<Map<String, Object>> cs = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                List<String> f = new ArrayList<>(features.get(i));
                if (i == 0) {
                    f.add("picked"); // the baseline's choice, the person named last: lopo's "rules" column
                }
                cs.add(Map.of("name", names.get(i), "features", f));
            }
            pronouns.put(start, Map.of("start", start, "candidates", cs)); // the same state each time it is read
        };
        writeRecords(input, output, new QuoteExtractor(SpeakerRanker.shipped(), null, null, log), pronouns::clear,
                (a, rec) -> {
                    List<Map<String, Object>> quotes = new ArrayList<>();
                    for (io.quotewire.core.Quote q : a.quotes()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("start", q.start());
                        m.put("end", q.end());
                        Speaker sp = q.speaker();
                        m.put("mention", sp == null || sp.mention() == null ? null : sp.mention().start());
                        quotes.add(m);
                    }
                    rec.put("quotes", quotes);
                    rec.put("pronouns", new ArrayList<>(pronouns.values()));
                });
    }

    /**
     * Analyses the input files in name order and writes one JSON line per analysed article: its id, its body, then
     * what {@code fields} adds from the article and from what the extractor's log gathered ({@code reset} empties
     * that before each article).
     */
    private static void writeRecords(Path input, Path output, QuoteExtractor extractor, Runnable reset,
                                     BiConsumer<AnalyzedArticle, Map<String, Object>> fields) throws IOException {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new PublicationDateParser(), new TemporalTagger(), extractor,
                new StatementDater(), new Fingerprinter());
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Path f : inputs(input)) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                reset.run();
                ArticleOutcome outcome = analyzer.analyze(new RawArticle(id, f.getFileName().toString(), read(f)));
                if (outcome instanceof AnalyzedArticle a) {
                    Map<String, Object> rec = new LinkedHashMap<>();
                    rec.put("articleId", id);
                    rec.put("body", a.article().body());
                    fields.accept(a, rec);
                    out.write(json.writeValueAsString(rec));
                    out.write('\n');
                }
            }
        }
    }

    private static List<Path> inputs(Path input) throws IOException {
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** An input file as EvalHarness reads it. */
    private static String read(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.stripLeading();
    }

    static List<Row> read(Path events, boolean withoutPicked) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            String[] features = Arrays.copyOfRange(p, 4, p.length);
            boolean picked = Arrays.asList(features).contains("picked");
            if (withoutPicked) {
                features = Arrays.stream(features).filter(x -> !x.startsWith("picked")).toArray(String[]::new);
            }
            rows.add(new Row(p[0], p[1] + "#" + p[2], p[3].equals("1"), picked, features));
        }
        return rows;
    }

    /** The model over every row but the held-out publisher's (null: all). */
    static GISModel train(List<Row> rows, String heldOut) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Row r : rows) {
            if (!r.publisher().equals(heldOut)) {
                events.add(new Event(r.speaker() ? SpeakerRanker.SPEAKER : "0", r.features()));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (GISModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    static void write(GISModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            new BinaryGISModelWriter(model, data).persist();
        }
    }

    /** Per publisher: quotations whose speaker the ranker trained on the other six gets right, and the rules. */
    static void lopo(List<Row> rows) throws IOException {
        for (double margin : MARGINS) {
            lopo(rows, margin);
        }
    }

    /** The margins over the rules' pick that lopo reports, to choose {@link SpeakerRanker#MARGIN}. */
    static final double[] MARGINS = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

    static void lopo(List<Row> rows, double margin) throws IOException {
        int allRanker = 0;
        int allRules = 0;
        int allTotal = 0;
        for (String publisher : new TreeSet<>(rows.stream().map(Row::publisher).toList())) {
            SpeakerRanker ranker = new SpeakerRanker(train(rows, publisher));
            Map<String, List<Row>> quotations = new LinkedHashMap<>();
            for (Row r : rows) {
                if (r.publisher().equals(publisher)) {
                    quotations.computeIfAbsent(r.quotation(), k -> new ArrayList<>()).add(r);
                }
            }
            int byRanker = 0;
            int byRules = 0;
            for (List<Row> cs : quotations.values()) {
                int picked = -1;
                for (int i = 0; i < cs.size(); i++) {
                    picked = cs.get(i).picked() ? i : picked;
                }
                int best = ranker.best(cs.stream().map(r -> Arrays.asList(r.features())).toList(), picked, margin);
                byRanker += cs.get(best).speaker() ? 1 : 0;
                byRules += cs.stream().anyMatch(r -> r.picked() && r.speaker()) ? 1 : 0;
            }
            int n = quotations.size();
            System.out.printf("lopo margin %.1f %-12s quotations %4d  rules %5.1f  ranker %5.1f (%d)%n", margin, publisher, n,
                    100.0 * byRules / n, 100.0 * byRanker / n, byRanker);
            allRanker += byRanker;
            allRules += byRules;
            allTotal += n;
        }
        System.out.printf("lopo margin %.1f %-12s quotations %4d  rules %5.1f  ranker %5.1f (%d)%n", margin, "all", allTotal,
                100.0 * allRules / allTotal, 100.0 * allRanker / allTotal, allRanker);
    }
}
