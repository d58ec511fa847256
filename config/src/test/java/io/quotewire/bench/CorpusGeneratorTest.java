package io.quotewire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quotewire.bench.CorpusGenerator.Kind;
import io.quotewire.bench.CorpusGenerator.Summary;
import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.processors.dates.PublicationDateParser;
import io.quotewire.readers.ArticleFileDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final int STORIES = 40;
    private static final int N = 3000;

    @TempDir
    Path tmp;

    private List<Path> sources;
    private final PublicationDateParser parser = new PublicationDateParser();

    @BeforeEach
    void corpus() throws IOException {
        SyntheticCorpus.write(tmp.resolve("src"), STORIES);
        sources = CorpusGenerator.articleFiles(tmp.resolve("src"));
    }

    private Summary generate(String dir, long seed) throws IOException {
        return new CorpusGenerator(sources, FIRST, 30, seed).generate(tmp.resolve(dir), N, tmp.resolve(dir + ".csv"));
    }

    record Entry(String id, String path, Kind kind, String from, LocalDate date) {
    }

    private Map<String, Entry> manifest(String dir) throws IOException {
        Map<String, Entry> out = new HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve(dir + ".csv")).subList(1, N + 1)) {
            String[] f = line.split(",", -1);
            out.put(f[0], new Entry(f[0], f[1], Kind.valueOf(f[2]), f[3], LocalDate.parse(f[4])));
        }
        return out;
    }

    private String text(String dir, Entry e) throws IOException {
        return Files.readString(tmp.resolve(dir).resolve(e.path()), StandardCharsets.UTF_8);
    }

    @Test
    void theMixIsWithinToleranceAndEveryUsableStoryIsUsedOnceAsIs() throws IOException {
        Summary s = generate("gen", 7);
        assertThat(s.articles()).isEqualTo(N);
        assertThat(s.sourcesSkipped()).as("the file without a date").isEqualTo(1);
        assertThat(s.count(Kind.ORIGINAL)).isEqualTo(STORIES);
        assertThat((double) s.count(Kind.EXACT_COPY) / N).isCloseTo(0.10, within(0.025));
        assertThat((double) s.count(Kind.LIGHT_EDIT) / N).isCloseTo(0.08, within(0.025));
        assertThat((double) s.count(Kind.HEAVY_EDIT) / N).isCloseTo(0.05, within(0.02));
        assertThat((double) s.count(Kind.TRIMMED) / N).isCloseTo(0.07, within(0.025));
        assertThat(s.kinds().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(N);
        Set<String> originals = new HashSet<>();
        for (Entry e : manifest("gen").values()) {
            assertThat(e.path()).as("the manifest names articles by the job's ids").isEqualTo(e.id() + ".txt");
            if (e.kind() == Kind.ORIGINAL) {
                originals.add(text("gen", e).substring("date 2026-11-01".length()));
            }
        }
        Set<String> stories = new HashSet<>();
        for (Path p : sources) {
            String t = Files.readString(p);
            if (t.startsWith("date ")) {
                stories.add(t.substring("date 1987-03-01".length()));
            }
        }
        assertThat(originals).as("originals are the stories as they are, after the date").isEqualTo(stories);
    }

    @Test
    void idsAreUniqueFoldersHoldAtMostAThousandAndEveryFileDecodesWithADateInTheWindow() throws IOException {
        Summary s = generate("gen", 7);
        List<Path> files = CorpusGenerator.articleFiles(tmp.resolve("gen"));
        assertThat(files).hasSize(N);
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(names).hasSize(N);
        Map<Path, Long> perFolder = files.stream().collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
        assertThat(perFolder).hasSize(3);
        assertThat(s.folders()).isEqualTo(3);
        assertThat(perFolder.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(CorpusGenerator.FOLDER_SIZE));
        ArticleFileDecoder decoder = new ArticleFileDecoder();
        Set<LocalDate> days = new HashSet<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            ArticleInput in = decoder.decode("x", "x", b);
            assertThat(in).as(f.toString()).isInstanceOf(RawArticle.class);
            LocalDate d = assertDoesNotThrow(() -> parser.parseHeader(((RawArticle) in).text()).date().date());
            assertThat(d).isBetween(FIRST, FIRST.plusDays(29));
            days.add(d);
        }
        assertThat(days).as("spread over the 30 days").hasSize(30);
        assertThat(bytes).isEqualTo(s.bytes());
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }

    @Test
    void copiesEditsAndTrimsAreMadeFromAnEarlierArticleAndLookLikeIt() throws Exception {
        generate("gen", 11);
        Map<String, Entry> m = manifest("gen");
        Map<Kind, Integer> checked = new HashMap<>();
        for (Entry e : m.values()) {
            if (e.from().isEmpty()) {
                continue;
            }
            Entry from = m.get(e.from());
            assertThat(from).as(e.id()).isNotNull();
            assertThat(Long.parseLong(from.id().substring(from.id().indexOf('-') + 1)))
                    .isLessThan(Long.parseLong(e.id().substring(e.id().indexOf('-') + 1)));
            long days = e.date().toEpochDay() - from.date().toEpochDay();
            ArticleText mine = ArticleText.parse(text("gen", e).strip(), parser);
            ArticleText theirs = ArticleText.parse(text("gen", from).strip(), parser);
            switch (e.kind()) {
                case EXACT_COPY -> {
                    assertThat(days).isBetween(0L, 1L);
                    assertThat(mine.tail()).isEqualTo(theirs.tail());
                }
                case LIGHT_EDIT -> {
                    assertThat(days).isBetween(0L, 2L);
                    assertThat(mine.headline()).isEqualTo(theirs.headline());
                    assertThat(mine.paragraphs()).hasSize(theirs.paragraphs().size() + 1);
                    assertThat(mine.tail()).isNotEqualTo(theirs.tail());
                }
                case HEAVY_EDIT -> {
                    assertThat(days).isBetween(0L, 2L);
                    assertThat(mine.tail()).isNotEqualTo(theirs.tail());
                }
                case TRIMMED -> {
                    assertThat(days).isBetween(0L, 1L);
                    int kept = mine.paragraphs().size() - 1;
                    int all = theirs.paragraphs().size();
                    assertThat(kept).isBetween(1, all);
                    assertThat(kept).isLessThanOrEqualTo(Math.max(1, (int) Math.round(all * 0.75)));
                    assertThat(mine.paragraphs().subList(0, kept)).isEqualTo(theirs.paragraphs().subList(0, kept));
                    assertThat(mine.headline()).isNotEqualTo(theirs.headline());
                }
                default -> throw new AssertionError(e.kind() + " has a source");
            }
            checked.merge(e.kind(), 1, Integer::sum);
        }
        assertThat(checked).containsOnlyKeys(Kind.EXACT_COPY, Kind.LIGHT_EDIT, Kind.HEAVY_EDIT, Kind.TRIMMED);
    }

    @Test
    void composedStoriesTakeParagraphsFromSeveralStoriesAndAreRarelyTheSame() throws Exception {
        SyntheticCorpus.write(tmp.resolve("many"), 300);
        int n = 1500;
        new CorpusGenerator(CorpusGenerator.articleFiles(tmp.resolve("many")), FIRST, 30, 3)
                .generate(tmp.resolve("gen"), n, tmp.resolve("gen.csv"));
        Set<String> bodies = new HashSet<>();
        int multi = 0;
        int composed = 0;
        for (String line : Files.readAllLines(tmp.resolve("gen.csv")).subList(1, n + 1)) {
            String[] f = line.split(",", -1);
            if (Kind.valueOf(f[2]) != Kind.COMPOSED) {
                continue;
            }
            composed++;
            ArticleText t = ArticleText.parse(Files.readString(tmp.resolve("gen").resolve(f[1])).strip(), parser);
            bodies.add(String.join("\n", t.paragraphs()));
            Set<String> stories = new HashSet<>();
            for (String p : t.paragraphs()) {
                java.util.regex.Matcher story = java.util.regex.Pattern.compile("[Ss]tory (\\d+)").matcher(p);
                assertThat(story.find()).as(p).isTrue();
                stories.add(story.group(1));
            }
            if (stories.size() >= 2) {
                multi++;
            }
        }
        assertThat(composed).isGreaterThan(n / 3);
        assertThat(multi).as("composed stories drawing on 2-3 stories").isEqualTo(composed);
        assertThat(composed - bodies.size()).as("identical composed stories").isLessThanOrEqualTo(composed / 100);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        generate("a", 5);
        generate("b", 5);
        generate("c", 6);
        assertThat(contents("a")).isEqualTo(contents("b"));
        assertThat(contents("c")).isNotEqualTo(contents("a"));
    }

    private Map<String, String> contents(String dir) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(tmp.resolve(dir))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(tmp.resolve(dir).relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
