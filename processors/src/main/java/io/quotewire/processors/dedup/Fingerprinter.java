package io.quotewire.processors.dedup;

import io.quotewire.core.ArticleFingerprint;
import io.quotewire.processors.Deadline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Computes an article's deduplication fingerprint: the hash of its normalized text and its MinHash signature, and
 * the LSH band keys of a signature. Per-article work, so it runs wherever the article is processed. Plain Java;
 * immutable and thread-safe.
 *
 * <h2>Shingles</h2>
 * The text is split into words: maximal runs of letters and digits, lowercased; an apostrophe, period or comma
 * between two letters or digits joins ("don't", "U.S.", "1,250.5" are one word each), every other character
 * (whitespace, line breaks, hyphens, quote marks, punctuation) separates. Case, line wrapping and punctuation
 * therefore change no shingle. A shingle is {@value #DEFAULT_SHINGLE_WORDS} consecutive words (a text with fewer
 * words is one shingle), hashed to 64 bits with a fixed mixing function (FNV-1a over each word's code points,
 * murmur3's fmix64 finalizer over the combination): the same text has the same shingles in every JVM and run.
 *
 * <h2>MinHash and LSH</h2>
 * {@value #DEFAULT_BANDS} bands of {@value #DEFAULT_ROWS} rows: a signature of 100 minima, the i-th under
 * {@code h_i(x) = g(x ^ seed_i)}, {@code g(v) = v * m_i} followed by {@code v ^= v >>> 29}, with seeds and odd
 * multipliers from a fixed SplitMix64 sequence (x, the shingle hash, is already fully mixed). Two articles become candidates
 * when all rows of at least one band agree, with probability {@code 1 - (1 - s^5)^20} at Jaccard similarity s:
 * <pre>
 *   s        0.95    0.90    0.85    0.80    0.75    0.70    0.60    0.50    0.40    0.30    0.20
 *   P(cand)  1.0000  1.0000  1.0000  0.9996  0.9956  0.9748  0.8019  0.4701  0.1860  0.0475  0.0064
 * </pre>
 * At the default confirmation threshold 0.8 a true pair is missed by LSH with probability 3.5e-4; the S-curve's
 * midpoint is near s = 0.55, and pairs below 0.4 rarely reach the (exact) Jaccard check. Word 3-shingles of
 * unrelated news stories have s below 0.05 (P below 1e-5).
 * A 64-bit shingle hash stands for the shingle in the Jaccard check; a collision (about n²/2^65 for n shingles)
 * could only raise a similarity by one shingle.
 */
public class Fingerprinter {
    public static final int DEFAULT_SHINGLE_WORDS = 3;
    public static final int DEFAULT_BANDS = 20;
    public static final int DEFAULT_ROWS = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    /** Bits 48 to 57: '0' to '9'. */
    private static final long ASCII_DIGITS = 0x03FF_0000_0000_0000L;
    /** Bits 1 to 26 and 33 to 58 (64 added): 'A' to 'Z', 'a' to 'z'. */
    private static final long ASCII_LETTERS = 0x07FF_FFFE_07FF_FFFEL;
    private static final long SEED_BASE = 0x5157_4f54_4557_4952L; // "QWOTEWIR": fixed for all time

    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final long[] seeds;
    private final long[] multipliers;
    /** Cloned per call: MessageDigest.getInstance looks the provider up each time, a tenth of a fingerprint's time. */
    private final MessageDigest sha256;

    /** The default configuration: word 3-shingles, 20 bands of 5 rows. */
    public Fingerprinter() {
        this(DEFAULT_SHINGLE_WORDS, DEFAULT_BANDS, DEFAULT_ROWS);
    }

    public Fingerprinter(int shingleWords, int bands, int rows) {
        if (shingleWords < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingleWords, bands and rows must be positive");
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        this.multipliers = new long[bands * rows];
        long state = SEED_BASE;
        for (int i = 0; i < seeds.length; i++) {
            state += GOLDEN;
            seeds[i] = fmix64(state);
            state += GOLDEN;
            multipliers[i] = fmix64(state) | 1L; // odd
        }
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    public int shingleWords() {
        return shingleWords;
    }

    /** Content hash and MinHash signature (empty when the text has no word at all). */
    public ArticleFingerprint fingerprint(String body) {
        return fingerprint(body, Deadline.NONE);
    }

    /**
     * As {@link #fingerprint(String)}, checking {@code deadline} at each shingle.
     *
     * @throws io.quotewire.processors.BudgetExceededException when the deadline passes
     */
    public ArticleFingerprint fingerprint(String body, Deadline deadline) {
        long[] words = wordHashes(body);
        // the minima do not depend on order or repeats, so the signature needs the shingles neither sorted nor distinct
        long[] signature = words.length == 0 ? new long[0] : minHash(shingleHashes(words, shingleWords), deadline);
        return new ArticleFingerprint(contentHash(body), signature);
    }

    /** Hex SHA-256 of the text with case, whitespace, line wrapping and punctuation folded. */
    public String contentHash(String body) {
        // The usual text has no letter or digit beyond ASCII: its normalized form is written straight as the UTF-8
        // bytes to hash. A letter or digit beyond ASCII sends the text the general way below.
        byte[] ascii = new byte[body.length()];
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                if (Character.isLetterOrDigit(body.codePointAt(i))) {
                    return contentHashOfAny(body);
                }
                gap = true; // a surrogate pair here is no letter either: its low half is read as another gap
            } else if (isLetterOrDigit(c)) {
                if (gap && n > 0) {
                    ascii[n++] = ' ';
                }
                gap = false;
                ascii[n++] = (byte) toLowerCase(c);
            } else {
                gap = true;
            }
        }
        MessageDigest sha = newSha256();
        sha.update(ascii, 0, n);
        return HexFormat.of().formatHex(sha.digest());
    }

    private String contentHashOfAny(String body) {
        StringBuilder normalized = new StringBuilder(body.length());
        boolean space = false;
        boolean latin1 = true;
        for (int i = 0; i < body.length(); ) {
            int cp = body.charAt(i);
            if (cp >= 0x80) {
                cp = body.codePointAt(i);
            }
            i += Character.charCount(cp);
            if (isLetterOrDigit(cp)) {
                if (space && !normalized.isEmpty()) {
                    normalized.append(' ');
                }
                space = false;
                int lower = toLowerCase(cp);
                latin1 &= lower < 0x100;
                normalized.appendCodePoint(lower);
            } else {
                space = true;
            }
        }
        String text = normalized.toString();
        // Latin-1 characters already lowercased are their own lowercase: the second pass matters only beyond them
        return HexFormat.of().formatHex(newSha256().digest((latin1 ? text : text.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)));
    }

    private MessageDigest newSha256() {
        try {
            return (MessageDigest) sha256.clone(); // the prototype is never updated, so cloning it is thread-safe
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", missing);
            }
        }
    }

    /** {@link Character#isLetterOrDigit(int)}, with ASCII answered without the Unicode tables (the usual text). */
    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return ((cp < 64 ? ASCII_DIGITS : ASCII_LETTERS) >>> cp & 1) != 0; // a shift uses the low six bits
        }
        return Character.isLetterOrDigit(cp);
    }

    /** {@code isLetterOrDigit(text.codePointAt(i))}, without decoding a pair where the char is none. */
    private static boolean isLetterOrDigitAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? isLetterOrDigit(text.codePointAt(i)) : isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(int)}, ASCII answered directly. */
    private static int toLowerCase(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        }
        return Character.toLowerCase(cp);
    }

    /** The 64-bit hashes of the text's words, in text order (see the class documentation for what a word is). */
    public static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        int length = 0;
        int len = text.length();
        for (int i = 0; i < len; ) {
            int cp = text.charAt(i);
            if (cp >= Character.MIN_HIGH_SURROGATE && cp <= Character.MAX_HIGH_SURROGATE) {
                cp = text.codePointAt(i); // a pair; any other char is its own code point
            }
            int next = i + Character.charCount(cp);
            if (isLetterOrDigit(cp)) {
                int lower = toLowerCase(cp);
                h = (h ^ lower) * FNV_PRIME;
                length++;
            } else if (length > 0 && (cp == '\'' || cp == '\u2019' || cp == '.' || cp == ',') && next < len
                    && isLetterOrDigitAt(text, next)) {
                // joiner inside a word: "don't", "U.S.", "1,250.5"
            } else if (length > 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = fmix64(h ^ length);
                h = FNV_OFFSET;
                length = 0;
            }
            i = next;
        }
        if (length > 0) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n + 1);
            }
            out[n++] = fmix64(h ^ length);
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The distinct hashes of the text's word shingles, sorted (as signed longs): the set whose Jaccard similarity
     * the deduplicator confirms. Empty when the text has no word.
     */
    public long[] shingles(String text) {
        return shingleSet(wordHashes(text), shingleWords);
    }

    /** {@link #shingles(String)} of a text whose {@link #wordHashes} these are. */
    public long[] shingles(long[] words) {
        return shingleSet(words, shingleWords);
    }

    /** The distinct hashes of the {@code k}-word shingles of these word hashes, sorted; one shingle if fewer words. */
    public static long[] shingleSet(long[] words, int k) {
        if (words.length == 0) {
            return new long[0];
        }
        long[] out = shingleHashes(words, k);
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /** The hashes of the {@code k}-word shingles in text order, repeats included; one shingle if fewer words. */
    private static long[] shingleHashes(long[] words, int k) {
        int count = Math.max(1, words.length - k + 1);
        int width = Math.min(k, words.length);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = GOLDEN * width;
            for (int j = 0; j < width; j++) {
                h = Long.rotateLeft(h ^ words[i + j], 31) * GOLDEN;
            }
            out[i] = fmix64(h);
        }
        return out;
    }

    /** The MinHash signature of a shingle set: bands × rows minima, or empty for an empty set. */
    public long[] minHash(long[] shingleSet) {
        return minHash(shingleSet, Deadline.NONE);
    }

    private long[] minHash(long[] shingleSet, Deadline deadline) {
        if (shingleSet.length == 0) {
            return new long[0];
        }
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingleSet) {
            deadline.tick("fingerprinting");
            for (int i = 0; i < sig.length; i++) {
                // x is already a well-mixed 64-bit hash: one xor-multiply-xorshift round per function suffices
                long v = (x ^ seeds[i]) * multipliers[i];
                v ^= v >>> 29;
                sig[i] = signedMin(v, sig[i]);
            }
        }
        return sig;
    }

    /**
     * The LSH band keys of a signature: one per band, a 64-bit hash of the band's index and its rows (so equal rows
     * in different bands give different keys). Empty for an empty signature.
     */
    public long[] bandKeys(long[] minHash) {
        if (minHash.length == 0) {
            return new long[0];
        }
        if (minHash.length != bands * rows) {
            throw new IllegalArgumentException("signature of " + minHash.length + " hashes, expected " + bands * rows);
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = fmix64(SEED_BASE + b * GOLDEN);
            for (int r = 0; r < rows; r++) {
                h = Long.rotateLeft(h ^ minHash[b * rows + r], 29) * GOLDEN;
            }
            keys[b] = fmix64(h);
        }
        return keys;
    }

    /** Jaccard similarity of two sorted sets of distinct hashes (two empty sets: 1). Linear time. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** MinHash estimate of Jaccard similarity: the share of equal positions of two signatures. */
    public static double estimate(long[] sigA, long[] sigB) {
        if (sigA.length != sigB.length || sigA.length == 0) {
            return 0.0;
        }
        int equal = 0;
        for (int i = 0; i < sigA.length; i++) {
            if (sigA[i] == sigB[i]) {
                equal++;
            }
        }
        return (double) equal / sigA.length;
    }

    /** Probability that two texts of Jaccard similarity s share at least one band: {@code 1 - (1 - s^rows)^bands}. */
    public double candidateProbability(double s) {
        return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
    }

    /**
     * {@code Math.min(a, b)} without a branch or a conditional move (a's sign of a - b, corrected for overflow,
     * selects), so that the JIT can turn the signature loop above into vector instructions: twice as fast where
     * the CPU has 64-bit vector multiplies, no slower elsewhere.
     */
    private static long signedMin(long a, long b) {
        long d = a - b;
        long aBelow = (d ^ ((a ^ b) & (d ^ a))) >> 63; // all ones when a < b
        return b ^ ((a ^ b) & aBelow);
    }

    /** murmur3's 64-bit finalizer. */
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93e53cab9ebL;
        k ^= k >>> 33;
        return k;
    }
}
