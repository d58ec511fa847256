package io.quotewire.processors.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features of one speaker candidate of one quotation, as the ranker reads them: where it stands relative to
 * the quotation and the reporting words, its part of speech and its neighbours', a rough grammatical role, what
 * kind of mention it is, which readings proposed it, and whether it spoke just before. No words of the
 * quotation and no names: the features are meant to carry over to articles and publishers not trained on.
 */
final class SpeakerFeatures {
    /** Part of speech of a token outside the tagged windows. */
    static final String UNTAGGED = "_";

    private final Tokens tokens;
    private final int[] quoteOf;
    private final String[] tags;

    /**
     * @param tags the part of speech of each token, {@link #UNTAGGED} or null where not tagged
     */
    SpeakerFeatures(Tokens tokens, int[] quoteOf, String[] tags) {
        this.tokens = tokens;
        this.quoteOf = quoteOf;
        this.tags = tags;
    }

    /**
     * Where a quotation stands: its first and after-last tokens, the bounds of its sentence (first token,
     * after-last token), the reporting words the rules found (-1 for none), and the paragraph distance of the last
     * speaker (large for none).
     */
    record Quotation(int open, int after, int sentenceStart, int sentenceEnd, int cueStart, int cueEnd,
                     int paragraphsSinceSpeaker) {
    }

    /**
     * @param start    first token of the mention, -1 for the last speaker carried on
     * @param end      last token of the mention
     * @param readings which rules proposed it ("source", "subject", "pos-chunk" …)
     * @param picked   whether the rules, as they stood, chose it
     * @param earlier  whether it names the last speaker
     */
    record Candidate(int start, int end, Set<String> readings, boolean picked, boolean earlier) {
    }

    List<String> of(Quotation q, Candidate c) {
        List<String> f = new ArrayList<>(32);
        f.add("bias");
        for (String r : c.readings()) {
            f.add("by=" + r);
            if (c.picked()) {
                f.add("picked|by=" + r);
            }
        }
        f.add("readings=" + Math.min(c.readings().size(), 3));
        if (c.picked()) {
            f.add("picked");
        }
        if (c.earlier()) {
            f.add("earlier-speaker");
        }
        if (c.start() < 0) {
            f.add("side=carried");
            f.add("carried-paragraphs=" + Math.min(q.paragraphsSinceSpeaker(), 2));
            if (c.picked()) {
                f.add("picked|carried");
            }
            return f;
        }
        int s = c.start();
        int e = c.end();
        String side = e < q.open() ? "L" : s >= q.after() ? "R" : "in";
        int gap = side.equals("L") ? q.open() - 1 - e : s - q.after();
        String dist = bucket(gap);
        String kind = kind(s, e);
        String head = tag(e);
        String before = s > 0 && quoteOf[s - 1] >= 0 ? "Q" : tag(s - 1);
        String next = e + 1 < tokens.size() && quoteOf[e + 1] >= 0 ? "Q" : tag(e + 1);
        // a previous sentence or paragraph: the rules reach there only when the quotation's own has nobody
        boolean outside = e < q.sentenceStart() || s >= q.sentenceEnd();
        if (outside) {
            side = side + "-outside";
        }
        f.add("side=" + side);
        f.add("dist=" + dist);
        f.add("side|dist=" + side + dist);
        f.add("kind=" + kind);
        f.add("side|kind=" + side + kind);
        f.add("head=" + head);
        f.add("first=" + tag(s));
        f.add("before=" + before);
        f.add("next=" + next);
        f.add("side|before|next=" + side + before + "|" + next);
        f.add("kind|next=" + kind + next);
        f.add("len=" + Math.min(e - s + 1, 4));
        if (next.equals("VERB") || next.equals("AUX")) {
            f.add("role=subject"); // "Smith said", "he has said"
        } else if (before.equals("VERB")) {
            f.add("role=after-verb"); // "said Smith", or an object
        } else if (before.equals("ADP")) {
            f.add("role=after-adposition"); // "according to Smith", "for the senator"
        }
        if (q.cueStart() >= 0) {
            String cue;
            if (e + 1 == q.cueStart() || e + 2 == q.cueStart() && tag(e + 1).equals("ADV")) {
                cue = "subject-of-cue"; // "Smith said", "Smith also said"
            } else if (s == q.cueEnd() + 1 || s == q.cueEnd() + 2 && tag(q.cueEnd() + 1).equals("DET")) {
                cue = "after-cue"; // "said Smith", "said the senator"
            } else if (s <= q.cueStart() && e >= q.cueEnd()) {
                cue = "holds-cue";
            } else if (e < q.cueStart()) {
                cue = "before-cue-" + bucket(q.cueStart() - e - 1);
            } else {
                cue = "after-cue-" + bucket(s - q.cueEnd() - 1);
            }
            f.add("cue=" + cue);
            f.add("cue|kind=" + cue + "|" + kind);
            String verb = tokens.lower(q.cueEnd());
            f.add("cue-word=" + verb);
            f.add("cue-word|" + cue + "=" + verb);
        } else {
            f.add("cue=none");
            f.add("cue=none|side|kind=" + side + kind);
        }
        if (c.picked()) {
            f.add("picked|" + side);
            f.add("picked|kind=" + kind);
        }
        return f;
    }

    /** pronoun, name, description: how the mention refers. */
    String kind(int s, int e) {
        if (s == e && tag(s).equals("PRON")) {
            return "pronoun";
        }
        if (tokens.capitalized(e) && !tag(e).equals("NOUN") || tag(e).equals("PROPN")) {
            return "name";
        }
        return "description";
    }

    private String tag(int k) {
        if (k < 0 || k >= tokens.size() || tags == null) {
            return UNTAGGED;
        }
        String t = tags[k];
        return t == null ? UNTAGGED : t;
    }

    private static String bucket(int gap) {
        return gap <= 0 ? "0" : gap == 1 ? "1" : gap == 2 ? "2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : "11+";
    }
}
