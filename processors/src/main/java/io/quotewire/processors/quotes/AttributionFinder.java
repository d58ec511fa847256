package io.quotewire.processors.quotes;

/**
 * Finds the attribution of a quotation in the words around it: a reporting verb (from the lexicon, any tense)
 * with its subject before it ("he said", "Flynn, a top Trump surrogate, said", "the State Department advised"),
 * or its speaker after it ("said Smith"), on either side of the quotation; "according to X"; a sentence ending
 * with a colon before the quotation. Works on tokens within bounded windows (one sentence each side), so the
 * cost per quotation is bounded. Not thread-safe: one per article.
 */
final class AttributionFinder {
    private static final int LEFT_WINDOW = 60;
    private static final int RIGHT_WINDOW = 40;

    /** Words before a plural noun that looks like a verb in -s ("in tweets", "many claims"). */
    private static final java.util.Set<String> NOUN_BEFORE_PLURAL = Chars.words("in", "of", "with", "by", "for",
            "about", "on", "at", "from", "many", "some", "several", "new", "recent", "two", "three",
            "such", "numerous", "multiple", "false", "similar", "other", "those", "these", "no", "any", "all",
            "her", "his", "their", "its", "our", "your", "my", "the", "a", "more", "few", "series", "earlier",
            "previous", "public", "private", "repeated", "frequent", "angry", "daily");

    private final Tokens t;
    private final int[] quoteOf;
    private final ReportingLexicon lexicon;
    private final boolean fullPhrases;

    /**
     * @param fullPhrases whether a noun phrase after a verb may hold numbers and "one of" ("said the 46-year-old",
     *                    "said one of the aides"): for naming speakers; off where the reading decides what is kept
     */
    AttributionFinder(Tokens tokens, int[] quoteOf, ReportingLexicon lexicon, boolean fullPhrases) {
        this.t = tokens;
        this.quoteOf = quoteOf;
        this.lexicon = lexicon;
        this.fullPhrases = fullPhrases;
    }

    /** First token of the sentence part left of {@code openTok} (equal to openTok when the quote opens it). */
    int leftBound(int openTok) {
        int lb = openTok;
        int k = openTok - 1;
        while (k >= 0 && openTok - k <= LEFT_WINDOW) {
            if (t.breakBefore(k + 1) || endsSentence(k)) {
                break;
            }
            lb = k;
            k--;
        }
        return lb;
    }

    /** End (exclusive) of the sentence part right of a quotation whose first following token is {@code from}. */
    int rightBound(int q, int from) {
        int k = from;
        int n = t.size();
        while (k < n && k - from < RIGHT_WINDOW) {
            if (t.breakBefore(k)) {
                break;
            }
            if (quoteOf[k] >= 0 && quoteOf[k] != q) {
                break;
            }
            if (!t.isWord(k) && Chars.isTerminal(t.first(k))) {
                break;
            }
            k++;
        }
        return k;
    }

    /** Whether token k ends a sentence: terminal punctuation outside quotes, or a quote closed after one. */
    boolean endsSentence(int k) {
        if (t.isWord(k)) {
            return false;
        }
        char c = t.first(k);
        if (quoteOf[k] < 0) {
            if (c == '.' && k + 1 < t.size() && !t.breakBefore(k + 1)
                    && (t.lowercase(k + 1) || t.isPunct(k + 1, ','))) {
                return false; // an abbreviation's period: "R-Ky., told"
            }
            return Chars.isTerminal(c) || c == ';';
        }
        // a closing mark right after terminal punctuation, followed by a capital or a new quote
        if ((c == '\u201d' || c == '"') && k > 0 && !t.isWord(k - 1) && Chars.isTerminal(t.first(k - 1))
                && k + 1 < t.size() && quoteOf[k + 1] != quoteOf[k]) {
            return t.capitalized(k + 1) || quoteOf[k + 1] >= 0;
        }
        return false;
    }

    /** Attribution right of a quotation: "…,” he said", "…,” said Smith", "…,” according to X". */
    Attribution right(int from, int to) {
        Attribution a = rightByLexicon(from, to);
        a = a != null ? a : rightByShape(from, to);
        return a != null || !fullPhrases ? a : rightByInversion(from, to);
    }

    /**
     * "“This is fantastic!” beamed Donald Hartley." and "“…,” opined the Plain Dealer.": a verb in -ed the lexicon
     * does not know, right after the quotation, with a name or a described speaker after it closing the clause.
     */
    private Attribution rightByInversion(int from, int to) {
        int v = from;
        while (v < to && (t.isPunct(v, ',') || !t.isWord(v) && Chars.isDash(t.first(v)))) {
            v++;
        }
        if (v + 1 >= to || !t.lowercase(v) || !t.lower(v).endsWith("ed") || lexicon.isAuxiliary(t.lower(v))
                || !(t.capitalized(v + 1) || isDeterminer(v + 1))) {
            return null;
        }
        int[] np = npRight(v, to);
        if (np == null) {
            return null;
        }
        int next = np[1] + 1;
        boolean closes = next >= to || t.isPunct(next, ',') || t.is(next, "who") || t.is(next, "in")
                || t.is(next, "on") || t.is(next, "at");
        return closes ? new Attribution(np[0], np[1], v, v, true) : null;
    }

    /**
     * "Citing the attack as a call for “…,” Will urged voters to …": a sentence that opens with a participle
     * phrase holding the quotation. The phrase's subject is the main clause's, which starts after the comma
     * closing the phrase at {@code comma} (the quotation's own, or the token there). "Asked whether “…”" is left
     * out: its words are the asker's question. {start, end} or null.
     */
    int[] subjectAfterOpeningParticiple(int lb, int o, int comma, int limit) {
        if (lb >= o || !t.isWord(lb) || !t.capitalized(lb) || !t.lower(lb).endsWith("ing")
                || !verbLike(lb) && !lexicon.isVerb(t.lower(lb))) {
            return null;
        }
        for (int k = lb + 1; k < o; k++) {
            if (quoteOf[k] < 0 && (t.isPunct(k, ',') || t.isPunct(k, ';') || t.isPunct(k, ':') || endsSentence(k))) {
                return null; // the phrase closed before the quotation opened
            }
        }
        int s = comma < limit && t.isPunct(comma, ',') ? comma + 1 : comma;
        if (s + 1 < limit && (t.is(s, "though") || t.is(s, "however")) && t.isPunct(s + 1, ',')) {
            s += 2; // "…,” though, Allen did suggest"
        }
        int[] np = npAt(s, limit);
        if (np == null || np[1] + 1 >= limit || !(t.capitalized(np[1]) || isPronoun(np[1]) || t.is(np[0], "the"))) {
            return null;
        }
        int v = np[1] + 1;
        return verbLike(v) || isVerbAt(v) ? new int[] {np[0], np[1]} : null;
    }

    /**
     * "“…” if she loses the state, said David Wasserman, an analyst." and "…, he said.": a tag closing the
     * sentence after a clause of the reporter's own. Tries the last three commas before {@code to}.
     */
    Attribution closingTag(int from, int limit) {
        if (from > 0 && endsSentence(from - 1)) {
            return null; // “… end.” Next sentence: its tag is its own
        }
        int to = from; // the sentence's end, past other quotations in it ("… how a “turbulent cycle” played out")
        while (to < t.size() && to - from < 60 && (to == from || !t.breakBefore(to))
                && (quoteOf[to] >= 0 || t.isWord(to) || !Chars.isTerminal(t.first(to)))) {
            to++;
        }
        if (to >= t.size() || to - from >= 60 || t.isWord(to) || quoteOf[to] >= 0 || t.breakBefore(to)) {
            return null; // the sentence must end here, not at the window's edge
        }
        int commas = 0;
        for (int c = to - 2; c >= from && commas < 3; c--) {
            if (quoteOf[c] >= 0 || !t.isPunct(c, ',')) {
                continue;
            }
            commas++;
            int v = c + 1;
            if (isVerbAt(v) && invertible(t.lower(v)) && v + 1 < to && t.isWord(v + 1)
                    && !PREPOSITIONS.contains(t.lower(v + 1))) { // ", said David Wasserman, an analyst."
                int[] np = npRight(particleEnd(v, to), to);
                if (np != null) {
                    return new Attribution(np[0], np[1], v, particleEnd(v, to), false);
                }
            }
            for (v = c + 2; v < to && v - c <= 6; v++) { // ", the bureau's director said."
                if (!isVerbAt(v) || !invertible(t.lower(v))) {
                    continue;
                }
                int[] np = npLeftOfVerb(v, c + 1);
                int tail = to - particleEnd(v, to) - 1;
                if (np != null && np[0] == c + 1 && tail <= 2) {
                    return new Attribution(np[0], np[1], np[2], particleEnd(v, to), false);
                }
                break;
            }
        }
        return null;
    }

    /**
     * "…,” an angry Hollande retaliated.": right after a quotation, a name or pronoun and one verb-like word that
     * ends the clause report speech even when the verb is not in the lexicon.
     */
    private Attribution rightByShape(int from, int to) {
        int k = from;
        while (k < to && !t.isWord(k) && (t.isPunct(k, ',') || Chars.isDash(t.first(k)))) {
            k++;
        }
        for (int v = k + 1; v < to && v - k <= 5; v++) {
            if (!t.isWord(v) || !t.lowercase(v) || !verbLike(v) || lexicon.isAuxiliary(t.lower(v))
                    || lexicon.isAdverb(t.lower(v))) {
                continue;
            }
            int end = v + 1;
            if (fullPhrases && end < to && t.isWord(end) && PARTICLE_WORDS.contains(t.lower(end))) {
                end++; // "“…,” Trump went on."
            }
            boolean closes = end >= to || end < t.size() && !t.isWord(end)
                    && (t.isPunct(end, ',') || Chars.isTerminal(t.first(end)));
            if (!closes) {
                return null;
            }
            int[] np = npEndingAt(v - 1, k);
            if (np != null && np[0] > k && isDeterminer(k) && np[0] - k <= 3) {
                np = new int[] {k, np[1]}; // "an angry Hollande"
            }
            if (np != null && np[0] == k && (t.capitalized(np[1]) || isPronoun(np[1]) || isDeterminer(np[0]))) {
                return new Attribution(np[0], np[1], v, v, true);
            }
            return null;
        }
        return null;
    }

    private Attribution rightByLexicon(int from, int to) {
        int firstWord = -1;
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) {
                if (t.isPunct(k, '(') || t.isPunct(k, ')') || t.isPunct(k, ',') || Chars.isDash(t.first(k))
                        || t.isPunct(k, '-')) {
                    continue;
                }
                if (firstWord < 0) {
                    return null; // "…” (a title) or other punctuation: nothing attributes here
                }
                continue;
            }
            if (firstWord < 0) {
                firstWord = k;
                if (fullPhrases && SUBORDINATORS.contains(t.lower(k)) && !t.is(k, "as")) { // "as Cruz said" is one
                    return null; // "“…,” and he said he hoped", "“…” because she …": a clause of its own
                }
            }
            String w = t.lower(k);
            if (w.equals("according") && k + 1 < to && t.is(k + 1, "to")) {
                int[] np = npRight(k + 1, to);
                if (np != null) {
                    return new Attribution(np[0], np[1], k, k + 1, k == firstWord);
                }
                return null;
            }
            if (isVerbAt(k)) {
                boolean adjacent = k - from <= 6;
                if (lexicon.isWeak(w) && !adjacent) {
                    continue;
                }
                int cueEnd = particleEnd(k, to);
                int[] np = npLeftOfVerb(k, from);
                if (np != null) {
                    return new Attribution(np[0], np[1], np[2], cueEnd, adjacent);
                }
                if (k != firstWord && invertible(w) && k - 1 >= from && t.isPunct(k - 1, ',') && k - from <= 6) {
                    np = npRight(cueEnd, to);
                    if (np != null) {
                        return new Attribution(np[0], np[1], k, cueEnd, true); // "“…” for Clinton, said Kunin"
                    }
                }
                if (k == firstWord) {
                    if (!invertible(w)) {
                        // "…,” telling reporters": the subject of the sentence before the quotation speaks
                        int open = openOf(from);
                        np = fullPhrases ? mainSubject(leftBound(open), open) : subjectNear(leftBound(open), open);
                        return np == null ? null : new Attribution(np[0], np[1], k, cueEnd, true);
                    }
                    np = npRight(cueEnd, to);
                    if (np != null) {
                        return new Attribution(np[0], np[1], k, cueEnd, true);
                    }
                }
                return null;
            }
            if (k - from > 12 && firstWord >= 0) {
                // a long stretch of the reporter's words: the attribution, if any, is elsewhere
                if (!t.capitalized(firstWord) && !isPronoun(firstWord) && !isDeterminer(firstWord)) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Attribution left of a quotation: "Smith said “…", "said Smith: “…", "according to X, “…". */
    Attribution left(int from, int openTok) {
        return left(from, openTok, false);
    }

    private Attribution left(int from, int openTok, boolean nested) {
        // the verbs of saying proper first: "X said that Y had characterized it as “…”" is X's report
        Attribution core = left(from, openTok, true, nested);
        return core != null ? core : left(from, openTok, false, nested);
    }

    /** Verbs of saying proper, preferred over the other reporting verbs of a sentence. */
    private static final java.util.Set<String> CORE = Chars.words("say", "tell", "add", "write", "tweet", "state",
            "claim", "ask", "argue", "insist", "explain", "note", "declare", "warn", "respond", "reply", "announce",
            "acknowledge", "admit", "testify", "contend", "maintain", "assert", "allege", "post");

    /** Whether the cue from..to holds a verb of saying proper ("said", "has told"), not another reporting verb. */
    boolean saysProper(int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            if (t.isWord(k) && CORE.contains(String.valueOf(lexicon.lemma(t.lower(k))))) {
                return true;
            }
        }
        return false;
    }

    private Attribution left(int from, int openTok, boolean coreOnly, boolean nested) {
        int inner = -1; // the subject of a nearer reporting verb outside the core ("he referred to … as")
        for (int k = openTok - 1; k >= from; k--) {
            if (quoteOf[k] >= 0 || !t.isWord(k)) {
                continue;
            }
            String w = t.lower(k);
            if (w.equals("according") && k + 1 < openTok && t.is(k + 1, "to")) {
                int[] np = npRight(k + 1, openTok);
                if (np != null) {
                    return new Attribution(np[0], np[1], k, k + 1, false);
                }
                continue;
            }
            if (!isVerbAt(k)) {
                continue;
            }
            boolean core = CORE.contains(String.valueOf(lexicon.lemma(w)));
            int between = wordsBetween(k, openTok);
            boolean adjacent = between <= 2;
            boolean inserted = k + 1 < openTok && t.isPunct(k + 1, ',') && k >= 2 && t.isPunct(k - 2, ',')
                    || k + 1 < openTok && t.is(k + 1, "that"); // ", he added," and "he adds that"
            if (lexicon.isWeak(w) && particleEnd(k, openTok) == k && !inserted
                    && between > (NAMING.contains(String.valueOf(lexicon.lemma(w))) ? 8 : 0)) {
                continue; // "Rubio will continue to be “…”": a weak verb reports only right by the quote
            }
            if (coreOnly && !core) {
                if (fullPhrases && inner < 0) {
                    int[] np = npLeftOfVerb(k, from);
                    inner = np == null ? -1 : np[0];
                }
                continue;
            }
            if (coreOnly && inner >= 0 && separated(k, inner, from)) {
                return null; // "When Trump announced …, he referred to them as “…”": the nearer clause speaks
            }
            int cueEnd = particleEnd(k, openTok);
            int[] np = npLeftOfVerb(k, from);
            if (np != null) {
                return new Attribution(np[0], np[1], np[2], cueEnd, adjacent);
            }
            if (invertible(w) && !(fullPhrases && k > from && t.is(k - 1, "to"))) { // not "to explain his view,"
                np = npRight(cueEnd, openTok);
                if (np != null && np[1] + 1 < t.size() && (t.isPunct(np[1] + 1, ':') || t.isPunct(np[1] + 1, ','))) {
                    return new Attribution(np[0], np[1], k, cueEnd, adjacent);
                }
            }
            boolean participle = fullPhrases && !nested && w.endsWith("ing") && k > from && t.isPunct(k - 1, ',');
            if (participle) {
                // "Beck criticized the voters for …, declaring that “…”": the clause before the participle speaks
                Attribution before = left(from, k - 1, true, true); // "Spicer said, adding “…”"
                np = before != null ? new int[] {before.npStart(), before.npEnd()} : mainSubject(from, k);
            } else {
                np = subjectNear(from, k);
            }
            if (np != null) {
                return new Attribution(np[0], np[1], k, cueEnd, adjacent);
            }
        }
        return null;
    }

    /**
     * Whether the verb at a and the phrase at b are in different clauses: a conjunction or a semicolon between
     * them ("Cruz said …, and Trump vowed"), or a comma closing the subordinate clause the verb is in ("When Trump
     * announced …, he referred").
     */
    private boolean separated(int a, int b, int from) {
        boolean comma = false;
        for (int k = a + 1; k < b; k++) {
            if (t.isPunct(k, ';') || quoteOf[k] < 0 && t.isWord(k) && SUBORDINATORS.contains(t.lower(k))) {
                return true;
            }
            comma |= t.isPunct(k, ',') && quoteOf[k] < 0;
        }
        for (int k = a - 1; comma && k >= from && !t.isPunct(k, ','); k--) {
            if (t.isWord(k) && SUBORDINATORS.contains(t.lower(k)) && !t.is(k, "and") && !t.is(k, "but")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of saying whose report is a whole clause ("said that …", "conceded …"). */
    private static final java.util.Set<String> CLAUSE_REPORTS = Chars.words("say", "tell", "write", "tweet",
            "state", "claim", "argue", "insist", "explain", "note", "declare", "warn", "acknowledge", "admit",
            "testify", "contend", "maintain", "assert", "allege", "concede", "suggest", "complain", "confirm",
            "predict", "imply", "recall", "add");

    /**
     * "Cruz said last week that Trump represents “…”": when the phrase at {@code npStart} lies inside the report
     * of a verb of saying further left in its sentence, the reporter's subject is the source (what Trump stands
     * for is Cruz's claim). Takes the outermost such subject within lb; {start, end, cue} or null.
     */
    int[] outerSpeaker(int lb, int npStart) {
        int[] outer = null;
        for (int k = npStart - 1; k >= lb; k--) {
            if (quoteOf[k] >= 0 || t.isPunct(k, ';') || t.isWord(k) && SUBORDINATORS.contains(t.lower(k))) {
                break; // a quotation in between has its own source; "When Trump argued …, Rubio said": two clauses
            }
            if (t.isPunct(k, ',')) {
                int[] source = accordingToEndingAt(k - 1, lb);
                source = source != null || !fullPhrases ? source : pollEndingAt(k - 1, lb);
                if (source != null) {
                    outer = source; // "According to GMA News, Salceda said …"
                }
                break; // "X said …, though he said": the clause after the comma has its own subject
            }
            if (t.isWord(k) && t.text(k).endsWith(".") && t.capitalized(k + 1) && isPronoun(k + 1)) {
                break; // "… attacks in the U.S. He says": an abbreviation closed the sentence
            }
            if (fullPhrases && t.is(k, "that") && k - 1 >= lb
                    && lexicon.isSpeechNoun(t.lower(k - 1), ReportingLexicon.NounUse.THAT_CLAUSE)) {
                int[] owner = claimant(k - 1, lb); // "Trump's accusation that Clinton is playing “…”"
                return owner != null ? owner : outer;
            }
            if (!t.isWord(k) || !isVerbAt(k) || t.lower(k).endsWith("ing")
                    || !CLAUSE_REPORTS.contains(String.valueOf(lexicon.lemma(t.lower(k))))) {
                continue;
            }
            int[] np = npLeftOfVerb(k, lb);
            if (np != null && np[1] < k) {
                outer = np;
                k = np[0];
            }
        }
        return outer;
    }

    /**
     * "“…,” Welch said, according to Vermont Edition." and "…, CNN reported.": a source that relays the whole
     * sentence after the quotation (tokens from..to) is where the text has it from. {start, end, cueStart, cueEnd}
     * or null.
     */
    int[] relayAfter(int from, int to) {
        if (from > 1 && endsSentence(from - 1) && t.isPunct(from - 2, '.')) {
            return null; // “… place.” The implication, according to …: a new sentence (“…?” may go on)
        }
        boolean reported = false;
        for (int k = from - 1; k + 2 < to; k++) {
            // the closing mark after “…,” stands for the comma the quotation took in
            boolean comma = k == from - 1 ? k >= 1 && t.isPunct(k - 1, ',') : quoteOf[k] < 0 && t.isPunct(k, ',');
            reported |= k >= from && isVerbAt(k);
            if (!comma) {
                continue;
            }
            if (!reported && k - from > 8) {
                return null; // a clause of the reporter's own in between: the relay is of that
            }
            int[] np = null;
            int cue = k + 1;
            if (t.is(k + 1, "according") && t.is(k + 2, "to")) {
                np = npRight(k + 2, to);
                np = np == null ? null : agentAfter(np, to);
            } else if (isRelayVerb(k + 1)) { // ", reported the Washington Examiner."
                np = npRight(k + 1, to);
                np = np != null && capitalizedUpTo(np[1] + 1, to) ? new int[] {np[0], to - 1} : null;
            } else {
                np = npRight(k, to); // ", the Chicago Tribune reported."
                cue = np == null ? cue : np[1] + 1;
                np = np != null && np[1] + 2 == to && isRelayVerb(np[1] + 1) ? np : null;
            }
            if (np != null) {
                return new int[] {np[0], np[1], cue, t.is(cue, "according") ? cue + 1 : cue};
            }
        }
        return null;
    }

    /** "calculations by Amy Glasmeier", "audio provided by Wyoming Public Radio": the agent behind a document. */
    private int[] agentAfter(int[] np, int to) {
        int by = np[1] + 1;
        if (by + 1 < to && t.lowercase(by) && !t.is(by, "by") && t.is(by + 1, "by")) {
            by++; // "a memo written by"
        }
        if (by < to && t.is(by, "by")) {
            int[] agent = npRight(by, to);
            if (agent != null) {
                return agent;
            }
        }
        return np;
    }

    /** Whether tokens from..to-1 are all capitalised words ("Today" after "USA"). */
    private boolean capitalizedUpTo(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.capitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the cue at k relays a source ("according to", "reported"), which no closing tag outranks. */
    boolean relayCue(int k) {
        return t.is(k, "according") || isRelayVerb(k);
    }

    private boolean isRelayVerb(int k) {
        return k < t.size() && (t.is(k, "reported") || t.is(k, "reports"));
    }

    /**
     * Who owns the claim whose noun is at n: a possessive before it ("Podliska’s most explosive claim", "her
     * March comment"), else the main subject of the sentence ("Christie repeated accusations that …").
     */
    private int[] claimant(int n, int lb) {
        for (int k = n - 1; k >= lb && n - k <= 4 && t.isWord(k); k--) {
            String w = t.lower(k);
            if (w.endsWith("’s") || w.endsWith("'s") || w.equals("his") || w.equals("her") || w.equals("their")) {
                int[] np = w.equals("his") || w.equals("her") || w.equals("their") ? new int[] {k, k}
                        : npEndingAt(k, lb);
                return np == null ? null : new int[] {np[0], np[1], n};
            }
        }
        int[] main = mainSubject(lb, n);
        return main == null || main[1] >= n ? null : new int[] {main[0], main[1], n};
    }

    /** Words that open a clause of its own: a phrase after them is not in an earlier verb's report. */
    private static final java.util.Set<String> SUBORDINATORS = Chars.words("when", "after", "although", "though",
            "while", "because", "since", "before", "if", "as", "which", "whom", "whose", "where", "unless", "until",
            "whereas", "but", "and");

    private static final java.util.Set<String> POLL_NOUNS = Chars.words("poll", "survey", "study", "report");

    /**
     * "In a new Gazette poll, 75 percent of voters said …": a poll opening the sentence, ending at token e, is
     * where the answers are reported from. {start, end, cue} or null.
     */
    private int[] pollEndingAt(int e, int lb) {
        for (int j = e - 1; j >= lb && e - j <= 10; j--) {
            if (quoteOf[j] >= 0 || !t.isWord(j)) {
                return null;
            }
            if (t.is(j, "in") && j == lb && isDeterminer(j + 1)) {
                for (int k = j + 2; k <= e; k++) {
                    if (POLL_NOUNS.contains(t.lower(k))) {
                        return new int[] {j + 1, e, j};
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "according to GMA News" ending at token e: {start, end, cue} of its source, or null. */
    private int[] accordingToEndingAt(int e, int lb) {
        for (int j = e - 2; j >= lb && e - j <= 10; j--) {
            if (t.is(j, "according") && t.is(j + 1, "to")) {
                int[] np = npRight(j + 1, e + 1);
                return np != null && np[1] == e ? new int[] {np[0], np[1], j} : null;
            }
        }
        return null;
    }

    /** The opening mark's token of the quotation that ends right before token {@code after}. */
    private int openOf(int after) {
        int k = after - 1;
        if (k < 0 || quoteOf[k] < 0) {
            return after;
        }
        int q = quoteOf[k];
        while (k - 1 >= 0 && quoteOf[k - 1] == q) {
            k--;
        }
        return k;
    }

    /** Weak verbs that name what someone said some words away ("called him a “…”"). */
    private static final java.util.Set<String> NAMING = Chars.words("call", "describe", "label", "dub", "brand",
            "term", "praise", "thank", "cite", "quote", "refer", "credit");

    /** Verbs of saying that may come before their speaker ("said Smith", "added the spokesman"). */
    private static final java.util.Set<String> INVERTIBLE = Chars.words("say", "add", "ask", "write", "continue",
            "explain", "note", "recall", "reply", "respond", "counter", "observe", "remark", "insist", "argue",
            "declare", "tweet", "state", "conclude", "quip", "joke", "warn", "caution", "agree", "acknowledge",
            "admit", "answer", "suggest", "concede", "predict", "exclaim", "shout", "yell", "whisper", "mutter",
            "chime", "recount", "confirm", "complain", "boast", "retort", "post", "announce", "claim", "wonder",
            "offer", "reason", "muse", "comment", "snap", "scoff", "write", "report", "begin", "speak");

    /** Verbs that may come before their speaker ("said Smith"); not participles, not "told" (it takes an object). */
    private boolean invertible(String w) {
        String lemma = lexicon.lemma(w);
        return !w.endsWith("ing") && lemma != null && (INVERTIBLE.contains(lemma)
                || fullPhrases && (lemma.equals("read") || lemma.equals("opine") || lemma.equals("proclaim")));
    }

    private static final java.util.Set<String> PARTICLE_WORDS = Chars.words("on", "back", "in", "up", "out");

    /**
     * The nearest subject-like phrase left of token {@code before} in its sentence: a name or pronoun followed
     * by a verb-like word ("Obama punctuated his list by saying", "Beck, who has described"). {start, end} or null.
     */
    int[] subjectNear(int lb, int before) {
        return subject(lb, before, false);
    }

    /**
     * The main subject of the sentence part lb..before, past an opening clause set off by a comma ("As the
     * debate went on, Trump …", "Addressing the gala, Trump …"): who a quotation in it belongs to when no
     * reporting verb names anyone. {start, end} or null.
     */
    int[] mainSubject(int lb, int before) {
        int[] near = subject(lb, before, false);
        if (near != null && t.is(near[0], "who")) {
            return near; // "his daughter Ivanka, who portrayed him as “…”": the relative clause's own speaker
        }
        int start = lb;
        for (int k = lb + 1; k < before && k - lb <= 5; k++) {
            if (t.isPunct(k, ',') && quoteOf[k] < 0) {
                start = k + 1; // "Hours later, Trump …", "But a few days later, Trump …": a short opening phrase
                break;
            }
            String w = t.isWord(k) ? t.lower(k) : "";
            if (!t.isWord(k) || isPronoun(k) || lexicon.isVerb(w) || lexicon.isAuxiliary(w) || w.endsWith("ed")) {
                break;
            }
        }
        if (start == lb && start + 1 < before && (t.is(start, "and") || t.is(start, "but") || t.is(start, "so"))
                && t.isWord(start + 1) && SUBORDINATORS.contains(t.lower(start + 1))) {
            start++; // "And although he thanked …, he sounded …"
        }
        if (start < before && t.isWord(start) && (SUBORDINATORS.contains(t.lower(start)) && !t.is(start, "and")
                && !t.is(start, "but") || t.lower(start).endsWith("ing") || NUMBER_WORDS.contains(t.lower(start))
                || PREPOSITIONS.contains(t.lower(start)))) {
            for (int k = start + 1; k < before; k++) {
                if (t.isPunct(k, ',') && quoteOf[k] < 0) {
                    start = k + 1; // "Addressing the gala, Trump …": past the opening phrase
                    break;
                }
            }
        }
        int from = start;
        for (int k = before - 2; k > start; k--) {
            if (quoteOf[k] >= 0 || !t.isPunct(k, ',') || !t.isWord(k + 1)) {
                continue;
            }
            if (PREPOSITIONS.contains(t.lower(k + 1)) && t.is(k + 2, "which")) {
                from = k + 3; // "…, in which Clinton expressed …"
                break;
            }
            if (SUBORDINATORS.contains(t.lower(k + 1)) && !t.is(k + 1, "which") && !t.is(k + 1, "whose")
                    && !t.is(k + 1, "whom")) {
                from = k + 1; // "…, and though the group is “…”": the last clause is the quotation's
                break;
            }
        }
        int[] np = from < before ? subject(from, before, true) : null;
        np = np != null || from == start ? np : subject(start, before, true);
        return np != null ? np : subject(lb, before, true);
    }

    private static final java.util.Set<String> NUMBER_WORDS = Chars.words("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty",
            "thirty", "forty", "fifty", "hundreds", "thousands", "dozens");

    /** The first subject-like phrase of the sentence part lb..before: its main subject. */
    int[] firstSubject(int lb, int before) {
        return subject(lb, before, true);
    }

    private int[] subject(int lb, int before, boolean first) {
        int step = first ? 1 : -1;
        int[] common = null;
        for (int k = first ? lb : before - 1; k >= lb && k < before; k += step) {
            if (quoteOf[k] >= 0 || !t.isWord(k) || k + 1 >= t.size()) {
                continue;
            }
            String w = stripS(t.lower(k));
            if (!isPronounWord(w) && (t.lower(k).endsWith("’s") || t.lower(k).endsWith("'s"))) {
                if (t.capitalized(k) && speechNounAfter(k + 1, before)) {
                    return new int[] {k, k}; // "Podliska’s most explosive claim is that …"
                }
                continue; // a possessive owns something; it does not speak ("called Clinton's remarks")
            }
            boolean pronoun = isPronounWord(w) && !w.equals("it") || w.equals("who");
            boolean name = t.capitalized(k) && !NameLexicon.CAP_STOP.contains(w) && !isPronounWord(w);
            boolean noun = t.lowercase(k) && !NameLexicon.STOP.contains(w) && !lexicon.isVerb(w)
                    && !(fullPhrases && afterRelative(k, lb)) // "a clause that requires staffers to"
                    && !lexicon.isAdverb(w) && !lexicon.isAuxiliary(w) && !isDeterminerWord(w);
            int next = afterAside(fullPhrases ? afterParenthesis(k + 1, before) : k + 1, before);
            if (next + 2 < before && t.isWord(next) && (t.is(next, "on") || t.is(next, "in") || t.is(next, "at"))
                    && t.capitalized(next + 1)) {
                next += 2; // "The campaign on Tuesday released"
            }
            if (!(pronoun || name || noun) || !verbLike(next)) {
                continue;
            }
            if (noun) {
                int[] np = npEndingAt(k, lb);
                boolean document = fullPhrases && np != null && np[1] == k && isDeterminer(np[0])
                        && DOCUMENTS.contains(w) && !objectOfVerb(np[0], lb); // "A campaign ad released …
                // accuses": the ad speaks; "put out a statement saying" has it as an object
                boolean owned = fullPhrases && np != null && np[1] == k && np[0] < k && owner(np[0], k)
                        && (ROLE_NOUNS.contains(w) || NameLexicon.ORG_NOUNS.contains(w)
                        || NameLexicon.GROUP_NOUNS.contains(w) || DOCUMENTS.contains(w))
                        && !objectOfVerb(np[0], lb); // "His office put out", "Rubio’s campaign sent"
                if (np != null && (t.is(np[0], "the") || plural(np[1]) && np[1] == k || document || owned)
                        && !afterPreposition(np[0], lb)) {
                    if (first) {
                        return np; // "The Florida senator sought to calm …, saying"
                    }
                    if (common == null) {
                        common = np; // a named subject further left is likelier the speaker
                    }
                }
                continue;
            }
            if (w.equals("who")) {
                if (antecedent(k) != null) {
                    return new int[] {k, k};
                }
                continue;
            }
            int[] np = npEndingAt(k, lb);
            if (np != null && !afterPreposition(np[0], lb)) {
                return np;
            }
            int[] head = headOver(np, lb);
            if (head != null) {
                return head; // "A spokeswoman for the committee emailed"
            }
        }
        return common;
    }

    /** Nouns of a role someone holds for another: "his spokesman", "Trump’s state director". */
    private static final java.util.Set<String> ROLE_NOUNS = Chars.words("aide", "adviser", "advisor", "spokesman",
            "spokeswoman", "spokesperson", "director", "manager", "chairman", "chairwoman", "chair", "lawyer",
            "attorney", "counsel", "secretary", "deputy", "chief", "strategist", "pollster", "wife", "husband",
            "son", "daughter", "mother", "father", "brother", "sister", "woman", "man", "representative",
            "assistant", "consultant", "surrogate", "ally", "friend", "colleague", "boss", "successor",
            "predecessor", "opponent", "rival", "biographer", "doctor", "physician", "publicist", "agent");

    /** Whether the phrase from s to head opens with its owner: "his", "her", "their" or a name's possessive. */
    private boolean owner(int s, int head) {
        String w = t.lower(s);
        if (w.equals("his") || w.equals("her") || w.equals("their")) {
            return true;
        }
        for (int k = s; k < head; k++) {
            String l = t.lower(k);
            if (t.capitalized(k) && (l.endsWith("’s") || l.endsWith("'s"))) {
                return true;
            }
        }
        return false;
    }

    /** Forms of verbs whose object is seen or heard doing what follows ("heard a man shouting"): it speaks. */
    private static final java.util.Set<String> PERCEPTION = Chars.words("hear", "hears", "heard", "hearing", "see",
            "sees", "saw", "seen", "seeing", "find", "finds", "found", "finding", "catch", "catches", "caught",
            "watch", "watches", "watched", "show", "shows", "showed", "shown", "showing", "record", "records",
            "recorded", "film", "filmed", "leave", "left", "spot", "spotted", "notice", "noticed", "have", "has",
            "had", "get", "got", "keep", "kept", "send", "sent", "feature", "features", "featured", "depict",
            "depicts", "depicted", "quote", "quoted", "quotes", "cite", "cited", "cites", "overheard", "observed",
            "pictured", "captured", "aired", "broadcast", "played", "posted", "imagine", "imagined", "remember",
            "remembered", "recall", "recalled", "like", "liked", "want", "wanted", "heard");

    /**
     * Whether the word at k follows a relative pronoun, so it is the relative clause's verb: "who"/"which", or
     * "that" after a noun ("a clause that requires"), not after a verb ("said that banks …" opens a clause).
     */
    private boolean afterRelative(int k, int lb) {
        if (k - 1 < lb || !t.isWord(k - 1)) {
            return false;
        }
        if (t.is(k - 1, "who") || t.is(k - 1, "which")) {
            return true;
        }
        return t.is(k - 1, "that") && k - 2 >= lb && t.isWord(k - 2) && t.lowercase(k - 2) && !verbLike(k - 2)
                && !lexicon.isVerb(t.lower(k - 2)) && !NameLexicon.STOP.contains(t.lower(k - 2));
    }

    /** Whether the phrase at npStart follows a verb (with its particle: "put out a statement"): its object. */
    private boolean objectOfVerb(int npStart, int lb) {
        return verbBefore(npStart, lb) >= 0;
    }

    /** The verb whose object the phrase at npStart is, past its particle ("put out a statement"), or -1. */
    private int verbBefore(int npStart, int lb) {
        int p = npStart - 1;
        if (p > lb && t.isWord(p) && PARTICLE_WORDS.contains(t.lower(p))) {
            p--;
        }
        return p >= lb && t.isWord(p) && (verbLike(p) || lexicon.isVerb(t.lower(p))) ? p : -1;
    }

    /** "The senator from Vermont", "a spokeswoman for the committee": the phrase a prepositional name hangs on. */
    private int[] headOver(int[] np, int lb) {
        if (np == null || np[0] - 2 < lb) {
            return null;
        }
        int headEnd = np[0] - 2;
        if (fullPhrases && np[0] - 3 >= lb && opensPostmodifier(np[0] - 2)) {
            headEnd = np[0] - 3; // "a source familiar with the talks", "people close to the governor"
        } else if (!(t.is(np[0] - 1, "for") || t.is(np[0] - 1, "of")
                || t.is(np[0] - 1, "at") || t.is(np[0] - 1, "from"))) {
            return null;
        }
        int[] head = npEndingAt(headEnd, lb);
        if (head != null && (isDeterminer(head[0]) || fullPhrases && plural(head[1]))
                && !afterPreposition(head[0], lb)) {
            return new int[] {head[0], np[1]}; // "a spokeswoman for the committee", "Leaders of the group"
        }
        if (fullPhrases && head != null && headEnd == np[0] - 2 && t.is(np[0] - 1, "of")
                && t.capitalized(head[1]) && !isPronoun(head[1]) && !afterPreposition(head[0], lb)) {
            return head; // "John Smith of the Harbor Institute said": the person, not the institute
        }
        return null;
    }

    /**
     * The head a postmodifier phrase ending at j hangs on, when the phrase's own last word is no noun ("a person
     * familiar with the senator’s thinking"): {head start, j} or null. Looks back a few words only.
     */
    private int[] describedHead(int j, int lb) {
        if (j - 2 >= lb && t.isWord(j) && t.lowercase(j) && (t.is(j - 1, "of") || t.is(j - 1, "for"))) {
            int[] head = npEndingAt(j - 2, lb); // "the secretary of state said", "a professor of history"
            if (head != null && isDeterminer(head[0]) && !afterPreposition(head[0], lb)) {
                return new int[] {head[0], j};
            }
        }
        for (int k = j - 1; k - 2 >= lb && j - k <= 6; k--) {
            if (quoteOf[k] >= 0 || !t.isWord(k)) {
                return null;
            }
            if (opensPostmodifier(k)) {
                int[] head = npEndingAt(k - 1, lb);
                return head != null && isDeterminer(head[0]) && !afterPreposition(head[0], lb)
                        ? new int[] {head[0], j} : null;
            }
        }
        return null;
    }

    /** Whether tokens k and k + 1 are an adjective and its preposition that describe the head before them. */
    boolean opensPostmodifier(int k) {
        return k + 1 < t.size() && t.isWord(k) && t.isWord(k + 1)
                && POSTMODIFIERS.contains(t.lower(k) + " " + t.lower(k + 1));
    }

    /** An adjective with its preposition after a head noun: the phrase it opens describes the head, who speaks. */
    private static final java.util.Set<String> POSTMODIFIERS = java.util.Set.of("familiar with", "close to", "briefed on",
            "involved in", "knowledgeable about", "loyal to", "opposed to", "allied with", "aligned with",
            "sympathetic to", "connected to", "linked to", "critical of", "supportive of");

    private static final java.util.Set<String> IRREGULAR_PAST = Chars.words("took", "made", "went", "gave", "got",
            "came", "saw", "did", "kept", "left", "put", "ran", "spoke", "wrote", "told", "thought", "felt",
            "brought", "began", "became", "held", "stood", "sent", "sat", "won", "lost", "met", "paid", "led",
            "knew", "drew", "threw", "grew", "rose", "fell", "broke", "chose", "drove", "hit", "set", "let",
            "cut", "said", "read", "heard", "found", "meant", "sought", "taught", "fought", "bought", "struck");

    /** The token after an aside set off by commas at k (", during interviews on Thursday,"), else k. */
    private int afterAside(int k, int limit) {
        int at = k;
        for (int chunk = 0; chunk < 3; chunk++) { // "Blackwell, founder of X, member since 1960, endorsed"
            if (at >= limit || !t.isPunct(at, ',')) {
                return at;
            }
            boolean emphatic = fullPhrases && at + 2 < limit && isReflexive(at + 1) && isDeterminer(at + 2);
            if (at + 1 < limit && t.isWord(at + 1) && verbLike(at + 1) && !emphatic) { // ", herself a …," is one
                return chunk == 0 ? k : at + 1; // ", tied those scores to …,": a clause, not an aside
            }
            int next = -1;
            for (int c = at + 1; c < limit && c - at < (fullPhrases ? 25 : 15); c++) {
                if (quoteOf[c] >= 0) {
                    return k;
                }
                if (t.isPunct(c, ',')) {
                    next = c;
                    break;
                }
            }
            if (next < 0 || next + 1 >= limit || !t.isWord(next + 1)) {
                return k;
            }
            if (verbLike(next + 1)) {
                return next + 1;
            }
            at = next;
        }
        return k;
    }

    private boolean isReflexive(int k) {
        return t.is(k, "himself") || t.is(k, "herself") || t.is(k, "themselves") || t.is(k, "itself");
    }

    private static boolean isNegatedAuxiliary(String w) {
        return w.endsWith("n't") || w.endsWith("n’t");
    }

    private boolean verbLike(int k) {
        if (k >= t.size() || !t.lowercase(k)) {
            return false;
        }
        String w = t.lower(k);
        if (isNegatedAuxiliary(w)) {
            return true;
        }
        if (lexicon.isAuxiliary(w) || lexicon.isAdverb(w) || lexicon.isVerb(w) || IRREGULAR_PAST.contains(w)) {
            return true;
        }
        if (NameLexicon.STOP.contains(w)) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("’s") && !w.endsWith("'s");
    }

    private static final java.util.Set<String> PREPOSITIONS = Chars.words("in", "on", "at", "to", "for", "from", "with",
            "by", "of", "about", "into", "over", "under", "against", "during", "through",
            "toward", "towards", "upon", "via", "between", "among", "behind", "beyond", "near");

    /** A phrase right after a preposition is an object, not a subject ("a message on Twitter reading"). */
    private boolean afterPreposition(int npStart, int lb) {
        int p = npStart - 1;
        if (p - 1 >= 0 && t.capitalized(p - 1) && t.capitalized(npStart)) {
            return false; // "The Council on American-Islamic Relations": the preposition is inside a name
        }
        if (p >= 0 && Chars.isDigit(t.first(npStart))) {
            return false; // "About 50 protesters": a quantity, not a preposition
        }
        return p >= lb && p >= 0 && t.isWord(p) && PREPOSITIONS.contains(t.lower(p));
    }

    /**
     * "… FIRST TIME - Jeffrey M. Jones: “…”", "More from Jones: “…”", "Former secretary of state Hillary
     * Clinton: “…”": a name (after a dash, "from", or heading its sentence) labelling the quotation. {start, end}
     * or null.
     */
    int[] labelBeforeColon(int openTok) {
        int colon = openTok - 1;
        if (colon < 1 || !t.isPunct(colon, ':')) {
            return null;
        }
        int last = skipParenthesis(colon - 1, 0);
        if (last < 0 || !t.capitalized(last)) {
            return null;
        }
        int lb = leftBound(colon);
        for (int k = last - 1; k >= lb && last - k <= 10; k--) {
            if (quoteOf[k] >= 0) {
                return null;
            }
            boolean dash = !t.isWord(k) && (Chars.isDash(t.first(k)) || t.isPunct(k, '-'));
            if (dash || t.is(k, "from")) {
                return k + 1 <= last && t.capitalized(k + 1) ? new int[] {k + 1, last} : null;
            }
            if (!t.isWord(k) && !t.isPunct(k, '.') || t.isWord(k) && (isVerbAt(k) || verbLike(k))) {
                return null; // a clause, not a label
            }
        }
        return last - lb <= 8 && !isPronoun(lb) ? new int[] {lb, last} : null;
    }

    /** "“…”" then a paragraph "- Bernie Sanders.": the dash line signing the quotation. {start, end} or null. */
    int[] signatureAfter(int afterTok) {
        int d = afterTok;
        if (d + 1 >= t.size() || !t.breakBefore(d) || t.isWord(d)
                || !(Chars.isDash(t.first(d)) || t.isPunct(d, '-')) || !t.capitalized(d + 1)) {
            return null;
        }
        int e = d + 1;
        while (e + 1 < t.size() && e - d < 8 && !t.breakBefore(e + 1) && t.isWord(e + 1)
                && (t.capitalized(e + 1) || isConnector(e + 1))) {
            e++;
        }
        int next = e + 1;
        boolean ends = next >= t.size() || t.breakBefore(next) || t.isPunct(next, '.') || t.isPunct(next, ',');
        if (!ends || NameLexicon.CAP_STOP.contains(t.lower(d + 1))) {
            return null; // "– Ready to quiz Trump –": a heading, not a name
        }
        return new int[] {d + 1, e};
    }

    /** Attribution in a sentence ending with a colon right before the quotation ("Trump said in a statement:"). */
    Attribution colon(int openTok) {
        int colon = openTok - 1;
        if (colon < 0 || !t.isPunct(colon, ':')) {
            return null;
        }
        int lb = leftBound(colon);
        Attribution a = left(lb, colon);
        if (a != null) {
            return new Attribution(a.npStart(), a.npEnd(), a.cueStart(), a.cueEnd(), true);
        }
        int last = skipParenthesis(colon - 1, lb);
        if (last >= 0 && t.capitalized(last)) {
            int[] np = npEndingAt(last, lb);
            if (np != null && np[0] > lb && np[0] - lb <= 4) {
                boolean names = true; // "Frank Newport and Jim Harter:"
                for (int k = lb; k < np[0]; k++) {
                    names &= t.capitalized(k) || t.is(k, "and") || t.isPunct(k, ',') || t.isPunct(k, '.');
                }
                if (names) {
                    np = new int[] {lb, np[1]};
                }
            }
            if (np != null && np[0] == lb) {
                return new Attribution(np[0], np[1], -1, -1, true); // "Pew Research: “…”", "RAMOS: “…”"
            }
        }
        return null;
    }

    private int wordsBetween(int k, int openTok) {
        int n = 0;
        for (int j = k + 1; j < openTok; j++) {
            if (t.isWord(j) && !t.is(j, "that")) {
                n++;
            }
        }
        return n;
    }

    private int particleEnd(int k, int limit) {
        if (k + 1 < limit && t.isWord(k + 1) && lexicon.takesParticle(t.lower(k), t.lower(k + 1))) {
            return k + 1;
        }
        return k;
    }

    /** A reporting verb used as a verb: not "the statement", "a warning", "his tweets". */
    boolean isVerbAt(int k) {
        if (!t.isWord(k) || t.capitalized(k) && k > 0 && !t.breakBefore(k) && !endsSentenceBefore(k)) {
            return false;
        }
        String w = t.lower(k);
        if (!lexicon.isVerb(w)) {
            return false;
        }
        if (k > 0 && t.isWord(k - 1)) {
            String p = t.lower(k - 1);
            if (w.endsWith("s") && !w.endsWith("ss") && (NOUN_BEFORE_PLURAL.contains(p)
                    || lexicon.isNounish(w) && t.lowercase(k - 1) && adjectiveLike(p))) {
                return false; // "of claims", "many tweets", "over-the-top comments"
            }
            boolean subject = t.capitalized(k - 1) && QUANTIFIERS.contains(p); // "Another said"
            if (!subject && isDeterminerWord(p) || p.endsWith("’s") && !p.equals("he’s") && !p.equals("she’s")
                    && !p.equals("it’s") || p.endsWith("'s") && !p.equals("he's") && !p.equals("she's")
                    && !p.equals("it's")) {
                return false;
            }
            if (k > 1 && (t.is(k - 2, "a") || t.is(k - 2, "an")) && t.lowercase(k - 1) && w.equals(lexicon.lemma(w))
                    && !lexicon.isAdverb(p) && !lexicon.isAuxiliary(p)) {
                return false; // "a snappy retort": a bare form after "a" and a word is a noun, never a finite verb
            }
        }
        return true;
    }

    /**
     * "her remark that “…”", "his calls to end the “…”": the possessive pronoun owning a noun of
     * speech shortly before the quotation opening at o, with no verb in between. Its token, or -1.
     */
    int ownerOfSpeech(int lb, int o) {
        for (int k = o - 1; k >= lb && o - k <= 10; k--) {
            if (quoteOf[k] >= 0 || t.isPunct(k, ';') || t.isPunct(k, ':') || endsSentence(k)) {
                return -1;
            }
            if (!t.isWord(k)) {
                continue;
            }
            String w = t.lower(k);
            if (lexicon.isSpeechNoun(w, ReportingLexicon.NounUse.BEFORE_QUOTE)) {
                for (int p = k - 1; p >= lb && k - p <= 2 && t.isWord(p); p--) {
                    String pw = t.lower(p);
                    if (pw.equals("his") || pw.equals("her") || pw.equals("their")) {
                        return p;
                    }
                    if (!(t.lowercase(p) || t.capitalized(p) && p - 1 >= lb && isDeterminer(p - 1))
                            || isVerbAt(p) || NameLexicon.STOP.contains(pw)) {
                        break; // one describing word between them at most ("his famous line", "her March comment")
                    }
                }
                return -1;
            }
            if (isVerbAt(k) || lexicon.isAuxiliary(w) || isNegatedAuxiliary(w)
                    || verbLike(k) && (w.endsWith("ed") || IRREGULAR_PAST.contains(w))) {
                return -1; // the quotation is a verb's ("her comments were that he “…”")
            }
        }
        return -1;
    }

    /** A noun of speech within three words after k ("’s most explosive claim"). */
    private boolean speechNounAfter(int k, int limit) {
        for (int j = k; j < limit && j - k < 3; j++) {
            if (!t.isWord(j)) {
                return false;
            }
            if (lexicon.isSpeechNoun(t.lower(j), ReportingLexicon.NounUse.OWNED)) {
                return true;
            }
        }
        return false;
    }

    private boolean plural(int k) {
        String w = t.lower(k);
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("’s") && !w.endsWith("'s") && w.length() > 3
                || NameLexicon.GROUP_NOUNS.contains(w);
    }

    private static boolean adjectiveLike(String w) {
        return w.indexOf('-') > 0 || w.endsWith("ed") || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ous")
                || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("ary") || w.endsWith("ent")
                || w.endsWith("ant") || w.endsWith("est") || w.endsWith("less") || w.endsWith("ible")
                || w.endsWith("able");
    }

    private boolean endsSentenceBefore(int k) {
        return k == 0 || t.breakBefore(k) || endsSentence(k - 1) || quoteOf[k - 1] >= 0;
    }

    /**
     * The subject of the verb at v, left of it: skips auxiliaries and adverbs (which join the cue), a
     * parenthesis and an apposition. Returns {npStart, npEnd, cueStart} or null.
     */
    int[] npLeftOfVerb(int v, int lb) {
        int j = v - 1;
        int cueStart = v;
        while (j >= lb && quoteOf[j] < 0 && t.isWord(j)) {
            String w = t.lower(j);
            if (lexicon.isAuxiliary(w) || isNegatedAuxiliary(w)
                    || w.equals("as") && j == v - 1 && t.lower(v).endsWith("ing")) {
                cueStart = j; // "quoted a source as saying": "as" belongs to the cue
            } else if (!lexicon.isAdverb(w)) {
                break;
            }
            j--;
        }
        if (j < lb || quoteOf[j] >= 0) {
            return null;
        }
        if (t.isPunct(j, ',') && t.lower(v).endsWith("ing")) {
            return null; // "…, also saying": a participle clause; its subject is the sentence's
        }
        if (t.isPunct(j, ')')) {
            int k = j - 1;
            while (k >= lb && j - k < 15 && !t.isPunct(k, '(')) {
                k--;
            }
            if (k < lb || !t.isPunct(k, '(')) {
                return null;
            }
            j = k - 1;
        }
        int[] np;
        if (j >= lb && (t.isPunct(j, ',') || !t.isWord(j) && Chars.isDash(t.first(j)))) {
            // "Flynn, a top Trump surrogate, said"; "Johnson, a salesman from Sumter, South Carolina, says"
            char sep = t.first(j);
            np = null;
            int k = j;
            int[] named = nameBetweenCommas(j, lb, sep);
            if (named != null) {
                return new int[] {named[0], named[1], cueStart}; // "Carson’s manager, Armstrong Williams, stated"
            }
            for (int tries = 0; tries < 3 && np == null; tries++) {
                int c = k - 1;
                while (c >= lb && k - c < 25 && !(t.isPunct(c, sep) && quoteOf[c] < 0)
                        && (quoteOf[c] < 0 || fullPhrases && shortQuotation(c))) {
                    c--; // a title quoted inside the apposition: "Solovey, a contestant on “The Apprentice,” said"
                }
                if (c < lb || !t.isPunct(c, sep) || quoteOf[c] >= 0 || c == k - 1) {
                    return null;
                }
                int[] cand = npEndingAt(skipParenthesis(c - 1, lb), lb);
                if (cand != null && !afterPreposition(cand[0], lb)
                        && (t.capitalized(cand[1]) || isPronoun(cand[1]) || t.is(cand[0], "the")
                        || fullPhrases && isDeterminer(cand[0]))) { // "An Israeli official, speaking …, said"
                    np = cand;
                }
                k = c;
            }
        } else {
            np = npEndingAt(j, lb);
            if (np == null && fullPhrases) {
                np = describedHead(j, lb); // "a source familiar with the senator’s thinking said"
            }
            int object = np != null ? np[0] : j;
            if (fullPhrases && object - 3 >= lb && t.isWord(j) && t.is(object - 2, "who")
                    && t.lowercase(object - 1) && verbLike(object - 1)) {
                // "Silver, the polling guru who founded FiveThirtyEight tweeted": the object of the relative
                // clause does not speak; the phrase the clause describes does
                int[] head = npEndingAt(object - 3, lb);
                int[] name = head == null || head[0] - 2 < lb || !t.isPunct(head[0] - 1, ',') ? null
                        : npEndingAt(head[0] - 2, lb);
                np = name != null && t.capitalized(name[1]) && !isPronoun(name[1]) ? name : head;
            }
        }
        if (np != null && np[1] == v - 1 && DOCUMENTS.contains(t.lower(np[1]))
                && (t.lower(v).endsWith("ing") || t.lower(v).endsWith("ed"))) {
            return null; // "Trump issued a statement saying": the statement is Trump's
        }
        int governing = fullPhrases && np != null && np[1] == v - 1 && t.lower(v).endsWith("ing")
                && !t.capitalized(np[1]) && !isPronoun(np[1]) ? verbBefore(np[0], lb) : -1;
        if (governing >= 0 && !PERCEPTION.contains(t.lower(governing))) {
            int[] subject = npLeftOfVerb(governing, lb); // "Sanders started out the debate saying": he says it
            if (subject != null) {
                return new int[] {subject[0], subject[1], cueStart};
            }
        }
        if (np != null && TIME_NOUNS.contains(t.lower(np[1]))) {
            np = subjectNear(lb, np[0]); // "The State Department two weeks ago said": the time is no speaker
        }
        boolean absolute = np != null && np[0] > 0 && t.is(np[0] - 1, "with") && t.lower(v).endsWith("ing");
        if (np != null && afterPreposition(np[0], lb) && !absolute) { // "with Khamenei warning" speaks
            np = headOver(np, lb);
        }
        if (np == null) {
            return null;
        }
        if (np[0] == np[1] && NameLexicon.RELATIVE.contains(t.lower(np[0])) && antecedent(np[0]) == null) {
            return null;
        }
        return new int[] {np[0], np[1], cueStart};
    }

    /** The token after a parenthesis opening at k ("Jeffries (D-N.Y.) reacted"), or k when there is none. */
    private int afterParenthesis(int k, int limit) {
        if (k >= limit || !t.isPunct(k, '(')) {
            return k;
        }
        for (int j = k + 1; j < limit && j - k < 15; j++) {
            if (t.isPunct(j, ')')) {
                return j + 1;
            }
        }
        return k;
    }

    /** Whether the quotation holding token k spans at most six tokens (a title, not someone's words). */
    private boolean shortQuotation(int k) {
        int q = quoteOf[k];
        int a = k;
        int b = k;
        while (a - 1 >= 0 && quoteOf[a - 1] == q && b - a < 7) {
            a--;
        }
        while (b + 1 < quoteOf.length && quoteOf[b + 1] == q && b - a < 7) {
            b++;
        }
        return b - a < 6;
    }

    /** The token before a parenthesis ending at k ("Cummings (D-Md.)"), or k when there is none. */
    private int skipParenthesis(int k, int lb) {
        if (k < lb || !t.isPunct(k, ')')) {
            return k;
        }
        for (int j = k - 1; j >= lb && k - j < 15; j--) {
            if (t.isPunct(j, '(')) {
                return j - 1;
            }
        }
        return k;
    }

    /** "X’s business manager, Armstrong Williams, said": the name set off before the comma at j, or null. */
    private int[] nameBetweenCommas(int j, int lb, char sep) {
        int end = fullPhrases ? skipParenthesis(j - 1, lb) : j - 1; // "Gov. John Kasich (R-OH), said"
        int c = end;
        while (c >= lb && end - c < 7 && quoteOf[c] < 0 && (t.capitalized(c) || t.isPunct(c, '.'))) {
            c--;
        }
        if (c < lb || c == end || !t.isPunct(c, sep) || !t.capitalized(c + 1)) {
            return null;
        }
        int before = c - 1;
        if (before < lb || !t.isWord(before) || !t.lowercase(before) || NameLexicon.STOP.contains(t.lower(before))) {
            return null; // the name must follow a description ("his spokesman, Tom Lee,")
        }
        for (int k = c + 1; k <= end; k++) {
            if (t.isWord(k) && NameLexicon.CAP_STOP.contains(t.lower(k))) {
                return null;
            }
        }
        return new int[] {c + 1, end};
    }

    /** What a relative pronoun at token k ("Beck, who has said") stands for: {start, end} or null. */
    int[] antecedent(int k) {
        int a = k - 1;
        if (a >= 0 && (t.isPunct(a, ',') || fullPhrases && !t.isWord(a) && (Chars.isDash(t.first(a))
                || t.isPunct(a, '-')))) {
            a--; // "Beck, who said" and "Trump - who previously said"
        }
        int[] np = npEndingAt(a, Math.max(0, k - 12));
        return np == null || NameLexicon.RELATIVE.contains(t.lower(np[1])) ? null : np;
    }

    /** Capitalised quantifiers that stand for people ("Another said"). */
    private static final java.util.Set<String> QUANTIFIERS = Chars.words("another", "one", "some", "others",
            "many", "most", "both", "several", "few", "all");

    /** Things that carry someone's words ("a statement saying", "a memo titled"). */
    private static final java.util.Set<String> DOCUMENTS = Chars.words("statement", "statements", "memo", "website",
            "letter", "release", "ad", "ads", "advertisement", "video", "book", "report", "email", "e-mail", "note",
            "post", "tweet", "tweets", "message", "op-ed", "column", "article", "petition", "lawsuit", "complaint",
            "filing", "document", "documents", "transcript", "speech", "announcement", "sign", "banner", "poster",
            "flyer", "mailer", "spot", "commercial", "page", "site", "blog", "essay", "editorial", "headline",
            "brief", "motion", "order", "ruling", "opinion", "bill", "resolution", "proposal", "plan", "platform");

    private static final java.util.Set<String> TIME_NOUNS = Chars.words("weeks", "days", "months", "years",
            "hours", "minutes", "decades", "week", "day", "month", "year", "time", "times", "ago", "night",
            "morning", "evening", "afternoon", "weekend", "moment", "century", "season");

    /** The noun phrase ending at token e, not reaching left of lb: {start, end} or null. */
    int[] npEndingAt(int e, int lb) {
        if (e < lb || e < 0 || quoteOf[e] >= 0 || !t.isWord(e)) {
            return null;
        }
        String w = stripS(t.lower(e));
        if (isPronounWord(w) || NameLexicon.RELATIVE.contains(w) && !w.equals("that")) {
            return new int[] {e, e};
        }
        if (fullPhrases && t.lowercase(e) && QUANTIFIERS.contains(w) && !w.equals("one") && !w.equals("all")
                && e + 1 < t.size() && isVerbAt(e + 1) && (e == lb || !t.isWord(e - 1))) {
            return new int[] {e, e}; // "; most said they were “…”": the quantifier stands for people
        }
        if (t.capitalized(e) || t.first(e) == '@') {
            if (QUANTIFIERS.contains(w)) {
                return new int[] {e, e}; // "Another said", "Some argue"
            }
            if (NameLexicon.CAP_STOP.contains(w)) {
                return null;
            }
            int s = e;
            while (s - 1 >= lb && quoteOf[s - 1] < 0 && !t.breakBefore(s)) {
                int p = s - 1;
                if (t.capitalized(p) && !NameLexicon.CAP_STOP.contains(t.lower(p))) {
                    s = p;
                } else if (p - 1 >= lb && isConnector(p) && t.capitalized(p - 1)
                        && !NameLexicon.CAP_STOP.contains(t.lower(p - 1)) && !t.breakBefore(p)) {
                    s = p - 1;
                } else {
                    break;
                }
            }
            if (s - 1 >= lb && quoteOf[s - 1] < 0 && t.isWord(s - 1) && t.lower(s - 1).equals("the")
                    && !t.breakBefore(s)) {
                s--;
            }
            return new int[] {s, e};
        }
        boolean aged = fullPhrases && Chars.isDigit(t.first(e)) && w.indexOf('-') > 0; // "the 43-year-old"
        if (!t.lowercase(e) && !aged || NameLexicon.STOP.contains(w) || lexicon.isVerb(w) || lexicon.isAdverb(w)
                || lexicon.isAuxiliary(w) || isDeterminerWord(w)) {
            return null;
        }
        int s = e;
        int k = 0;
        boolean determiner = false;
        boolean capital = false;
        while (s - 1 >= lb && k < 5 && quoteOf[s - 1] < 0 && !t.breakBefore(s) && t.isWord(s - 1)) {
            String p = t.lower(s - 1);
            if (isDeterminerWord(p)) {
                s--;
                determiner = true;
                break;
            }
            if (NameLexicon.STOP.contains(p) || lexicon.isAuxiliary(p) || (t.lowercase(s - 1) && lexicon.isVerb(p))) {
                break;
            }
            if (t.capitalized(s - 1) && NameLexicon.CAP_STOP.contains(p)) {
                break;
            }
            if (t.capitalized(s - 1)) {
                capital = true;
            }
            s--;
            k++;
        }
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
        if (determiner || capital || plural || NameLexicon.GROUP_NOUNS.contains(w)
                || NameLexicon.ORG_NOUNS.contains(w)) {
            return new int[] {s, e};
        }
        return null;
    }

    /** The noun phrase right after token v (a verb or "to"), before token ub: {start, end} or null. */
    int[] npRight(int v, int ub) {
        int s = v + 1;
        if (s >= ub || t.breakBefore(s)) {
            return null;
        }
        return npAt(s, ub);
    }

    /** The noun phrase opening at token s, before token ub: {start, end} or null. */
    int[] npAt(int s, int ub) {
        if (s >= ub || quoteOf[s] >= 0 || !t.isWord(s)) {
            return null;
        }
        String w = stripS(t.lower(s));
        if (isPronounWord(w)) {
            return new int[] {s, s};
        }
        if (t.lowercase(s) && PREPOSITIONS.contains(w)) {
            return null; // "warned of the fight ahead:": no noun phrase opens with a preposition ("de Hora" may)
        }
        int e = -1;
        int k = s;
        if (isDeterminerWord(w)) {
            k = s + 1;
        }
        int lastCapital = -1;
        for (; k < ub && k - s < 10 && quoteOf[k] < 0 && !t.breakBefore(k); k++) {
            if (!t.isWord(k)) {
                break;
            }
            String lw = t.lower(k);
            if (t.capitalized(k) && !NameLexicon.CAP_STOP.contains(lw) || t.first(k) == '@') {
                e = k;
                lastCapital = k;
            } else if (isConnector(k) && k + 1 < ub && (t.capitalized(k + 1) || t.is(k + 1, "the"))) {
                continue;
            } else if (t.is(k, "the") && k > s && isConnector(k - 1)) {
                continue;
            } else if (fullPhrases && k > s && isDeterminer(s) && t.capitalized(k) && k + 1 < ub
                    && t.lowercase(k + 1)) {
                continue; // "a Wednesday editorial"
            } else if (fullPhrases && (k == s + 1 && t.is(k, "of") && isDeterminer(s)
                    || k == s + 2 && isDeterminer(k) && t.is(k - 1, "of"))) {
                continue; // "one of those advisers"
            } else if ((t.lowercase(k) || fullPhrases && k > s && Chars.isDigit(t.first(k)))
                    && !NameLexicon.STOP.contains(lw)
                    && !lexicon.isVerb(lw) && !lexicon.isAdverb(lw) && !lexicon.isAuxiliary(lw)) {
                e = k; // "the 46-year-old", "a 2008 Clinton veteran"
            } else {
                break;
            }
        }
        if (e < 0) {
            return null;
        }
        return new int[] {s, e};
    }

    private boolean isConnector(int k) {
        if (!t.isWord(k)) {
            return t.isPunct(k, '&');
        }
        String w = t.text(k);
        return w.equals("of") || w.equals("for") || w.equals("on") || w.equals("de") || w.equals("al") || w.equals("bin")
                || w.equals("van") || w.equals("von") || w.equals("la") || w.equals("du") || w.equals("del");
    }

    boolean isPronoun(int k) {
        return t.isWord(k) && isPronounWord(stripS(t.lower(k)));
    }

    private static boolean isPronounWord(String w) {
        return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("we") || w.equals("i")
                || w.equals("it");
    }

    private boolean isDeterminer(int k) {
        return t.isWord(k) && isDeterminerWord(t.lower(k));
    }

    private static boolean isDeterminerWord(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its") || w.equals("this") || w.equals("these")
                || w.equals("those") || w.equals("our") || w.equals("my") || w.equals("your")
                || w.equals("another") || w.equals("one") || w.equals("some") || w.equals("many")
                || w.equals("several") || w.equals("other") || w.equals("both") || w.equals("each");
    }

    static String stripS(String w) {
        if (w.endsWith("’s") || w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
