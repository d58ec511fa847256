package io.quotewire.processors.quotes;

import io.quotewire.core.Cue;
import io.quotewire.core.Mention;
import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.TextOffsets;
import io.quotewire.processors.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds direct quotations in an article body and attributes them to speakers. Plain Java; thread-safe (no state
 * besides immutable lexicons; per-article work lives in per-call objects).
 *
 * <p>Pipeline: {@link Layout} (paragraphs) → {@link QuoteScanner} (quote marks) and {@link PostDetector}
 * (embedded posts) → {@link Tokens} → {@link AttributionFinder} (reporting verb and speaker phrase) →
 * {@link QuotationJudge} (titles, labels, kind) → {@link SpeakerResolver} (canonical names, pronouns).
 */
public class QuoteExtractor {
    /** Unattributed fragments up to this many words, with no speaker found, are scare quotes. */
    private static final int MAX_SCARE_WORDS = 3;
    private static final String STAGE = "quotations and speakers";

    /** Words tagged on each side of a quotation: the reporting clause, not the whole sentence (tagging is costly). */
    private static final int TAGGED_WORDS = 12;
    /** Part-of-speech candidates kept on each side, nearest first. */
    private static final int CHUNKS_PER_SIDE = 4;

    private final ReportingLexicon lexicon;
    private final QuoteScanner scanner = new QuoteScanner();
    private final PostDetector posts = new PostDetector();
    private final PartOfSpeech partOfSpeech;
    /** Who speaks among the candidates; null leaves the rules' choice (to record candidates for training). */
    private final SpeakerRanker ranker;
    private final CandidateLog log;
    private final SpeakerRanker antecedents;
    private final AntecedentLog antecedentLog;

    /** Sees every quotation's speaker candidates with their features, for training the ranker. */
    interface CandidateLog {
        /**
         * @param start      the quotation's first code point
         * @param end        its end code point
         * @param candidates each candidate as it would be output
         * @param features   each candidate's features
         */
        void quotation(String articleId, int start, int end, List<Speaker> candidates, List<List<String>> features);
    }

    /** Sees every speaker pronoun's antecedent candidates with their features, for training the antecedent ranker. */
    interface AntecedentLog {
        /**
         * @param start      the pronoun's first code point
         * @param names      each candidate person's fullest name
         * @param features   each candidate's features
         */
        void pronoun(String articleId, int start, List<String> names, List<List<String>> features);
    }

    public QuoteExtractor() {
        this(SpeakerRanker.shipped(), null);
    }

    QuoteExtractor(SpeakerRanker ranker, CandidateLog log) {
        this(ranker, log, SpeakerRanker.antecedents(), null);
    }

    /**
     * @param antecedents who a speaker pronoun stands for; null leaves the rules' choice (to record for training)
     */
    QuoteExtractor(SpeakerRanker ranker, CandidateLog log, SpeakerRanker antecedents, AntecedentLog antecedentLog) {
        this.lexicon = new ReportingLexicon();
        this.partOfSpeech = PartOfSpeech.english();
        this.ranker = ranker;
        this.log = log;
        this.antecedents = antecedents;
        this.antecedentLog = antecedentLog;
    }

    /**
     * @param articleId the article's id, for the quotes' ids
     * @param body      the article body
     * @param published the publication date, the default date of every quote
     * @return the quotations in text order, never overlapping, offsets in code points
     */
    public List<Quote> extract(String articleId, String body, LocalDate published) {
        return extract(articleId, body, published, Deadline.NONE);
    }

    /**
     * As {@link #extract(String, String, LocalDate)}, checking {@code deadline} at each quotation.
     *
     * @throws io.quotewire.processors.BudgetExceededException when the deadline passes
     */
    public List<Quote> extract(String articleId, String body, LocalDate published, Deadline deadline) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(deadline, "deadline");
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        return new Run(articleId, body, published, deadline).extract();
    }

    /** The work on one article. */
    private final class Run {
        private final String articleId;
        private final String body;
        private final LocalDate published;
        private final Deadline deadline;
        private final Layout layout;
        private final TextOffsets offsets;
        private Tokens tokens;
        private int[] quoteOf;
        private List<QuoteSpan> spans;
        private QuoteTokens marks;
        private SpeakerResolver names;
        private AttributionFinder finder;
        /** The same reading with fuller noun phrases, for who speaks (not for what is kept). */
        private AttributionFinder speakers;
        private QuotationJudge judge;
        /** The last speaker attributed, with the paragraph of its quotation. */
        private Speaker lastSpeaker;
        private int lastSpeakerParagraph = -10;
        private Coreference coreference;
        /** The same as the first reading has them: what is kept depends on these, not on the speaker rules. */
        private boolean keptSpeaker;
        private int keptSpeakerParagraph = -10;
        private int lastQuoteParagraph = -10;
        /** The fullest description so far by its head noun ("senior Treasury official"), for "the official". */
        private final java.util.Map<String, String> descriptions = new java.util.HashMap<>();
        /** Whether the article quotes with double marks (then single marks only nest inside them). */
        private boolean doubleMarks;
        /** Part of speech of the tokens tagged so far, by token. */
        private String[] tags;
        /** The current quotation's speaker candidates (token spans; -1 the last speaker) and who proposed each. */
        private final Map<Long, Set<String>> proposed = new LinkedHashMap<>();
        /** The rules' pick for the current quotation, as a key of {@link #proposed}, or null for nobody. */
        private Long picked;

        Run(String articleId, String body, LocalDate published, Deadline deadline) {
            this.deadline = deadline;
            this.articleId = articleId;
            this.body = body;
            this.published = published;
            this.layout = Layout.of(body);
            this.offsets = TextOffsets.of(body);
        }

        /** The article's register of names, read on first need. */
        private SpeakerResolver resolver() {
            if (names == null) {
                names = new SpeakerResolver(tokens, quoteOf);
            }
            return names;
        }

        private Coreference coreference() {
            if (coreference == null) {
                coreference = new Coreference(articleId, tokens, layout, resolver(), antecedents, antecedentLog,
                        this::cp);
            }
            return coreference;
        }

        List<Quote> extract() {
            List<QuoteSpan> spans = scanner.scan(body, layout);
            List<PostDetector.Post> found = posts.find(body, layout);
            spans = withoutPosts(spans, found);
            if (spans.isEmpty() && found.isEmpty()) {
                return List.of(); // nothing between quote marks, no post: no need to read the words
            }
            tokens = Tokens.of(body, layout.wrapped());
            marks = QuoteTokens.of(tokens, spans);
            this.spans = spans;
            quoteOf = marks.quoteOf();
            int[] openTok = marks.openTok();
            int[] afterTok = marks.afterTok();
            finder = new AttributionFinder(tokens, quoteOf, lexicon, false);
            speakers = new AttributionFinder(tokens, quoteOf, lexicon, true);
            judge = new QuotationJudge(tokens, quoteOf);
            for (QuoteSpan s : spans) {
                doubleMarks |= !s.single();
            }
            // some archives write double marks as two apostrophes (''Yes,'' he said): single marks there nest
            doubleMarks |= body.contains("''");
            int headlineEnd = headlineEnd();

            List<Quote> out = new ArrayList<>();
            int p = 0;
            for (int q = 0; q < spans.size() || p < found.size(); ) {
                deadline.tick(STAGE);
                boolean takePost = p < found.size() && (q >= spans.size() || found.get(p).start() < spans.get(q).open());
                if (takePost) {
                    Quote post = post(found.get(p), out.size() + 1);
                    if (post != null) {
                        out.add(post);
                    }
                    p++;
                    continue;
                }
                QuoteSpan span = spans.get(q);
                if (span.open() >= headlineEnd) {
                    Quote quote = quote(q, span, openTok[q], afterTok[q], out.size() + 1);
                    if (quote != null) {
                        out.add(quote);
                    }
                }
                q++;
            }
            return out;
        }

        /** The end of a headline opening the body (a short first paragraph), or 0. */
        private int headlineEnd() {
            if (layout.count() < 2) {
                return 0;
            }
            int s = layout.start(0);
            int e = layout.end(0);
            if (e - s > 160 || body.indexOf('\n', s) < e || QuotationJudge.countWords(body, s, e) > 25) {
                return 0;
            }
            char c = body.charAt(s);
            return c == '"' || c == '\u201c' || c == '\u2018' ? 0 : e;
        }

        private List<QuoteSpan> withoutPosts(List<QuoteSpan> spans, List<PostDetector.Post> found) {
            if (found.isEmpty()) {
                return spans;
            }
            List<QuoteSpan> kept = new ArrayList<>();
            int p = 0;
            for (QuoteSpan s : spans) {
                while (p < found.size() && found.get(p).mentionEnd() <= s.open()) {
                    p++;
                }
                if (p < found.size() && found.get(p).start() < s.after()) {
                    continue; // inside (or across) a post: the post is the quotation
                }
                kept.add(s);
            }
            return kept;
        }

        private Quote post(PostDetector.Post post, int n) {
            int s = tokens.indexAt(post.mentionStart());
            int e = tokens.indexAt(post.nameEnd()) - 1;
            SpeakerResolver.Resolved r = e >= s ? resolver().classify(s, e) : null;
            String name;
            SpeakerType type;
            if (r == null) {
                name = body.substring(post.mentionStart(), post.nameEnd());
                type = SpeakerType.PERSON;
            } else {
                type = r.type();
                name = resolver().canonical(r);
            }
            Mention mention = mention(post.mentionStart(), post.mentionEnd());
            Speaker speaker = new Speaker(name, type, mention);
            Cue cue = new Cue(cp(post.dash()), cp(post.dash() + 1), body.substring(post.dash(), post.dash() + 1));
            return quote(n, post.start(), post.end(), QuoteKind.POST, speaker, cue);
        }

        /** The attribution a finder reads around a quotation, and whether it is the one left of it. */
        private record Choice(Attribution att, boolean fromLeft) {
        }

        private Choice choose(AttributionFinder f, QuoteSpan span, int o, int after, int lb, int rb) {
            char last = body.charAt(span.end() - 1);
            boolean separator = last == ',' || last == '?' || last == '!' || Chars.isDash(last) || last == '-'
                    || (after < tokens.size() && tokens.isPunct(after, ','));
            Attribution right = f.right(after, rb);
            if (right != null && last == '.' && after < tokens.size() && tokens.capitalized(after) && rb - after > 8) {
                right = null; // “… matter.” Rep. Cummings, chair of …, said …: a new sentence, not this one's tag
            }
            Attribution left = lb < o ? f.left(lb, o) : null;
            Attribution colon = f.colon(o);
            Attribution att;
            if (lb == o) {
                att = right != null ? right : colon;
            } else if (separator && right != null && right.adjacent() && (left == null || !left.adjacent())) {
                att = right;
            } else {
                att = left != null ? left : right != null ? right : colon;
            }
            return new Choice(att, left != null && att == left);
        }

        private Quote quote(int q, QuoteSpan span, int o, int after, int n) {
            int lb = finder.leftBound(o);
            int rb = finder.rightBound(q, after);
            Choice choice = choose(finder, span, o, after, lb, rb);
            Attribution att = choice.att();
            if (span.single() && (doubleMarks || att == null || !att.adjacent())) {
                return null; // single marks outside a quotation: only in text without double marks, attributed
            }
            if (judge.isTitle(span, o, after) || judge.isBylinedHeadline(span, after)
                    || judge.isLabel(span, o, after, att) && reportingVerbBefore(span, lb, o) < 0) {
                return null;
            }
            int paragraph = layout.paragraphAt(span.open());
            // what is kept is decided on the first reading alone, before any speaker rule runs
            boolean known = att != null || knownWithoutCue(span, lb, o, paragraph);
            int[] reporter = null;
            if (!known && QuotationJudge.countWords(body, span.start(), span.end()) <= MAX_SCARE_WORDS) {
                int verb = reportingVerbBefore(span, lb, o);
                if (verb < 0) {
                    return null; // a scare quote: no speaker, no reporting verb near it
                }
                known = reporterOf(finder, verb, lb) != null;
                reporter = known ? reporterOf(speakers, verb, lb) : null;
            }
            proposed.clear();
            picked = null;
            // the speaker is read with fuller noun phrases ("said the 46-year-old"); which quotations are kept is not
            Attribution source = source(choose(speakers, span, o, after, lb, rb).att(), lb, o, after, rb);
            if (source == null) {
                source = tagOfCoordinated(q); // "“A” and “B,” Dean proclaimed": the tag after the last is both's
            }
            Speaker speaker;
            int owner = lb < o && (source == null || !source.adjacent()) ? speakers.ownerOfSpeech(lb, o) : -1;
            if (owner >= 0) { // "her remark that “…”": the owner of the words said them
                source = new Attribution(owner, owner, -1, -1, true);
            }
            Cue cue = source != null && source.cueStart() >= 0
                    ? cue(tokens.start(source.cueStart()), tokens.end(source.cueEnd())) : null;
            if (source != null) {
                propose(source.npStart(), source.npEnd(), owner >= 0 ? "owner" : "source");
            }
            boolean candidates = ranking() && (source == null || log != null); // only a guess is ranked (below)
            if (candidates && lb < o) {
                propose(speakers.mainSubject(lb, o), "subject");
            }
            if (candidates && lb == o) {
                propose(subjectOfPreviousSentence(o), "previous-sentence");
            }
            if (source != null) {
                speaker = picked(source.npStart(), source.npEnd());
            } else {
                int[] np = lb < o ? speakers.mainSubject(lb, o) : null;
                int[] found;
                // with no subject found, a source opening the sentence still speaks ("In a new poll, 75 percent …")
                int[] outerNp = lb < o ? speakers.outerSpeaker(lb, np != null ? np[0] : o) : null;
                if (outerNp != null) {
                    np = propose(outerNp, "outer");
                }
                if (np == null && (body.charAt(span.end() - 1) == ',' || after < rb && tokens.isPunct(after, ','))) {
                    np = propose(speakers.subjectAfterOpeningParticiple(lb, o, after, rb), "participle");
                }
                if (np != null) {
                    speaker = picked(np[0], np[1]); // the subject of the reporter's sentence
                } else if (lb == o && (found = subjectOfPreviousSentence(o)) != null) {
                    speaker = picked(found[0], found[1]); // "Clinton touted her record. “We need …”"
                } else if (lastSpeaker != null && paragraph - lastSpeakerParagraph <= 1
                        && (paragraph == lastSpeakerParagraph || lb == o)) {
                    speaker = lastSpeaker; // a continuation: the text says nothing new
                } else {
                    speaker = Speaker.UNKNOWN;
                }
            }
            if (reporter != null) {
                propose(reporter, "reporter");
                speaker = picked(reporter[0], reporter[1]); // a reported fragment: whoever reports it
            }
            QuoteKind kind = judge.kind(span, o, lb, att, choice.fromLeft());
            // a tag closing the sentence outranks reporting words away from the quotation, and a verb by it that
            // is no verb of saying proper ("The rejection signals “…” for the EU, said Wilders.")
            boolean weakSource = source == null || !source.adjacent() || source.cueStart() >= 0
                    && !speakers.relayCue(source.cueStart()) && !speakers.saysProper(source.cueStart(), source.cueEnd());
            Attribution tag = weakSource ? speakers.closingTag(after, rb) : null;
            int[] label = source != null ? null : span.close() >= 0 ? speakers.signatureAfter(after) : null;
            label = label != null || source != null ? label : speakers.labelBeforeColon(o);
            int cueStart = source != null ? source.cueStart() : -1;
            int cueEnd = source != null ? source.cueEnd() : -1;
            if (tag != null) { // "“…” if she loses, said Wasserman.": the tag closing the sentence beats a guess
                propose(tag.npStart(), tag.npEnd(), "closing-tag");
                speaker = picked(tag.npStart(), tag.npEnd());
                cue = cue(tokens.start(tag.cueStart()), tokens.end(tag.cueEnd()));
                cueStart = tag.cueStart();
                cueEnd = tag.cueEnd();
            } else if (label != null) { // "- Jeffrey M. Jones: “…”", "“…”" then "- Bernie Sanders."
                propose(label, "label");
                speaker = picked(label[0], label[1]);
            }
            // the ranker decides where the rules guess (the sentence's subject, the sentence before, the last
            // speaker); where the text attributes the quotation (a cue, a closing tag, a label, a reporter) it
            // changed 4 of 4,950 picks on PolNeAR and none of 10,500 on Reuters, so those are not tagged at all
            boolean guessed = source == null && tag == null && label == null && reporter == null;
            if (ranking() && (guessed || log != null)) {
                speaker = ranked(speaker, span, o, after, lb, rb, cueStart, cueEnd, paragraph);
            }
            if (known) { // as the first reading has it, so that what the next quotations keep does not change
                keptSpeaker = true;
                keptSpeakerParagraph = layout.paragraphAt(span.end());
            }
            if (speaker.name() != null || speaker.mention() != null) {
                lastSpeaker = speaker;
                lastSpeakerParagraph = layout.paragraphAt(span.end());
                coreference().spoke(speaker);
            }
            lastQuoteParagraph = paragraph;
            return quote(n, span.start(), span.end(), kind, speaker, cue);
        }

        private static final long CARRIED = -1L;

        private static long key(int s, int e) {
            return (long) s << 32 | (e & 0xffffffffL);
        }

        /** Records a candidate a rule found, and returns it. */
        private int[] propose(int[] np, String reading) {
            if (np != null) {
                propose(np[0], np[1], reading);
            }
            return np;
        }

        private void propose(int s, int e, String reading) {
            if (s >= 0 && e >= s) {
                proposed.computeIfAbsent(key(s, e), k -> new LinkedHashSet<>()).add(reading);
            }
        }

        /** The rules' speaker for tokens s..e, noted as their pick. */
        private Speaker picked(int s, int e) {
            picked = e >= s ? key(s, e) : null;
            return speaker(s, e);
        }

        private boolean ranking() {
            return ranker != null || log != null;
        }

        /** Tags tokens from..to-1 (once each), words only; quotations inside are left out. */
        private void tag(int from, int to) {
            if (tags == null) {
                tags = new String[tokens.size()];
            }
            List<Integer> at = new ArrayList<>();
            for (int k = from; k < to; k++) {
                if (quoteOf[k] < 0 && tags[k] == null) {
                    at.add(k);
                }
            }
            if (at.isEmpty()) {
                return;
            }
            String[] words = new String[at.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.text(at.get(i));
            }
            String[] t = partOfSpeech.tag(words);
            for (int i = 0; i < words.length; i++) {
                tags[at.get(i)] = t[i];
            }
        }

        private String tagOf(int k) {
            return tags == null || k < 0 || k >= tags.length || tags[k] == null ? SpeakerFeatures.UNTAGGED : tags[k];
        }

        /**
         * Noun phrases by part of speech in tokens from..to-1, outside quotations: pronouns, runs of proper nouns,
         * and determiner-adjective-noun runs ending in a noun. Nearest to the quotation first, at most a few.
         */
        private void proposeChunks(int from, int to, boolean left) {
            List<int[]> found = new ArrayList<>();
            int k = from;
            while (k < to) {
                String t = tagOf(k);
                if (quoteOf[k] >= 0 || !tokens.isWord(k) || !nominal(t)) {
                    k++;
                    continue;
                }
                if (t.equals("PRON")) {
                    String w = tokens.lower(k);
                    if (w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we") || w.equals("i")
                            || w.equals("it") || w.equals("who")) {
                        found.add(new int[] {k, k});
                    }
                    k++;
                    continue;
                }
                int s = k;
                while (k < to && quoteOf[k] < 0 && tokens.isWord(k) && nominal(tagOf(k)) && !tagOf(k).equals("PRON")) {
                    k++;
                }
                int e = k - 1;
                String head = tagOf(e);
                if (head.equals("NOUN") || head.equals("PROPN")) {
                    found.add(new int[] {s, e});
                }
                int p = s; // the proper-noun part of "the senator Bernie Sanders"
                while (p <= e && !tagOf(p).equals("PROPN")) {
                    p++;
                }
                if (p > s && p <= e && head.equals("PROPN")) {
                    found.add(new int[] {p, e});
                }
            }
            int n = 0;
            for (int i = 0; i < found.size() && n < CHUNKS_PER_SIDE; i++, n++) {
                int[] c = found.get(left ? found.size() - 1 - i : i);
                propose(c[0], c[1], "chunk");
            }
        }

        private static boolean nominal(String t) {
            return t.equals("DET") || t.equals("ADJ") || t.equals("NOUN") || t.equals("PROPN") || t.equals("NUM")
                    || t.equals("PRON");
        }

        /**
         * The speaker the ranker picks among the candidates the rules and the tagger found, or the rules' own
         * when nothing is ranked. Also shows the candidates to the log.
         */
        private Speaker ranked(Speaker rules, QuoteSpan span, int o, int after, int lb, int rb, int cueStart,
                               int cueEnd, int paragraph) {
            int wl = Math.max(lb, o - TAGGED_WORDS);
            int wr = Math.min(rb, after + TAGGED_WORDS);
            tag(wl, o);
            tag(after, wr);
            for (long key : proposed.keySet()) { // the rules' spans outside the windows: their own words only
                int s = (int) (key >> 32);
                int e = (int) key;
                tag(Math.max(0, s - 1), Math.min(tokens.size(), e + 2));
            }
            proposeChunks(wl, o, true);
            proposeChunks(after, wr, false);
            boolean carried = lastSpeaker != null && paragraph - lastSpeakerParagraph <= 1;
            if (carried) {
                proposed.computeIfAbsent(CARRIED, k -> new LinkedHashSet<>()).add("carried");
            }
            if (proposed.isEmpty()) {
                return rules;
            }
            SpeakerFeatures features = new SpeakerFeatures(tokens, quoteOf, tags);
            SpeakerFeatures.Quotation quotation = new SpeakerFeatures.Quotation(o, after, lb, rb, cueStart, cueEnd,
                    carried ? paragraph - lastSpeakerParagraph : 9);
            List<Long> keys = new ArrayList<>(proposed.keySet());
            List<Speaker> speakers = new ArrayList<>(keys.size());
            List<List<String>> rows = new ArrayList<>(keys.size());
            Map<String, String> kept = new HashMap<>(descriptions); // reading candidates must not change the state
            int pick = -1;
            for (long key : keys) {
                int s = key == CARRIED ? -1 : (int) (key >> 32);
                int e = key == CARRIED ? -1 : (int) key;
                Speaker sp = s < 0 ? lastSpeaker : speaker(s, e);
                boolean earlier = s >= 0 && carried && sp.name() != null && sp.name().equals(lastSpeaker.name());
                boolean isPick = picked != null && picked == key || picked == null && s < 0 && rules == lastSpeaker;
                pick = isPick ? speakers.size() : pick;
                speakers.add(sp);
                rows.add(features.of(quotation, new SpeakerFeatures.Candidate(s, e, proposed.get(key), isPick, earlier)));
            }
            descriptions.clear();
            descriptions.putAll(kept);
            if (log != null) {
                log.quotation(articleId, cp(span.start()), cp(span.end()), speakers, rows);
            }
            if (ranker == null) {
                return rules;
            }
            long best = keys.get(ranker.best(rows, pick, SpeakerRanker.MARGIN));
            if (best == CARRIED) {
                return lastSpeaker;
            }
            if (picked != null && best == picked) {
                return rules;
            }
            return speaker((int) (best >> 32), (int) best);
        }

        /** Who reports a fragment after the verb: the verb's subject, or the phrase its sentence opens with. */
        private int[] reporterOf(AttributionFinder reading, int verb, int lb) {
            int[] np = reading.npLeftOfVerb(verb, lb);
            if (np == null) {
                np = reading.firstSubject(lb, verb);
            }
            if (np == null && lb < verb && (tokens.is(lb, "The")
                    || tokens.capitalized(lb) && !NameLexicon.CAP_STOP.contains(tokens.lower(lb)))) {
                np = reading.npAt(lb, verb); // the sentence opens with the one who reports
            }
            return np;
        }

        /**
         * The tag right after the next quotation when that one is joined to quotation q by "and" or "or" alone
         * ("“the ultimate crisis” and “stunt growth,” Dean proclaimed"), or null.
         */
        private Attribution tagOfCoordinated(int q) {
            if (q + 1 >= spans.size()) {
                return null;
            }
            QuoteSpan next = spans.get(q + 1);
            String between = body.substring(Math.min(spans.get(q).after(), next.open()), next.open()).strip();
            if (!(between.equals("and") || between.equals("or") || between.equals(", and") || between.equals(", or")
                    || between.equals(",and"))) {
                return null;
            }
            int after = marks.afterTok()[q + 1];
            Attribution right = speakers.right(after, speakers.rightBound(q + 1, after));
            return right != null && right.adjacent() ? right : null;
        }

        /**
         * The reporting verb, nearest first, earlier in the clause of a short lower-case stretch ("accusing the
         * agencies of “overclassification run amok”", "mocked him for calling himself the “king of debt”"): the
         * words are someone's, reported, even when the verb's subject is not found. Title-case stretches are left
         * out: after such verbs they are mostly names of things.
         */
        private int reportingVerbBefore(QuoteSpan span, int lb, int o) {
            if (QuotationJudge.isTitleCase(body, span.start(), span.end())) {
                return -1;
            }
            for (int k = o - 1; k >= lb; k--) {
                if (quoteOf[k] < 0 && finder.isVerbAt(k)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether the first reading finds someone for a quotation without reporting words: the nearest subject, the
         * previous paragraph's or sentence's, or the last speaker. What is kept and the state the next quotations
         * read depend on this alone, never on the speaker rules.
         */
        private boolean knownWithoutCue(QuoteSpan span, int lb, int o, int paragraph) {
            return lb < o && finder.subjectNear(lb, o) != null
                    || lb == o && paragraph != keptSpeakerParagraph && layout.start(paragraph) == span.open()
                    && subjectOfPreviousParagraph(paragraph, keptSpeakerParagraph) != null
                    || lb == o && subjectOfPreviousSentence(o) != null
                    || keptSpeaker && paragraph - keptSpeakerParagraph <= 1
                    && (paragraph == keptSpeakerParagraph || lb == o);
        }

        /**
         * Who the text has the quotation from, given the attribution that decided it is one: the reporter of a
         * clause that holds the speaker ("Cruz said that Trump …"), or a relay of the whole sentence ("…,” Welch
         * said, according to Vermont Edition").
         */
        private Attribution source(Attribution att, int lb, int o, int after, int rb) {
            if (att == null) {
                return null; // no reporting words: the fallbacks below find the speaker, the scare-quote rule stays
            }
            int[] relay = speakers.relayAfter(after, rb);
            if (relay != null) {
                return new Attribution(relay[0], relay[1], relay[2], relay[3], att.adjacent());
            }
            int[] outer = att.npEnd() < o && att.npStart() >= lb ? speakers.outerSpeaker(lb, att.npStart()) : null;
            return outer == null ? att : new Attribution(outer[0], outer[1], outer[2], outer[2], att.adjacent());
        }

        /**
         * The named subject (a name or a pronoun) of the reporter's sentence right before a quotation that opens
         * a sentence, when that sentence quotes nobody: the text has said something new since the last speaker.
         */
        private int[] subjectOfPreviousSentence(int o) {
            int end = o - 1;
            if (end < 0 || quoteOf[end] >= 0) {
                return null;
            }
            int start = finder.leftBound(end);
            if (o - start > 80) {
                return null;
            }
            for (int k = start; k <= end; k++) {
                if (quoteOf[k] >= 0) {
                    return null;
                }
            }
            int[] np = finder.firstSubject(start, end + 1);
            if (np == null || !(tokens.capitalized(np[1]) || finder.isPronoun(np[1]))) {
                return null;
            }
            return np;
        }

        /**
         * The subject of the last sentence of the previous paragraph when that paragraph holds no quotation and
         * the last speaker was named before it ("Viguerie is upbeat about Cruz’s chances …" then “…”).
         * {@code speakerParagraph} is the paragraph of that last speaker, as the reading asking has it.
         */
        private int[] subjectOfPreviousParagraph(int paragraph, int speakerParagraph) {
            if (paragraph == 0) {
                return null;
            }
            int ps = layout.start(paragraph - 1);
            int pe = layout.end(paragraph - 1);
            if (speakerParagraph >= paragraph - 1 || lastQuoteParagraph >= paragraph - 1) {
                return null;
            }
            int from = tokens.indexAt(ps);
            int to = tokens.indexAt(pe);
            if (to - from > 400) {
                from = to - 400;
            }
            int[] subject = null; // the subject of the latest sentence that names one
            int k = from;
            while (k < to) {
                int end = k;
                while (end < to - 1 && !finder.endsSentence(end)) {
                    end++;
                }
                int[] np = finder.firstSubject(k, end + 1);
                if (np != null) {
                    subject = np;
                }
                k = end + 1;
            }
            return subject;
        }

        private Speaker speaker(int s, int e) {
            if (e < s) {
                // an empty span (a label with no word before its colon, on mangled text): nobody is named
                return Speaker.UNKNOWN;
            }
            Mention mention = mention(tokens.start(s), tokens.end(e));
            String first = AttributionFinder.stripS(tokens.lower(s));
            if (s == e && (first.equals("who") || first.equals("which"))) {
                int[] a = speakers.antecedent(s);
                if (a != null) {
                    Speaker named = speaker(a[0], a[1]);
                    return new Speaker(named.name(), named.type(), mention); // "Beck, who has said"
                }
            }
            if (s == e && (first.equals("he") || first.equals("she") || first.equals("i") || first.equals("his")
                    || first.equals("her"))) {
                Boolean female = first.equals("she") || first.equals("her") ? Boolean.TRUE
                        : first.equals("he") || first.equals("his") ? Boolean.FALSE : null;
                int pos = tokens.start(s);
                String name = coreference().antecedent(pos, first, female, lastSpeaker, lastSpeakerParagraph);
                return new Speaker(name, SpeakerType.PERSON, mention);
            }
            if (s == e && tokens.capitalized(s) && (first.equals("another") || first.equals("one"))) {
                return new Speaker(null, SpeakerType.PERSON, mention); // "Another said": someone unnamed
            }
            if (s == e && (first.equals("some") || first.equals("others")
                    || first.equals("many") || first.equals("most") || first.equals("both") || first.equals("several")
                    || first.equals("few") || first.equals("all"))) {
                return new Speaker(null, SpeakerType.GROUP, mention);
            }
            if (s == e && (first.equals("they") || first.equals("we") || first.equals("it"))) {
                if (lastSpeaker != null && lastSpeaker.type() != SpeakerType.PERSON && lastSpeaker.name() != null) {
                    return new Speaker(lastSpeaker.name(), lastSpeaker.type(), mention);
                }
                SpeakerType type = first.equals("it") ? SpeakerType.ORGANIZATION : SpeakerType.GROUP;
                String org = resolver().orgBefore(tokens.start(s), null, false);
                return new Speaker(org, org != null ? SpeakerType.ORGANIZATION : type, mention);
            }
            for (int p = s + 1; p < e; p++) {
                if (!tokens.isWord(p) || tokens.capitalized(p)) {
                    break;
                }
                if ((tokens.is(p, "for") || tokens.is(p, "of")) && NameLexicon.TITLES.contains(first)
                        && tokens.capitalized(e)) {
                    SpeakerResolver.Resolved r = resolver().classify(s, e);
                    if (r != null && r.type() == SpeakerType.PERSON) { // "Chancellor of the Exchequer Nigel Lawson"
                        return new Speaker(resolver().canonical(r), r.type(), mention);
                    }
                }
                if (tokens.is(p, "for") || tokens.is(p, "of") || tokens.is(p, "from") || tokens.is(p, "at")
                        || speakers.opensPostmodifier(p)) {
                    // "the senator from Vermont", "a spokeswoman for the committee": the head names the speaker
                    Speaker head = description(s, p - 1, mention);
                    String bare = body.substring(tokens.start(NameLexicon.DETERMINERS.contains(tokens.lower(s))
                            ? s + 1 : s), tokens.end(e)).replace('\n', ' ');
                    return new Speaker(head.type() == SpeakerType.ORGANIZATION ? head.name() : bare, head.type(),
                            mention);
                }
            }
            if (tokens.capitalized(e) || tokens.first(e) == '@') {
                SpeakerResolver.Resolved r = resolver().classify(s, e);
                if (r != null) {
                    return new Speaker(resolver().canonical(r), r.type(), mention);
                }
            }
            return description(s, e, mention);
        }

        /** A common noun phrase: "the newspaper" (an organisation named before), "Iranian officials", "a spokesman". */
        private Speaker description(int s, int e, Mention mention) {
            String head = AttributionFinder.stripS(tokens.lower(e));
            int from = s;
            while (from < e && NameLexicon.DETERMINERS.contains(tokens.lower(from))) {
                from++;
            }
            if (e > from && possessive(e - 1) && lexicon.isSpeechNoun(head, ReportingLexicon.NounUse.OWNED)) {
                Speaker owner = speaker(s, e - 1); // "the Florida senator’s answer": the senator's words
                String name = owner.name() == null ? null : SpeakerResolver.stripPossessive(owner.name());
                return new Speaker(name, owner.type(), mention);
            }
            String bare = withFullPossessor(from, e);
            boolean definite = tokens.is(s, "the") || tokens.is(s, "this") || tokens.is(s, "its");
            if (NameLexicon.ORG_NOUNS.contains(head) && definite && from == e) {
                String org = resolver().orgBefore(tokens.start(s), head,
                        NameLexicon.MEDIA_NOUNS.contains(head));
                if (org != null) {
                    return new Speaker(org, SpeakerType.ORGANIZATION, mention);
                }
            }
            // the capitalised part of "the Clinton campaign", "the State Department"
            for (int k = from; k <= e; k++) {
                if (tokens.capitalized(k)) {
                    SpeakerResolver.Resolved r = resolver().classify(k, e);
                    if (r != null && r.type() == SpeakerType.ORGANIZATION) {
                        String org = resolver().fullOrg(r.name()); // "Powell’s office": Colin Powell's
                        return new Speaker(org.equals(r.name()) ? withFullPossessor(k, e) : org,
                                SpeakerType.ORGANIZATION, mention);
                    }
                    break;
                }
            }
            if (NameLexicon.ORG_NOUNS.contains(head)) {
                return new Speaker(bare, SpeakerType.ORGANIZATION, mention);
            }
            boolean plural = NameLexicon.GROUP_NOUNS.contains(head)
                    || head.endsWith("s") && !head.endsWith("ss") && head.length() > 3;
            List<String> modifiers = new ArrayList<>();
            for (int k = from; k < e; k++) {
                String w = SpeakerResolver.stripPossessive(tokens.lower(k));
                if (tokens.capitalized(k) || NameLexicon.TITLES.contains(w)) {
                    modifiers.add(w); // "the Florida senator", "the former president": not any senator, president
                }
            }
            String named = definite && !plural ? resolver().personByRole(head, modifiers, tokens.end(e)) : null;
            if (named != null) {
                return new Speaker(named, SpeakerType.PERSON, mention); // "the columnist": the one given that role
            }
            if (definite && !plural && NameLexicon.PROMINENT_ROLES.contains(head)) {
                // "the Republican presidential candidate said", "the business mogul announced": news writing
                // names its protagonist, then varies with a role; it is the person named most so far
                String protagonist = resolver().mostNamedBefore(tokens.start(s));
                if (protagonist != null) {
                    return new Speaker(protagonist, SpeakerType.PERSON, mention);
                }
            }
            String name = bare;
            if (from < e) {
                descriptions.put(head, bare); // "a senior Treasury official said"
            } else if (definite && descriptions.containsKey(head)) {
                name = descriptions.get(head); // "the official said": the one described before
            }
            return new Speaker(name, plural ? SpeakerType.GROUP : SpeakerType.PERSON, mention);
        }

        private boolean possessive(int k) {
            String w = tokens.lower(k);
            return tokens.isWord(k) && !w.equals(SpeakerResolver.stripPossessive(w));
        }

        /** Tokens from..e as text, a person owning the rest in the fullest name ("Colin Powell’s office"). */
        private String withFullPossessor(int from, int e) {
            String text = body.substring(tokens.start(from), tokens.end(e));
            if (from < e && possessive(from) && tokens.capitalized(from)) {
                SpeakerResolver.Resolved r = resolver().classify(from, from);
                if (r != null && r.type() == SpeakerType.PERSON) {
                    String owner = SpeakerResolver.stripPossessive(tokens.text(from));
                    text = resolver().canonical(r) + tokens.text(from).substring(owner.length())
                            + body.substring(tokens.end(from), tokens.end(e));
                }
            }
            return NameTable.spaced(text);
        }

        private Quote quote(int n, int start, int end, QuoteKind kind, Speaker speaker, Cue cue) {
            return new Quote(Quote.idFor(articleId, n), cp(start), cp(end), body.substring(start, end), kind,
                    speaker, cue, published, null);
        }

        private Mention mention(int start, int end) {
            return new Mention(cp(start), cp(end), body.substring(start, end));
        }

        private Cue cue(int start, int end) {
            return new Cue(cp(start), cp(end), body.substring(start, end));
        }

        private int cp(int charIndex) {
            return offsets.toCodePoint(charIndex);
        }
    }
}
