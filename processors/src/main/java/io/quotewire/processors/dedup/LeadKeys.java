package io.quotewire.processors.dedup;

import java.util.Arrays;

/**
 * The lead keys of an article: a few hashes of word shingles of its lead (the first words after its headline line),
 * indexed beside the LSH band keys so that a trimmed copy (an outlet's republication of a story cut to its first
 * paragraphs, under its own headline and sign-off) finds the story it was cut from with one key look-up. MinHash LSH
 * cannot do it: such a copy keeps 40 to 75 % of the story, so its Jaccard similarity is about 0.5, where 20 bands of
 * 5 rows find a pair with probability below one half; but its lead is the story's lead, word for word.
 *
 * <h2>Which shingles</h2>
 * The lead is the first {@code leadWords} words after the first non-blank line (the headline, which the copy
 * replaces by its own); a text of one line is its own lead. Of the lead's word {@value #SHINGLE_WORDS}-shingles
 * the {@code count} with the smallest salted hash are the keys (bottom-k sampling, as MinHash does): the choice
 * depends only on the set of shingles, not on their positions, so two leads that agree on most shingles (a word
 * changed, a lead that starts one line later because the copy's headline wraps) still share most keys, and one
 * shared key is enough to become a candidate. The keys are candidates only: a pair is folded only when the exact
 * containment of the copy's shingles in the story, computed from both bodies, confirms it.
 *
 * <h2>Key space</h2>
 * A key is {@code fmix64(shingle ^ SALT)}, a different function of different inputs than an LSH band key, so the two
 * spaces share the table {@code article_band} without meaning anything to each other; a chance collision (about
 * n²/2^65) could only add a candidate, which confirmation then rejects. The salt, {@code leadWords} and {@code count}
 * of {@link #DEFAULT} are part of the stored index, like the fingerprinter's seeds: fixed for all time, since
 * changing them would make new articles miss every article indexed before.
 *
 * @param count     keys per article (fewer for a lead with fewer distinct shingles)
 * @param leadWords how many words after the headline line make the lead
 */
public record LeadKeys(int count, int leadWords) {
    /** 4 keys from the first 40 words: rows per article in {@code article_band} go from 20 to 24. */
    public static final LeadKeys DEFAULT = new LeadKeys(4, 40);

    /**
     * Words per lead shingle: longer than the Jaccard check's 3, because a 3-word run of a lead is often boilerplate
     * ("said it is", "it has filed"): on Reuters-21578 one such key was shared by 392 articles, each a useless
     * candidate whose body is loaded and compared. Six words are rarely shared but by copies.
     */
    static final int SHINGLE_WORDS = 6;

    private static final long SALT = 0x4c45_4144_4b45_5953L; // "LEADKEYS": fixed for all time

    public LeadKeys {
        if (count < 1 || leadWords < 1) {
            throw new IllegalArgumentException("count and leadWords must be positive: " + count + ", " + leadWords);
        }
    }

    /** The lead keys of a body, sorted; empty when the text has no word. */
    public long[] of(String body) {
        long[] words = leadWords(body, leadStart(body));
        if (words.length == 0) {
            words = leadWords(body, 0); // a headline and nothing else: the headline is the lead
        }
        long[] lead = Arrays.copyOf(words, Math.min(words.length, leadWords));
        long[] shingles = Fingerprinter.shingleSet(lead, SHINGLE_WORDS);
        long[] keys = new long[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            keys[i] = Fingerprinter.fmix64(shingles[i] ^ SALT);
        }
        Arrays.sort(keys);
        return keys.length <= count ? keys : Arrays.copyOf(keys, count);
    }

    /**
     * The hashes of the words of {@code body} from {@code start}: of a prefix only, since the lead is all that is
     * needed (hashing a long story to keep 40 words would cost more than the rest of the look-up). A prefix cut
     * inside a word ends with a partial word, so it is used only when it has more than {@code leadWords} words (the
     * first {@code leadWords} are then whole); else a prefix twice as long, up to the whole text.
     */
    private long[] leadWords(String body, int start) {
        for (int length = leadWords * 12; ; length *= 2) {
            int end = (int) Math.min(body.length(), (long) start + length);
            long[] words = Fingerprinter.wordHashes(body.substring(start, end));
            if (end == body.length() || words.length > leadWords) {
                return words;
            }
        }
    }

    /**
     * Where the lead starts: after the first non-blank line when another non-blank line follows (the headline is the
     * one line an outlet always rewrites), else at 0.
     */
    static int leadStart(String body) {
        int i = 0;
        int n = body.length();
        while (i < n && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        int eol = body.indexOf('\n', i);
        if (eol < 0) {
            return 0;
        }
        for (int j = eol; j < n; j++) {
            if (!Character.isWhitespace(body.charAt(j))) {
                return eol;
            }
        }
        return 0;
    }
}
