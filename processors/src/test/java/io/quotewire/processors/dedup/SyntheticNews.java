package io.quotewire.processors.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of news-like text for the deduplication tests and benchmarks: pseudo-words from
 * syllables with a Zipf-like frequency (so common words and common word pairs recur as in real text), sentences of
 * 8 to 22 words, paragraphs of 2 to 5 sentences. The same seed gives the same text in every JVM.
 */
public final class SyntheticNews {
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "w", "z", "br", "ch", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"};
    private static final String[] FUNCTION_WORDS = {"the", "of", "to", "and", "a", "in", "said", "that", "for", "on",
        "is", "was", "with", "by", "it", "as", "at", "from", "he", "will", "has", "would", "its", "an", "be", "have",
        "which", "are", "this", "but", "not", "were", "had", "after", "they", "been", "more", "their", "also", "year"};

    private final String[] vocabulary;
    private final double[] cumulative;

    /** A generator over a vocabulary of {@code size} words (the same for every instance with that size). */
    public SyntheticNews(int size) {
        SplittableRandom random = new SplittableRandom(20200103L);
        vocabulary = new String[size];
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        for (String w : FUNCTION_WORDS) {
            vocabulary[i++] = w;
            seen.add(w);
        }
        while (i < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                        .append(CODAS[random.nextInt(CODAS.length)]);
            }
            if (seen.add(w.toString())) {
                vocabulary[i++] = w.toString();
            }
        }
        cumulative = new double[size];
        double total = 0;
        for (int r = 0; r < size; r++) {
            total += 1.0 / Math.pow(r + 1, 0.9);
            cumulative[r] = total;
        }
        for (int r = 0; r < size; r++) {
            cumulative[r] /= total;
        }
    }

    public SyntheticNews() {
        this(30_000);
    }

    public String word(SplittableRandom random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary[lo];
    }

    public String sentence(SplittableRandom random) {
        int n = 8 + random.nextInt(15);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word(random);
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                s.append(i == n / 2 && random.nextInt(3) == 0 ? ", " : " ");
            }
            if (random.nextInt(40) == 0) {
                w = Integer.toString(random.nextInt(1000));
            }
            s.append(w);
        }
        return s.append('.').toString();
    }

    public String paragraph(SplittableRandom random) {
        return paragraph(random, 2, 5);
    }

    /** A paragraph of {@code minSentences} to {@code maxSentences} sentences. */
    public String paragraph(SplittableRandom random, int minSentences, int maxSentences) {
        int n = minSentences + random.nextInt(maxSentences - minSentences + 1);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(random));
        }
        return p.toString();
    }

    public String headline(SplittableRandom random) {
        int n = 5 + random.nextInt(6);
        StringBuilder h = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                h.append(' ');
            }
            String w = word(random);
            h.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return h.toString();
    }

    /** A story of {@code minParagraphs} to {@code maxParagraphs} paragraphs under a headline. */
    public Story story(SplittableRandom random, int minParagraphs, int maxParagraphs) {
        return story(random, minParagraphs, maxParagraphs, 2, 5);
    }

    /** A wire-style story: {@code minParagraphs..maxParagraphs} paragraphs of {@code minSentences..maxSentences}. */
    public Story story(SplittableRandom random, int minParagraphs, int maxParagraphs, int minSentences,
                       int maxSentences) {
        int n = minParagraphs + random.nextInt(maxParagraphs - minParagraphs + 1);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paragraphs.add(paragraph(random, minSentences, maxSentences));
        }
        return new Story(headline(random), paragraphs);
    }

    /** An article: a headline and paragraphs. */
    public record Story(String headline, List<String> paragraphs) {
        public Story {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The body as the job reads it: headline, then paragraphs separated by blank lines. */
        public String body() {
            return headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        }

        /** The body hard-wrapped at {@code width} columns with indented paragraph starts (Reuters style). */
        public String wrapped(int width) {
            StringBuilder out = new StringBuilder(headline).append('\n');
            for (String p : paragraphs) {
                StringBuilder line = new StringBuilder("    ");
                for (String w : p.split(" ")) {
                    if (line.length() + 1 + w.length() > width && line.toString().strip().length() > 0) {
                        out.append(line).append('\n');
                        line = new StringBuilder(" ");
                    }
                    if (line.length() > 0 && !line.toString().isBlank()) {
                        line.append(' ');
                    }
                    line.append(w);
                }
                out.append(line).append('\n');
            }
            return out.toString();
        }

        public int words() {
            int n = headline.split(" ").length;
            for (String p : paragraphs) {
                n += p.split(" ").length;
            }
            return n;
        }
    }
}
