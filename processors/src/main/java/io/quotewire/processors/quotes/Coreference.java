package io.quotewire.processors.quotes;

import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Who a speaker pronoun ("he said", "she added") stands for: a mention-ranking coreference step over the persons
 * the article names. The candidates are the persons named before the pronoun that the article does not give the
 * other gender ({@link SpeakerResolver#antecedents}) and the last speaker; the antecedent ranker scores each by
 * features that hold on any newspaper (recency, distance, how often and how the article names them, whether they
 * spoke before). Built per article, fed each quotation's speaker in text order; not shared between threads.
 */
final class Coreference {
    private final String articleId;
    private final Tokens tokens;
    private final Layout layout;
    private final SpeakerResolver names;
    /** Null leaves the baseline's choice, the person named last (to record candidates for training). */
    private final SpeakerRanker ranker;
    private final QuoteExtractor.AntecedentLog log;
    /** Char index to code point, for the log. */
    private final IntUnaryOperator codePoint;
    /** How many quotations each person has been given so far. */
    private final Map<String, Integer> spoken = new HashMap<>();

    Coreference(String articleId, Tokens tokens, Layout layout, SpeakerResolver names, SpeakerRanker ranker,
                QuoteExtractor.AntecedentLog log, IntUnaryOperator codePoint) {
        this.articleId = articleId;
        this.tokens = tokens;
        this.layout = layout;
        this.names = names;
        this.ranker = ranker;
        this.log = log;
        this.codePoint = codePoint;
    }

    /** Records the speaker given to a quotation, in text order. */
    void spoke(Speaker speaker) {
        if (speaker.type() == SpeakerType.PERSON && speaker.name() != null) {
            spoken.merge(speaker.name(), 1, Integer::sum);
        }
    }

    /**
     * The person the pronoun at char index {@code pos} stands for, or null when nobody is named before it. Without
     * a ranker, the person named last: a baseline that depends on no model, so that the recorded features do not
     * depend on the model trained from them.
     *
     * @param pronoun         the pronoun in lower case
     * @param female          its gender, null for "I"
     * @param lastSpeaker     the speaker of the quotation before, or null
     * @param lastParagraph   the paragraph that quotation ends in
     */
    String antecedent(int pos, String pronoun, Boolean female, Speaker lastSpeaker, int lastParagraph) {
        List<SpeakerResolver.Antecedent> found = names.antecedents(pos, female);
        List<String> candidates = new ArrayList<>(found.size() + 1);
        for (SpeakerResolver.Antecedent a : found) {
            candidates.add(a.name());
        }
        boolean lastPerson = lastSpeaker != null && lastSpeaker.type() == SpeakerType.PERSON
                && lastSpeaker.name() != null && compatible(lastSpeaker.name(), female);
        if (lastPerson && !candidates.contains(lastSpeaker.name())) {
            candidates.add(lastSpeaker.name()); // a speaker no name run gives ("the senator" resolved before)
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int paragraph = layout.paragraphAt(pos);
        int most = 0;
        for (SpeakerResolver.Antecedent a : found) {
            most = Math.max(most, a.mentions());
        }
        List<List<String>> rows = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            String name = candidates.get(i);
            SpeakerResolver.Antecedent a = i < found.size() ? found.get(i) : null;
            List<String> f = new ArrayList<>(14);
            f.add("bias");
            f.add("pronoun=" + pronoun);
            if (a == null) {
                f.add("unnamed");
            } else {
                f.add("recency=" + Math.min(a.recency(), 4));
                f.add("paragraphs=" + bucket(paragraph - layout.paragraphAt(tokens.start(a.last().start()))));
                f.add("mentions=" + bucket(a.mentions()));
                f.add(a.mentions() == most ? "most-named" : "less-named");
                f.add(a.subject() ? "subject" : "never-subject");
                f.add(a.last().subject() ? "last-subject" : "last-not-subject");
                f.add(layout.paragraphAt(tokens.start(a.first().start())) <= 1 ? "lead" : "not-lead");
                f.add(a.agrees() ? "gender-agrees" : "gender-unknown");
            }
            f.add(name.indexOf(' ') < 0 ? "one-word" : "full-name");
            boolean last = lastPerson && name.equals(lastSpeaker.name());
            f.add(last ? "last-speaker=" + Math.min(2, Math.max(0, paragraph - lastParagraph)) : "not-last-speaker");
            f.add("spoke=" + Math.min(2, spoken.getOrDefault(name, 0)));
            rows.add(f);
        }
        if (log != null) {
            log.pronoun(articleId, codePoint.applyAsInt(pos), candidates, rows);
        }
        return candidates.get(ranker == null ? 0 : ranker.best(rows));
    }

    /** Whether a name may be the pronoun's by the first-name word list (a woman's name is no "he"). */
    private static boolean compatible(String name, Boolean female) {
        if (female == null) {
            return true;
        }
        return female == NameLexicon.womansName(name);
    }

    /** 0, 1, 2, 3 (for 3–4) or 5 (5 and more): counts and distances as the ranker sees them. */
    private static int bucket(int n) {
        return n <= 2 ? Math.max(0, n) : n <= 4 ? 3 : 5;
    }
}
