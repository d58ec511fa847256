package io.quotewire.bench;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.readers.ArticleFileDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a benchmark corpus of any size from a folder of source stories, deterministically for a seed. Each
 * generated article gets a unique id (its file name) and a date in a window of days, and is one of:
 * <ul>
 *   <li>{@link Kind#ORIGINAL}: a source story as it is, with the new date, while unused stories are left;</li>
 *   <li>{@link Kind#COMPOSED}: past that, a new story made of paragraphs of 2 or 3 random source stories;</li>
 *   <li>{@link Kind#EXACT_COPY} (about 10%): an earlier generated article as it is, the same or the next day;</li>
 *   <li>{@link Kind#LIGHT_EDIT} (about 8%): a few words changed and a sentence added;</li>
 *   <li>{@link Kind#HEAVY_EDIT} (about 5%): paragraphs dropped and reordered, words changed, sentences added;</li>
 *   <li>{@link Kind#TRIMMED} (about 7%): the first 40-75% of an earlier article's paragraphs under a new headline,
 *       with a sign-off line, as outlets republish wire stories.</li>
 * </ul>
 * It streams: source stories are read when used, and only a bounded reservoir of recent generated articles is kept to
 * copy from, so a million articles need no more memory than a thousand. Files go into subfolders of at most
 * {@value #FOLDER_SIZE}.
 */
public final class CorpusGenerator {
    public static final int FOLDER_SIZE = 1000;
    static final int RESERVOIR = 1000;
    static final double EXACT = 0.10;
    static final double LIGHT = 0.08;
    static final double HEAVY = 0.05;
    static final double TRIMMED = 0.07;

    public enum Kind { ORIGINAL, COMPOSED, EXACT_COPY, LIGHT_EDIT, HEAVY_EDIT, TRIMMED }

    /** What was written. */
    public record Summary(int articles, long bytes, int folders, Map<Kind, Integer> kinds, int sourcesSkipped) {
        public int count(Kind kind) {
            return kinds.getOrDefault(kind, 0);
        }
    }

    private record Recent(String id, int day, ArticleText text) {
    }

    private static final String[] OUTLETS = {"wire", "herald", "tribune", "courier", "gazette", "post", "chronicle",
            "times", "ledger", "observer"};
    private static final String[] WORDS = {"officials", "recent", "major", "market", "expected", "further", "report",
            "sharply", "early", "several", "analysts", "earlier", "current", "overall", "initial", "strong", "weak",
            "likely", "higher", "lower", "industry", "government", "companies", "traders", "sources", "period"};
    private static final String[] NAMES = {"Anna Berg", "David Okoro", "Lena Fischer", "Marco Rossi", "Priya Nair",
            "Tom Haines", "Sofia Alves", "Kenji Mori", "Claire Dubois", "Omar Haddad"};
    private static final String[] SENTENCES = {
            "The company did not immediately respond to a request for comment.",
            "Further details were not immediately available.",
            "{name} contributed reporting.",
            "The figures were released late on {day}.",
            "Analysts had expected the move for several weeks, {name} said.",
            "“We are watching this very closely,” {name} said in a statement on {day}.",
            "Markets in the region were little changed after the announcement.",
            "A spokesman declined to comment on the {word} talks.",
            "The report is due to be published in full next month.",
            "This story has been updated with comments from {name}."};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] SIGN_OFFS = {"(Reporting by %s; Editing by %s)", "-- %s, with wire services",
            "Compiled by %s for the %s desk.", "(%s; additional reporting by %s)"};
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{4,}\\b");

    private final List<Path> sources;
    private final LocalDate firstDay;
    private final int days;
    private final SplittableRandom random;
    private final ArticleFileDecoder decoder = new ArticleFileDecoder();
    private final PublicationDateParser dateParser = new PublicationDateParser();
    private final List<Recent> recent = new ArrayList<>();
    private int recentNext;
    private int nextSource;
    private final BitSet unusable = new BitSet();

    /**
     * @param sources  the source story files (any order: they are shuffled with the seed)
     * @param firstDay the first publication day
     * @param days     how many days the dates spread over
     */
    public CorpusGenerator(List<Path> sources, LocalDate firstDay, int days, long seed) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source stories");
        }
        this.random = new SplittableRandom(seed);
        List<Path> shuffled = new ArrayList<>(sources);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        this.sources = shuffled;
        this.firstDay = firstDay;
        this.days = days;
    }

    /**
     * Checks the job's deduplication against what was generated: for each kind, how many articles the manifest has
     * and how many the job put with what they were made from (the same canonical article: either is the other's
     * duplicate, or both are duplicates of a third); for originals and composed stories, how many it marked duplicate.
     *
     * @param duplicateOf the job's article id to duplicate-of id, for the articles it marked duplicate
     */
    public static Map<Kind, int[]> duplicatesByKind(Path manifest, Map<String, String> duplicateOf) throws IOException {
        Map<Kind, int[]> out = new EnumMap<>(Kind.class);
        try (var lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> {
                String[] f = line.split(",", -1);
                int[] c = out.computeIfAbsent(Kind.valueOf(f[2]), k -> new int[2]);
                c[0]++;
                boolean hit = f[3].isEmpty() ? duplicateOf.containsKey(f[0])
                        : canonical(f[0], duplicateOf).equals(canonical(f[3], duplicateOf));
                if (hit) {
                    c[1]++;
                }
            });
        }
        return out;
    }

    private static String canonical(String id, Map<String, String> duplicateOf) {
        String c = id;
        for (int i = 0; i < 100 && duplicateOf.containsKey(c); i++) {
            c = duplicateOf.get(c);
        }
        return c;
    }

    /** The {@code *.txt} files of a folder and its subfolders, in name order. */
    public static List<Path> articleFiles(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /**
     * Writes {@code count} articles under {@code output} and, when {@code manifest} is not null, one CSV line per
     * article there: id, path, kind, the id it was made from, date.
     */
    public Summary generate(Path output, int count, Path manifest) throws IOException {
        Files.createDirectories(output);
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        long bytes = 0;
        int folders = 0;
        BufferedWriter csv = manifest == null ? null : Files.newBufferedWriter(manifest, StandardCharsets.UTF_8);
        try {
            if (csv != null) {
                csv.write("id,path,kind,from,date\n");
            }
            Path folder = null;
            for (int i = 0; i < count; i++) {
                if (i % FOLDER_SIZE == 0) {
                    folder = output.resolve(String.format(Locale.ROOT, "%04d", i / FOLDER_SIZE));
                    Files.createDirectories(folder);
                    folders++;
                }
                String name = OUTLETS[random.nextInt(OUTLETS.length)] + String.format(Locale.ROOT, "-%08d", i + 1);
                // the job's article id: the path under the input folder without .txt
                String id = folder.getFileName() + "/" + name;
                int day = (int) ((long) i * days / count);
                Made made = make(day);
                String text = made.text.endsWith("\n") ? made.text : made.text + "\n";
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                Path file = folder.resolve(name + ".txt");
                Files.write(file, b);
                bytes += b.length;
                kinds.merge(made.kind, 1, Integer::sum);
                try {
                    remember(new Recent(id, made.day, ArticleText.parse(text.strip(), dateParser)));
                } catch (InvalidDateException e) {
                    throw new IllegalStateException("generated an article without a valid date: " + file, e);
                }
                if (csv != null) {
                    csv.write(id + "," + output.relativize(file).toString().replace('\\', '/') + "," + made.kind + ","
                            + (made.from == null ? "" : made.from) + "," + firstDay.plusDays(made.day) + "\n");
                }
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
        return new Summary(count, bytes, folders, kinds, unusable.cardinality());
    }

    private record Made(Kind kind, String text, int day, String from) {
    }

    private Made make(int day) throws IOException {
        double r = random.nextDouble();
        if (!recent.isEmpty() && r < EXACT + LIGHT + HEAVY + TRIMMED) {
            Recent from = recent.get(random.nextInt(recent.size()));
            if (r < EXACT) {
                int d = later(from.day, 1);
                return new Made(Kind.EXACT_COPY, from.text.withDate(date(d)), d, from.id);
            }
            if (r < EXACT + LIGHT && !from.text.paragraphs().isEmpty()) {
                int d = later(from.day, 2);
                return new Made(Kind.LIGHT_EDIT, lightEdit(from.text, d), d, from.id);
            }
            if (r < EXACT + LIGHT + HEAVY && !from.text.paragraphs().isEmpty()) {
                int d = later(from.day, 2);
                return new Made(Kind.HEAVY_EDIT, heavyEdit(from.text, d), d, from.id);
            }
            if (r >= EXACT + LIGHT + HEAVY && !from.text.paragraphs().isEmpty()) {
                int d = later(from.day, 1);
                return new Made(Kind.TRIMMED, trimmed(from.text, d), d, from.id);
            }
        }
        while (nextSource < sources.size()) {
            ArticleText text = read(nextSource++);
            if (text != null) {
                return new Made(Kind.ORIGINAL, text.withDate(date(day)), day, null);
            }
        }
        return new Made(Kind.COMPOSED, composed(day), day, null);
    }

    /** The same day or up to {@code most} days later, within the window. */
    private int later(int day, int most) {
        return Math.min(days - 1, day + random.nextInt(most + 1));
    }

    private LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    private void remember(Recent r) {
        if (recent.size() < RESERVOIR) {
            recent.add(r);
        } else {
            recent.set(recentNext, r);
            recentNext = (recentNext + 1) % RESERVOIR;
        }
    }

    /** A source story, or null when it cannot be used (counted once as skipped). */
    private ArticleText read(int index) throws IOException {
        if (unusable.get(index)) {
            return null;
        }
        Path source = sources.get(index);
        String name = source.getFileName().toString();
        ArticleInput input = decoder.decode(name, name, Files.readAllBytes(source));
        if (input instanceof RawArticle raw) {
            try {
                return ArticleText.parse(raw.text(), dateParser);
            } catch (InvalidDateException e) {
                // unusable
            }
        }
        unusable.set(index);
        return null;
    }

    /** A new story: the headline of one random source story and some paragraphs of it and of one or two others. */
    private String composed(int day) throws IOException {
        int parts = 2 + random.nextInt(2);
        String headline = null;
        List<String> paragraphs = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int attempt = 0; used.size() < parts && attempt < parts * 20; attempt++) {
            int index = random.nextInt(sources.size());
            if (used.contains(index) && used.size() < sources.size()) {
                continue;
            }
            ArticleText text = read(index);
            if (text == null || text.paragraphs().isEmpty()) {
                continue;
            }
            used.add(index);
            if (headline == null) {
                headline = text.headline();
            }
            List<String> ps = text.paragraphs();
            int take = 1 + random.nextInt((ps.size() + 1) / 2);
            int start = random.nextInt(ps.size() - take + 1);
            paragraphs.addAll(ps.subList(start, start + take));
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no usable source story: every file was rejected by the decoder or has no date");
        }
        return ArticleText.render(date(day), headline, paragraphs);
    }

    private String lightEdit(ArticleText from, int day) {
        List<String> paragraphs = new ArrayList<>(from.paragraphs());
        changeWords(paragraphs, 2 + random.nextInt(3));
        addSentence(paragraphs);
        return ArticleText.render(date(day), from.headline(), paragraphs);
    }

    private String heavyEdit(ArticleText from, int day) {
        List<String> paragraphs = new ArrayList<>(from.paragraphs());
        if (paragraphs.size() >= 3) {
            int drop = 1 + random.nextInt(Math.max(1, paragraphs.size() / 4));
            for (int i = 0; i < drop && paragraphs.size() > 2; i++) {
                paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
            }
        }
        if (paragraphs.size() >= 2) {
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                Collections.swap(paragraphs, random.nextInt(paragraphs.size()), random.nextInt(paragraphs.size()));
            }
        }
        changeWords(paragraphs, 5 + random.nextInt(6));
        addSentence(paragraphs);
        if (random.nextBoolean()) {
            addSentence(paragraphs);
        }
        return ArticleText.render(date(day), from.headline(), paragraphs);
    }

    private String trimmed(ArticleText from, int day) {
        List<String> ps = from.paragraphs();
        double share = 0.40 + 0.35 * random.nextDouble();
        int keep = Math.max(1, Math.min(ps.size(), (int) Math.round(ps.size() * share)));
        List<String> paragraphs = new ArrayList<>(ps.subList(0, keep));
        String signOff = SIGN_OFFS[random.nextInt(SIGN_OFFS.length)];
        paragraphs.add(String.format(Locale.ROOT, signOff, name(), signOff.contains("desk") ? word() : name()));
        String headline = newHeadline(ps.get(0));
        if (headline.equals(from.headline())) {
            headline = "Update: " + headline; // a trimmed copy of a trimmed copy
        }
        return ArticleText.render(date(day), headline, paragraphs);
    }

    /** The first words of the opening paragraph, in title case: the republishing outlet's headline. */
    private String newHeadline(String opening) {
        String[] words = opening.replaceAll("[“”\"‘’]", "").split("\\s+");
        int n = Math.min(words.length, 5 + random.nextInt(5));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = words[i].replaceAll("[,.;:()]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.length() == 0 ? "News in brief" : out.toString();
    }

    /** Replaces {@code count} lower-case words of four letters or more, at random places, with other words. */
    private void changeWords(List<String> paragraphs, int count) {
        for (int c = 0; c < count; c++) {
            int p = random.nextInt(paragraphs.size());
            String text = paragraphs.get(p);
            List<int[]> spans = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            if (spans.isEmpty()) {
                continue;
            }
            int[] s = spans.get(random.nextInt(spans.size()));
            paragraphs.set(p, text.substring(0, s[0]) + word() + text.substring(s[1]));
        }
    }

    /** Adds a short paragraph of one sentence, at the end or after a random paragraph. */
    private void addSentence(List<String> paragraphs) {
        String sentence = SENTENCES[random.nextInt(SENTENCES.length)].replace("{name}", name())
                .replace("{day}", WEEKDAYS[random.nextInt(WEEKDAYS.length)]).replace("{word}", word());
        int at = random.nextInt(3) == 0 ? 1 + random.nextInt(paragraphs.size()) : paragraphs.size();
        paragraphs.add(at, wrap(sentence, 65));
    }

    private String name() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Hard-wraps a sentence at {@code width} columns, as the wire does. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String w : text.split(" ")) {
            if (out.length() > lineStart) {
                if (out.length() - lineStart + 1 + w.length() > width) {
                    out.append('\n');
                    lineStart = out.length();
                } else {
                    out.append(' ');
                }
            }
            out.append(w);
        }
        return out.toString();
    }
}
