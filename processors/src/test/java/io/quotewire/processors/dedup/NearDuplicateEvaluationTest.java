package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.dedup.DedupDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pair precision and recall of {@link ArticleDeduplicator} over a labelled near-duplicate set the test generates
 * (fixed seed): wire-style base stories, edited copies of them at known edit rates published 0 to 2 days later
 * (labelled duplicates), trimmed copies (the first 40-75 % of a base's paragraphs under another outlet's headline and
 * sign-off, labelled duplicates), distinct stories that reuse long passages of a base, roundups quoting a base's
 * first three paragraphs among other stories, same-template stories on other days (outside the window), and unrelated
 * background stories (labelled distinct). Prints the table per class, and the figures without the containment rule.
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
        group = trimmedCopiesAndRoundups(docs, bases, group);
        docs.sort(Comparator.comparing(Doc::published).thenComparing(Doc::id));

        Map<String, String> withoutContainment = decide(docs, 0.8, 2, 0.0);
        Map<String, String> root = decide(docs, 0.8, 2);
        Map<String, Doc> byId = new HashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
        }

        // pair counts: true pairs share a group; predicted pairs share a root
        long[] pairs = pairCounts(docs, root);
        long truePairs = pairs[0];
        long predictedPairs = pairs[1];
        long bothPairs = pairs[2];
        double precision = predictedPairs == 0 ? 1.0 : (double) bothPairs / predictedPairs;
        double recall = (double) bothPairs / truePairs;

        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-20s %-48s %6s %6s %8s %7s %7s %7s %7s %7s%n", "class", "edit", "pairs", "merged",
                "recall", "J mean", "J min", "J>=0.8", "C mean", "C min"));
        // pairs, merged, sumJ, minJ, pairs at J >= 0.8, sum of containment (of the copy in its source), min of it,
        // merged without the containment rule
        Map<String, double[]> stats = new HashMap<>();
        for (Doc d : docs) {
            if (d.sourceId() == null) {
                continue;
            }
            Doc source = byId.get(d.sourceId());
            long[] mine = fingerprinter.shingles(d.body());
            long[] theirs = fingerprinter.shingles(source.body());
            double j = Fingerprinter.jaccard(mine, theirs);
            // containment as the engine measures it: the copy without its headline line
            double c = ArticleDeduplicator.containment(
                    fingerprinter.shingles(d.body().substring(LeadKeys.leadStart(d.body()))), theirs);
            double[] s = stats.computeIfAbsent(d.kind(), k -> new double[] {0, 0, 0, 2, 0, 0, 2, 0});
            s[4] += j >= 0.8 ? 1 : 0;
            s[0]++;
            s[1] += root.get(d.id()).equals(root.get(source.id())) ? 1 : 0;
            s[2] += j;
            s[3] = Math.min(s[3], j);
            s[5] += c;
            s[6] = Math.min(s[6], c);
            s[7] += withoutContainment.get(d.id()).equals(withoutContainment.get(source.id())) ? 1 : 0;
        }
        List<String[]> positives = new ArrayList<>();
        for (Edit e : Edit.values()) {
            positives.add(new String[] {e.name(), e.description});
        }
        positives.add(new String[] {"TRIMMED_COPY", "first 40-75% of paragraphs, headline, sign-off"});
        for (String[] p : positives) {
            double[] s = stats.get(p[0]);
            table.append(String.format("%-20s %-48s %6d %6d %8.4f %7.3f %7.3f %7d %7.3f %7.3f%n", p[0], p[1],
                    (int) s[0], (int) s[1], s[1] / s[0], s[2] / s[0], s[3], (int) s[4], s[5] / s[0], s[6]));
        }
        Map<String, String> negatives = new LinkedHashMap<>();
        negatives.put("SHARED_PASSAGE", "distinct story sharing 3-5 paragraphs (NOT dup)");
        negatives.put("ROUNDUP", "roundup quoting a story's first 3 paragraphs (NOT dup)");
        negatives.put("TEMPLATE_OTHER_DAY", "same template, 5-9 days apart (NOT dup)");
        for (Map.Entry<String, String> negative : negatives.entrySet()) {
            double[] s = stats.get(negative.getKey());
            table.append(String.format("%-20s %-48s %6d %6d %8s %7.3f %7.3f %7d %7.3f %7.3f%n", negative.getKey(),
                    negative.getValue(), (int) s[0], (int) s[1], "-", s[2] / s[0], s[3], (int) s[4], s[5] / s[0], s[6]));
        }
        table.append(String.format("articles %d, true pairs %d, predicted pairs %d, correct %d%n", docs.size(),
                truePairs, predictedPairs, bothPairs));
        table.append(String.format("pair precision %.4f, pair recall %.4f%n", precision, recall));
        long[] before = pairCounts(docs, withoutContainment);
        table.append(String.format("without the containment rule: pair precision %.4f, pair recall %.4f; merged: "
                        + "TRIMMED_COPY %d, PARAGRAPH_DROPPED %d, ROUNDUP %d%n",
                before[1] == 0 ? 1.0 : (double) before[2] / before[1], (double) before[2] / before[0],
                (int) stats.get("TRIMMED_COPY")[7], (int) stats.get("PARAGRAPH_DROPPED")[7],
                (int) stats.get("ROUNDUP")[7]));
        table.append(heavyEdits(random));
        System.out.println(table);

        double[] trimmed = stats.get("TRIMMED_COPY");
        assertThat(trimmed[0]).as("trimmed copies in the set").isGreaterThanOrEqualTo(200);
        assertThat(trimmed[1] / trimmed[0]).as("trimmed-copy recall" + table).isGreaterThanOrEqualTo(0.9);
        assertThat(stats.get("ROUNDUP")[0]).as("roundups in the set").isGreaterThanOrEqualTo(200);
        assertThat(stats.get("ROUNDUP")[1]).as("roundups merged" + table).isZero();
        assertThat(stats.get("SHARED_PASSAGE")[1]).as("shared-passage stories merged").isZero();
        assertThat(stats.get("TEMPLATE_OTHER_DAY")[1]).as("template stories on other days merged").isZero();
        assertThat(stats.get("TEMPLATE_OTHER_DAY")[2] / stats.get("TEMPLATE_OTHER_DAY")[0])
                .as("template stories are textually near-duplicates: only the window separates them").isGreaterThan(0.8);
        assertThat(precision).as("pair precision" + table).isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("pair recall" + table).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * Trimmed copies of a third of the bases (labelled duplicates of their base) and roundups quoting the first three
     * paragraphs of another third (labelled distinct). A random stream of their own, so the classes above are the
     * same texts as before these were added.
     */
    private int trimmedCopiesAndRoundups(List<Doc> docs, Map<String, SyntheticNews.Story> bases, int group) {
        SplittableRandom random = new SplittableRandom(20260111L);
        Map<String, Doc> byId = new HashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
        }
        List<String> ids = new ArrayList<>(bases.keySet());
        ids.sort(Comparator.naturalOrder());
        for (int b = 0; b < ids.size(); b++) {
            String id = ids.get(b);
            SyntheticNews.Story story = bases.get(id);
            Doc base = byId.get(id);
            if (b % 3 == 0) {
                docs.add(new Doc(id + "-trimmed", base.published().plusDays(random.nextInt(3)),
                        trimmedCopy(story, random).body(), base.group(), "TRIMMED_COPY", id));
            } else if (b % 3 == 1) {
                docs.add(new Doc("r" + id.substring(1), base.published().plusDays(random.nextInt(2)),
                        roundup(story, random).body(), group++, "ROUNDUP", id));
            }
        }
        return group;
    }

    /** The first 40-75 % of the paragraphs under the outlet's own headline, with its sign-off line. */
    private SyntheticNews.Story trimmedCopy(SyntheticNews.Story story, SplittableRandom random) {
        int n = story.paragraphs().size();
        int keep = Math.max(1, (int) Math.round(n * (0.40 + 0.35 * random.nextDouble())));
        List<String> ps = new ArrayList<>(story.paragraphs().subList(0, keep));
        ps.add(random.nextBoolean() ? "Reporting by " + name(random) + "; editing by " + name(random)
                : "(c) " + name(random).split(" ")[0] + " " + (2020 + random.nextInt(7)));
        return new SyntheticNews.Story(news.headline(random), ps);
    }

    /** A roundup: 3 or 4 other stories of 3 or 4 paragraphs, and the story's first three paragraphs among them. */
    private SyntheticNews.Story roundup(SyntheticNews.Story story, SplittableRandom random) {
        List<List<String>> parts = new ArrayList<>();
        int others = 3 + random.nextInt(2);
        for (int i = 0; i < others; i++) {
            parts.add(news.story(random, 3, 4, 1, 3).paragraphs());
        }
        parts.add(random.nextInt(others + 1), story.paragraphs().subList(0, 3));
        List<String> ps = new ArrayList<>();
        for (List<String> part : parts) {
            ps.addAll(part);
        }
        return new SyntheticNews.Story("Roundup: " + news.headline(random), ps);
    }

    /** True pairs (same group), predicted pairs (same root) and pairs both true and predicted. */
    private static long[] pairCounts(List<Doc> docs, Map<String, String> root) {
        Map<Integer, Integer> groupSizes = new HashMap<>();
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        for (Doc d : docs) {
            groupSizes.merge(d.group(), 1, Integer::sum);
            clusterSizes.merge(root.get(d.id()), 1, Integer::sum);
            cell.merge(d.group() + "/" + root.get(d.id()), 1, Integer::sum);
        }
        return new long[] {
            groupSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum(),
            clusterSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum(),
            cell.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum()};
    }

    private Map<String, String> decide(List<Doc> docs, double threshold, int window) {
        return decide(docs, threshold, window, ArticleDeduplicator.Config.DEFAULT_CONTAINMENT);
    }

    /** Decides all documents in chunks of 100 with a fresh in-memory index; returns each document's root. */
    private Map<String, String> decide(List<Doc> docs, double threshold, int window, double containment) {
        ArticleDeduplicator dedup = new ArticleDeduplicator(new InMemoryArticleIndex(), fingerprinter,
                new ArticleDeduplicator.Config(threshold, window, false, containment));
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
