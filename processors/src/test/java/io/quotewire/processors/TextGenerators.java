package io.quotewire.processors;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded input generators for the property tests of the text engines, and a small runner that checks a property
 * on many generated inputs. Plain JUnit 5: no property-testing library.
 *
 * <p>Every try draws its input from its own {@link SplittableRandom}, seeded with a value taken from a master
 * generator seeded with the property's base seed. A failure names the property, the base seed, the try index, the
 * try seed and the input (as a Java string literal, truncated), so it can be replayed with
 * {@code generator.apply(new SplittableRandom(trySeed))} and turned into a regression test.
 *
 * <p>System properties: {@value #TRIES_PROPERTY} (tries per property, default {@value #DEFAULT_TRIES}) and
 * {@value #SEED_PROPERTY} (overrides every property's base seed, to explore other inputs; the default seeds are
 * fixed so that the build is reproducible).
 */
public final class TextGenerators {
    public static final String TRIES_PROPERTY = "quotewire.property.tries";
    public static final String SEED_PROPERTY = "quotewire.property.seed";
    public static final int DEFAULT_TRIES = 10_000;
    /** How much of a failing input the failure message shows. */
    public static final int SHOWN_INPUT_CHARS = 2_000;

    // ---- vocabularies of the quote extractor's inputs ----

    /** A short article with every kind of quotation, cue and attribution the extractor knows, to be mangled. */
    public static final String QUOTE_SAMPLE = "Officials met on Monday.\n\n“US citizens should depart,” the State "
            + "Department advised. “Due to attacks, operations are suspended.”\n\nThe Pentagon claims the strike was "
            + "“aimed at deterring attacks.” Pompeo said he is committed to “de-escalation.” Iran’s envoy, 5'10\", "
            + "said ‘no’ — and «non».\n\nThe talks went well. — Secretary Jane Doe (@SecDoe) March 3, 2021\n\n"
            + "<tweet id=\"1\" author=\"@x\">text</tweet> \"Straight,\" said Smith, who, “A.” Mr. O’Malley (D-Md.) "
            + "said:";
    /** Letters, digits, punctuation, every quotation mark, paragraph breaks and reporting words, as characters. */
    public static final char[] QUOTE_ALPHABET = ("abcXYZ .,:;!?—–-'\"“”‘’«»„()<>@#\n\n\t0123456789said he she told "
            + "according to\u00a0").toCharArray();
    /** Characters the extractor must be careful with: lone surrogate halves and quotation marks. */
    public static final char[] QUOTE_TRICKY_CHARS = {'\ud83d', '\ude00', '\u201c', '\u201d', '"'};
    /** What {@link #mangledQuoteSample} inserts: quotation marks, breaks, a cue, a post signature, lone surrogates. */
    public static final String[] QUOTE_INSERTS = {"“", "”", "\"", "‘", "’", "\n\n", "😀", " said ", "—", "<", ">",
        "(@a) May 1, 2020", "", "\ud83d"};

    // ---- vocabularies of the temporal tagger's inputs ----

    /** Words and tokens of temporal expressions, near misses and out-of-range values. */
    public static final String[] TEMPORAL_PIECES = {"Friday", "friday", "next", "last", "this", "the", "past",
        "year", "years", "quarter", "third", "third-quarter", "ago", "a", "an", "two", "twenty", "-", "four", "1998",
        "2020", "1990s", "'90s", "'", "Jan", "Jan.", "January", "March", "May", "Dec.", "31", "30", "29", "2",
        "Feb.", "February", "morning", "night", "tonight", "today", "every", "Monday", "Mondays", "3", "p.m.",
        "a.m.", "10:30", ":", "/", "2020-W01", "2020-02-30", "1/3/2020", "13/45/2020", "nineteen", "ninety-six",
        "two thousand", "century", "20th", "early", "late", "mid-", "fiscal", "year-earlier", "now", "soon",
        "recently", "the future", "decades", "weeks", "in", "of", "on", "at", "will", "said", ",", ".", "\n\n",
        "999999999999", "4000", "years ago", "or", "so", "to", "more than", "several", "few", "couple",
        "\uD83D\uDE00", "\u2019", "Christmas", "New Year's Day", "Thanksgiving", "Easter", "spring", "fall",
        "summer", "noon", "midnight", "EST", "half", "first", "nine", "months", "hundred", "PM", "am", "o'clock"};
    /** What follows each piece (a plain space three times as often as the others). */
    public static final String[] TEMPORAL_SEPARATORS = {" ", " ", " ", "", ", ", "\n", "-", "."};
    /** Bounds of the reference dates, as epoch days (years 1422 to 2243). */
    public static final int MIN_REFERENCE_DAY = -200_000;
    public static final int MAX_REFERENCE_DAY = 100_000;

    private TextGenerators() {
    }

    // ---- running a property ----

    /** Tries per property: {@value #TRIES_PROPERTY}, default {@value #DEFAULT_TRIES}. */
    public static int tries() {
        String value = System.getProperty(TRIES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_TRIES;
        }
        int tries = Integer.parseInt(value.trim());
        if (tries < 1) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, not " + tries);
        }
        return tries;
    }

    /** The base seed: {@value #SEED_PROPERTY} when set, otherwise the property's own fixed seed. */
    public static long seed(long fixedSeed) {
        String value = System.getProperty(SEED_PROPERTY);
        return value == null || value.isBlank() ? fixedSeed : Long.parseLong(value.trim());
    }

    /**
     * Checks {@code property} on {@link #tries()} inputs drawn by {@code generator}; stops at the first input for
     * which it throws (an assertion or anything else) with an {@link AssertionError} that says how to replay it.
     */
    public static <T> void forAll(String name, long fixedSeed, Function<SplittableRandom, T> generator,
                                  Function<T, String> describe, Consumer<T> property) {
        long seed = seed(fixedSeed);
        int tries = tries();
        SplittableRandom master = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            long trySeed = master.nextLong();
            T input = generator.apply(new SplittableRandom(trySeed));
            try {
                property.accept(input);
            } catch (Throwable failure) {
                if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
                    throw (VirtualMachineError) failure;
                }
                throw new AssertionError(String.format(
                        "property %s failed on try %d of %d (base seed %dL, -D%s=%d; try seed %dL: replay with "
                                + "generator.apply(new SplittableRandom(%dL)))%ninput: %s%ncause: %s",
                        name, i, tries, seed, SEED_PROPERTY, seed, trySeed, trySeed, describe.apply(input),
                        failure), failure);
            }
        }
    }

    /** {@code s} as a Java string literal (non-ASCII as {@code \\uXXXX}), cut after {@link #SHOWN_INPUT_CHARS}. */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), SHOWN_INPUT_CHARS) + 16).append('"');
        int shown = Math.min(s.length(), SHOWN_INPUT_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        b.append('"');
        if (shown < s.length()) {
            b.append(" ... (first ").append(shown).append(" of ").append(s.length()).append(" chars)");
        } else {
            b.append(" (").append(s.length()).append(" chars)");
        }
        return b.toString();
    }

    // ---- primitives ----

    /** Uniform in {@code [min, max]}. */
    public static int between(SplittableRandom r, int min, int max) {
        return r.nextInt(min, max + 1);
    }

    /**
     * In {@code [min, max]}, with the bounds (and 0 when in range) each drawn about once in 48 tries and the rest
     * uniform, so the edges are always exercised.
     */
    public static int withEdges(SplittableRandom r, int min, int max) {
        switch (r.nextInt(48)) {
            case 0:
                return min;
            case 1:
                return max;
            case 2:
                return Math.max(min, Math.min(max, 0));
            default:
                return between(r, min, max);
        }
    }

    /** A collection size in {@code [0, max]}: mostly uniform, often short, sometimes empty or full. */
    public static int size(SplittableRandom r, int max) {
        int roll = r.nextInt(16);
        if (roll == 0) {
            return 0;
        }
        if (roll == 1) {
            return max;
        }
        if (roll <= 5) {
            return between(r, 0, Math.min(max, 8));
        }
        return between(r, 0, max);
    }

    public static <T> T pick(SplittableRandom r, T[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    public static char pick(SplittableRandom r, char[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    /**
     * Any UTF-16 code unit except surrogate halves, noncharacters (U+FDD0 to U+FDEF, U+FFFE, U+FFFF) and the
     * private use area (U+E000 to U+F8FF), uniformly: the character set the earlier
     * library-based property tests drew "any char" from.
     */
    public static char anyChar(SplittableRandom r) {
        while (true) {
            char c = (char) r.nextInt(0x10000);
            if (!(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0xE000 && c <= 0xF8FF) && !(c >= 0xFDD0 && c <= 0xFDEF)
                    && c != 0xFFFE && c != 0xFFFF) {
                return c;
            }
        }
    }

    /** Up to {@code maxLength} {@link #anyChar}s. */
    public static String anyString(SplittableRandom r, int maxLength) {
        int n = size(r, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(anyChar(r));
        }
        return b.toString();
    }

    /** A date between {@link #MIN_REFERENCE_DAY} and {@link #MAX_REFERENCE_DAY} (epoch days), bounds included. */
    public static LocalDate referenceDate(SplittableRandom r) {
        return LocalDate.ofEpochDay(withEdges(r, MIN_REFERENCE_DAY, MAX_REFERENCE_DAY));
    }

    // ---- the quote extractor's inputs ----

    /**
     * Up to {@code maxLength} chars, each drawn with equal chance from {@link #QUOTE_ALPHABET}, from
     * {@link #anyChar} or from {@link #QUOTE_TRICKY_CHARS} (so lone surrogate halves and broken pairs occur).
     */
    public static String quoteNoise(SplittableRandom r, int maxLength) {
        int n = size(r, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(pick(r, QUOTE_ALPHABET));
                case 1 -> b.append(anyChar(r));
                default -> b.append(pick(r, QUOTE_TRICKY_CHARS));
            }
        }
        return b.toString();
    }

    /**
     * {@code base} after up to {@code maxEdits} edits, applied in turn; each edit picks a position in
     * {@code [0, base.length()]} (clamped to the current length), deletes up to {@code maxCut} chars there and
     * inserts one of {@code inserts}.
     */
    public static String mangle(SplittableRandom r, String base, String[] inserts, int maxEdits, int maxCut) {
        int edits = size(r, maxEdits);
        StringBuilder b = new StringBuilder(base);
        for (int k = 0; k < edits; k++) {
            int at = Math.min(withEdges(r, 0, base.length()), b.length());
            int end = Math.min(b.length(), at + withEdges(r, 0, maxCut));
            b.replace(at, end, pick(r, inserts));
        }
        return b.toString();
    }

    /** {@link #QUOTE_SAMPLE} after up to 12 edits that cut up to 8 chars and insert one of {@link #QUOTE_INSERTS}. */
    public static String mangledQuoteSample(SplittableRandom r) {
        return mangle(r, QUOTE_SAMPLE, QUOTE_INSERTS, 12, 8);
    }

    // ---- the temporal tagger's inputs ----

    /** Up to {@code maxPieces} pieces, each followed by a separator. */
    public static String joinPieces(SplittableRandom r, String[] pieces, String[] separators, int maxPieces) {
        int n = withEdges(r, 0, maxPieces);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(pick(r, pieces)).append(pick(r, separators));
        }
        return b.toString();
    }

    /** News-like text: up to 60 {@link #TEMPORAL_PIECES}, each followed by one of {@link #TEMPORAL_SEPARATORS}. */
    public static String newsLikeTemporal(SplittableRandom r) {
        return joinPieces(r, TEMPORAL_PIECES, TEMPORAL_SEPARATORS, 60);
    }

    /**
     * {@code body} without the chars at indexes {@code k} with {@code k % (cut + 2) == 1}, or unchanged when
     * {@code cut} is 0: half words, and stray halves of surrogate pairs.
     */
    public static String dropAtStride(String body, int cut) {
        if (cut == 0) {
            return body;
        }
        StringBuilder b = new StringBuilder(body.length());
        for (int k = 0; k < body.length(); k++) {
            if (k % (cut + 2) != 1) {
                b.append(body.charAt(k));
            }
        }
        return b.toString();
    }
}
