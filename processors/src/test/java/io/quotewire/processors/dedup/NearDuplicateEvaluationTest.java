package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.dedup.DedupDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pair precision and recall of {@link ArticleDeduplicator} over a labelled near-duplicate set the test generates
 * (fixed seed): wire-style base stories, edited copies of them at known edit rates published 0 to 2 days later
 * (labelled duplicates), distinct stories that reuse long passages of a base, same-template stories on other days
 * (outside the window), and unrelated background stories (labelled distinct). Prints the table per edit class.
 */
class NearDuplicateEvaluationTest {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    enum Edit {
        REWRAPPED("re-wrapped at 60-72 columns, indented paragraphs"),
        HEADLINE_CHANGED("new headline"),
        PARAGRAPH_DROPPED("one paragraph (not the lead) dropped"),
        PARAGRAPH_ADDED("one new paragraph inserted"),
        WORDS_1PCT("1% of words replaced"),
        WORDS_2PCT("2% of words replaced"),
        WORDS_3PCT("3% of words replaced"),
        SIGN_OFF_ADDED("reporter/editor sign-off added"),
        COMBINED("headline + sign-off + 1% words + re-wrapped");

        final String description;

        Edit(String description) {
            this.description = description;
        }
    }

    /** Heavier edits beyond the 0.8 design point: reported for the curve, not labelled or asserted. */
    enum HeavyEdit { WORDS_5PCT, WORDS_8PCT, TWO_PARAGRAPHS_DROPPED, HALF_REWRITTEN }

    private final SyntheticNews news = new SyntheticNews();
    private final Fingerprinter fingerprinter = new Fingerprinter();

    private record Doc(String id, LocalDate published, String body, int group, String kind, String sourceId) {
    }

    @Test
    void pairPrecisionAndRecallOnTheLabelledSet() {
        SplittableRandom random = new SplittableRandom(20220101L);
        List<Doc> docs = new ArrayList<>();
        Map<String, SyntheticNews.Story> bases = new HashMap<>();
        int group = 0;
        int baseCount = 600;
        Edit[] edits = Edit.values();
        for (int b = 0; b < baseCount; b++, group++) {
            SyntheticNews.Story story = wireStory(random);
            LocalDate day = START.plusDays(random.nextInt(120));
            String id = String.format("b%04d", b);
            bases.put(id, story);
            docs.add(new Doc(id, day, story.body(), group, "BASE", null));
            // three distinct edit classes per base, rotating so every class gets 200 copies
            for (int k = 0; k < 3; k++) {
                Edit edit = edits[(b * 3 + k) % edits.length];
                String body = apply(edit, story, random);
                docs.add(new Doc(id + "-" + edit.name().toLowerCase(), day.plusDays(random.nextInt(3)), body, group,
                        edit.name(), id));
            }
        }
        // distinct stories reusing a long passage (3 to 5 consecutive paragraphs) of a base, same or next day
        for (int i = 0; i < 300; i++, group++) {
            String sourceId = String.format("b%04d", random.nextInt(baseCount));
            SyntheticNews.Story source = bases.get(sourceId);
            SyntheticNews.Story own = wireStory(random);
            int take = 3 + random.nextInt(3);
            int from = random.nextInt(source.paragraphs().size() - take + 1);
            List<String> paragraphs = new ArrayList<>(own.paragraphs().subList(0, own.paragraphs().size() / 2));
            paragraphs.addAll(source.paragraphs().subList(from, from + take));
            paragraphs.addAll(own.paragraphs().subList(own.paragraphs().size() / 2, own.paragraphs().size()));
            LocalDate day = docOf(docs, sourceId).published().plusDays(random.nextInt(2));
            docs.add(new Doc(String.format("p%04d", i), day, new SyntheticNews.Story(own.headline(), paragraphs).body(),
                    group, "SHARED_PASSAGE", sourceId));
        }
        // same-template stories: each template reissued for other events every 5 to 9 days (outside the window)
        for (int t = 0; t < 40; t++) {
            Template template = template(random);
            LocalDate day = START.plusDays(random.nextInt(60));
            String first = null;
            for (int k = 0; k < 5; k++, group++) {
                String id = String.format("t%02d-%d", t, k);
                docs.add(new Doc(id, day, template.fill(random), group, "TEMPLATE_OTHER_DAY", first));
                first = first == null ? id : first;
                day = day.plusDays(5 + random.nextInt(5));
            }
        }
        for (int i = 0; i < 400; i++, group++) {
            docs.add(new Doc(String.format("u%04d", i), START.plusDays(random.nextInt(120)), wireStory(random).body(),
                    group, "UNRELATED", null));
        }
        docs.sort(Comparator.comparing(Doc::published).thenComparing(Doc::id));

        Map<String, String> root = decide(docs, 0.8, 2);
        Map<String, Doc> byId = new HashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
        }

        // pair counts: true pairs share a group; predicted pairs share a root
        Map<Integer, Integer> groupSizes = new HashMap<>();
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        for (Doc d : docs) {
            groupSizes.merge(d.group(), 1, Integer::sum);
            clusterSizes.merge(root.get(d.id()), 1, Integer::sum);
            cell.merge(d.group() + "/" + root.get(d.id()), 1, Integer::sum);
        }
        long truePairs = groupSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long predictedPairs = clusterSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long bothPairs = cell.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        double precision = predictedPairs == 0 ? 1.0 : (double) bothPairs / predictedPairs;
        double recall = (double) bothPairs / truePairs;

        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-20s %-48s %6s %6s %8s %7s %7s %7s%n", "class", "edit", "pairs", "merged",
                "recall", "J mean", "J min", "J>=0.8"));
        Map<String, double[]> stats = new HashMap<>(); // pairs, merged, sumJ, minJ, pairs at J >= 0.8
        for (Doc d : docs) {
            if (d.sourceId() == null) {
                continue;
            }
            Doc source = byId.get(d.sourceId());
            double j = Fingerprinter.jaccard(fingerprinter.shingles(d.body()), fingerprinter.shingles(source.body()));
            double[] s = stats.computeIfAbsent(d.kind(), k -> new double[] {0, 0, 0, 2, 0});
            s[4] += j >= 0.8 ? 1 : 0;
            s[0]++;
            s[1] += root.get(d.id()).equals(root.get(source.id())) ? 1 : 0;
            s[2] += j;
            s[3] = Math.min(s[3], j);
        }
        for (Edit e : Edit.values()) {
            double[] s = stats.get(e.name());
            table.append(String.format("%-20s %-48s %6d %6d %8.4f %7.3f %7.3f %7d%n", e.name(), e.description,
                    (int) s[0], (int) s[1], s[1] / s[0], s[2] / s[0], s[3], (int) s[4]));
        }
        for (String negative : List.of("SHARED_PASSAGE", "TEMPLATE_OTHER_DAY")) {
            double[] s = stats.get(negative);
            table.append(String.format("%-20s %-48s %6d %6d %8s %7.3f %7.3f %7d%n", negative,
                    negative.equals("SHARED_PASSAGE") ? "distinct story sharing 3-5 paragraphs (NOT dup)"
                            : "same template, 5-9 days apart (NOT dup)", (int) s[0], (int) s[1], "-", s[2] / s[0], s[3],
                    (int) s[4]));
        }
        table.append(String.format("articles %d, true pairs %d, predicted pairs %d, correct %d%n", docs.size(),
                truePairs, predictedPairs, bothPairs));
        table.append(String.format("pair precision %.4f, pair recall %.4f%n", precision, recall));
        table.append(heavyEdits(random));
        System.out.println(table);

        assertThat(stats.get("SHARED_PASSAGE")[1]).as("shared-passage stories merged").isZero();
        assertThat(stats.get("TEMPLATE_OTHER_DAY")[1]).as("template stories on other days merged").isZero();
        assertThat(stats.get("TEMPLATE_OTHER_DAY")[2] / stats.get("TEMPLATE_OTHER_DAY")[0])
                .as("template stories are textually near-duplicates: only the window separates them").isGreaterThan(0.8);
        assertThat(precision).as("pair precision" + table).isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("pair recall" + table).isGreaterThanOrEqualTo(0.98);
    }

    /** Decides all documents in chunks of 100 with a fresh in-memory index; returns each document's root. */
    private Map<String, String> decide(List<Doc> docs, double threshold, int window) {
        ArticleDeduplicator dedup = new ArticleDeduplicator(new InMemoryArticleIndex(), fingerprinter,
                new ArticleDeduplicator.Config(threshold, window, false));
        Map<String, String> root = new HashMap<>();
        for (int i = 0; i < docs.size(); i += 100) {
            List<ArticleDeduplicator.Item> chunk = new ArrayList<>();
            for (Doc d : docs.subList(i, Math.min(docs.size(), i + 100))) {
                chunk.add(new ArticleDeduplicator.Item(d.id(), d.published(), d.body(), fingerprinter.fingerprint(d.body())));
            }
            for (DedupDecision decision : dedup.decide(chunk)) {
                root.put(decision.articleId(), decision.isDuplicate() ? decision.duplicateOf() : decision.articleId());
            }
        }
        return root;
    }

    private String heavyEdits(SplittableRandom random) {
        StringBuilder out = new StringBuilder("beyond the design point (not labelled, for the curve):\n");
        for (HeavyEdit edit : HeavyEdit.values()) {
            List<Doc> docs = new ArrayList<>();
            double sumJ = 0;
            for (int b = 0; b < 100; b++) {
                SyntheticNews.Story story = wireStory(random);
                SyntheticNews.Story copy = switch0(edit, story, random);
                docs.add(new Doc("h" + b, START, story.body(), b, "BASE", null));
                docs.add(new Doc("h" + b + "-c", START.plusDays(1), copy.body(), b, edit.name(), "h" + b));
                sumJ += Fingerprinter.jaccard(fingerprinter.shingles(story.body()), fingerprinter.shingles(copy.body()));
            }
            docs.sort(Comparator.comparing(Doc::published).thenComparing(Doc::id));
            Map<String, String> root = decide(docs, 0.8, 2);
            int found = 0;
            for (int b = 0; b < 100; b++) {
                found += root.get("h" + b + "-c").equals("h" + b) ? 1 : 0;
            }
            out.append(String.format("%-24s found %3d/100, J mean %.3f%n", edit, found, sumJ / 100));
        }
        return out.toString();
    }

    private SyntheticNews.Story switch0(HeavyEdit edit, SyntheticNews.Story story, SplittableRandom random) {
        if (edit == HeavyEdit.WORDS_5PCT) {
            return changeWords(story, 0.05, random);
        } else if (edit == HeavyEdit.WORDS_8PCT) {
            return changeWords(story, 0.08, random);
        } else if (edit == HeavyEdit.TWO_PARAGRAPHS_DROPPED) {
            return dropParagraph(dropParagraph(story, random), random);
        }
        List<String> ps = new ArrayList<>(story.paragraphs());
        for (int i = ps.size() / 2; i < ps.size(); i++) {
            ps.set(i, news.paragraph(random, 1, 3));
        }
        return new SyntheticNews.Story(story.headline(), ps);
    }

    /** A wire-style story: 10 to 16 paragraphs of 1 to 3 sentences (about 400 words). */
    private SyntheticNews.Story wireStory(SplittableRandom random) {
        return news.story(random, 10, 16, 1, 3);
    }

    private static Doc docOf(List<Doc> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private String apply(Edit edit, SyntheticNews.Story story, SplittableRandom random) {
        switch (edit) {
            case REWRAPPED:
                return story.wrapped(60 + random.nextInt(13));
            case HEADLINE_CHANGED:
                return new SyntheticNews.Story(news.headline(random), story.paragraphs()).body();
            case PARAGRAPH_DROPPED:
                return dropParagraph(story, random).body();
            case PARAGRAPH_ADDED: {
                List<String> ps = new ArrayList<>(story.paragraphs());
                ps.add(1 + random.nextInt(ps.size()), news.paragraph(random, 1, 3));
                return new SyntheticNews.Story(story.headline(), ps).body();
            }
            case WORDS_1PCT:
                return changeWords(story, 0.01, random).body();
            case WORDS_2PCT:
                return changeWords(story, 0.02, random).body();
            case WORDS_3PCT:
                return changeWords(story, 0.03, random).body();
            case SIGN_OFF_ADDED:
                return signOff(story, random).body();
            case COMBINED: {
                SyntheticNews.Story s = signOff(changeWords(story, 0.01, random), random);
                return new SyntheticNews.Story(news.headline(random), s.paragraphs()).wrapped(60 + random.nextInt(13));
            }
            default:
                throw new IllegalStateException(edit.name());
        }
    }

    private SyntheticNews.Story dropParagraph(SyntheticNews.Story story, SplittableRandom random) {
        List<String> ps = new ArrayList<>(story.paragraphs());
        ps.remove(1 + random.nextInt(ps.size() - 1));
        return new SyntheticNews.Story(story.headline(), ps);
    }

    private SyntheticNews.Story signOff(SyntheticNews.Story story, SplittableRandom random) {
        List<String> ps = new ArrayList<>(story.paragraphs());
        ps.add("(Reporting by " + name(random) + "; Editing by " + name(random) + ")");
        return new SyntheticNews.Story(story.headline(), ps);
    }

    private String name(SplittableRandom random) {
        String a = news.word(random);
        String b = news.word(random);
        return Character.toUpperCase(a.charAt(0)) + a.substring(1) + " " + Character.toUpperCase(b.charAt(0))
                + b.substring(1);
    }

    /** Replaces exactly round(rate × words) distinct body words with other words. */
    private SyntheticNews.Story changeWords(SyntheticNews.Story story, double rate, SplittableRandom random) {
        List<String[]> words = new ArrayList<>();
        int total = 0;
        for (String p : story.paragraphs()) {
            String[] w = p.split(" ");
            words.add(w);
            total += w.length;
        }
        int changes = (int) Math.round(rate * total);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        while (chosen.size() < changes) {
            chosen.add(random.nextInt(total));
        }
        int position = 0;
        List<String> ps = new ArrayList<>();
        for (String[] w : words) {
            for (int i = 0; i < w.length; i++, position++) {
                if (chosen.contains(position)) {
                    String replacement = news.word(random);
                    while (replacement.equalsIgnoreCase(w[i].replaceAll("[^A-Za-z0-9]", ""))) {
                        replacement = news.word(random);
                    }
                    String trailing = w[i].endsWith(".") ? "." : w[i].endsWith(",") ? "," : "";
                    w[i] = replacement + trailing;
                }
            }
            ps.add(String.join(" ", w));
        }
        return new SyntheticNews.Story(story.headline(), ps);
    }

    /** A template story (fixed text, about 3% of its words are slots filled per event). */
    private record Template(List<String[]> paragraphs, List<boolean[]> slots, SyntheticNews news) {
        String fill(SplittableRandom random) {
            List<String> ps = new ArrayList<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                String[] w = paragraphs.get(p).clone();
                for (int i = 0; i < w.length; i++) {
                    if (slots.get(p)[i]) {
                        w[i] = random.nextBoolean() ? Integer.toString(random.nextInt(100_000)) : news.word(random);
                    }
                }
                ps.add(String.join(" ", w));
            }
            return new SyntheticNews.Story("Weekly " + news.headline(random), ps).body();
        }
    }

    private Template template(SplittableRandom random) {
        SyntheticNews.Story base = news.story(random, 6, 9, 1, 2);
        List<String[]> paragraphs = new ArrayList<>();
        List<boolean[]> slots = new ArrayList<>();
        for (String p : base.paragraphs()) {
            String[] w = p.split(" ");
            boolean[] slot = new boolean[w.length];
            for (int i = 0; i < w.length; i++) {
                slot[i] = random.nextInt(100) < 2;
            }
            paragraphs.add(w);
            slots.add(slot);
        }
        return new Template(paragraphs, slots, news);
    }
}
