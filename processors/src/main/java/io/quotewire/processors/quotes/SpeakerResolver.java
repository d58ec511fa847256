package io.quotewire.processors.quotes;

import io.quotewire.core.SpeakerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of one article and how its mentions resolve to them: the capitalised phrases of the text, read once,
 * make a register of persons (a {@link NameTable} of every full name, headlines aside) and organisations (every
 * tail of the name to the fullest form); a mention of a speaker resolves to the canonical name, titles dropped. Pronouns choose
 * among the compatible persons named before ({@link #antecedents}); descriptions ("the newspaper") go to the
 * organisation named before.
 * Built per article; not shared between threads.
 */
final class SpeakerResolver {
    /** A capitalised phrase that names someone, at token positions. */
    record NameRun(int start, int end, String name, SpeakerType type, boolean subject, Boolean female) {
    }

    /**
     * A role the text gives a named person: "columnist" in "columnist Ai Jun", "the director, Jo Lee", "Sen.";
     * {@code near} holds the words (lower case) of its phrase, for a description's modifiers ("the Florida senator");
     * {@code qualified} when a capitalised word other than a title comes before it ("World Bank President").
     */
    private record Role(String role, int at, String name, java.util.Set<String> near, boolean qualified) {
    }

    /** How many words before a role word, and after the name, belong to its phrase. */
    private static final int ROLE_CONTEXT = 4;

    /**
     * What a mention resolves to.
     *
     * @param female true for a woman (Ms., Mrs., a woman's first name), false for Mr., null when unknown
     */
    record Resolved(String name, SpeakerType type, Boolean female) {
    }

    /** No name runs longer than this many tokens; longer capitalised stretches are cut (and stay linear). */
    private static final int MAX_RUN = 10;
    /** How far back a pronoun or a description looks among the names. */
    private static final int MAX_LOOKBACK = 200;

    private final Tokens tokens;
    /** Which quotation each token lies in, or -1: names inside quotations are no antecedents for pronouns. */
    private final int[] quoteOf;
    private final List<NameRun> runs = new ArrayList<>();
    /** The persons the article names, for the fullest form of each mention. */
    private final NameTable persons = new NameTable();
    private final Map<String, String> orgByTail = new HashMap<>();
    /** The roles given to named persons, in text order, for definite descriptions ("the columnist said"). */
    private final List<Role> roles = new ArrayList<>();
    /** Capitalised words seen inside a sentence (not only at its head): names rather than sentence openers. */
    private final java.util.Set<String> capitalisedInside;
    /** Words the article writes in lower case somewhere. */
    private final java.util.Set<String> lowerWords;
    /** Per token, whether its line is written in title case (a headline): its capitalised words name nobody. */
    private final boolean[] titleLine;

    SpeakerResolver(Tokens tokens, int[] quoteOf) {
        this.tokens = tokens;
        this.quoteOf = quoteOf;
        int n = tokens.size();
        // sized for the article at once (about half its tokens are lower-case words): no rehashing as they grow
        lowerWords = new java.util.HashSet<>(Math.max(16, n * 2 / 3));
        capitalisedInside = new java.util.HashSet<>(Math.max(16, n / 6));
        for (int k = 0; k < n; k++) {
            if (!tokens.isWord(k)) {
                continue;
            }
            if (tokens.lowercase(k)) {
                lowerWords.add(tokens.lower(k));
            } else if (k > 0 && nameToken(k) && !tokens.breakBefore(k) && !sentenceBoundary(k - 1)) {
                capitalisedInside.add(tokens.lower(k));
            }
        }
        titleLine = titleLines();
        int i = 0;
        while (i < n) {
            if (!nameToken(i)) {
                i++;
                continue;
            }
            int s = i;
            int e = i;
            int j = i + 1;
            while (j < n && !tokens.breakBefore(j) && j - s < MAX_RUN) {
                if (nameToken(j)) {
                    e = j;
                    j++;
                } else if (connector(j) && j + 1 < n && nameToken(j + 1) && !tokens.breakBefore(j + 1)) {
                    j++;
                } else {
                    break;
                }
                if (tokensEndsPossessive(e)) {
                    break;
                }
            }
            if (!shouting(s, e)) {
                register(s, e);
            }
            i = e + 1;
        }
    }

    /**
     * Lines (from break to break) in title case, headlines: no lower-case word of four letters or more, and two
     * capitalised words at least that the article writes in lower case elsewhere ("Says", "Support"), titles aside.
     */
    private boolean[] titleLines() {
        int n = tokens.size();
        boolean[] title = new boolean[n];
        int from = 0;
        for (int k = 1; k <= n; k++) {
            if (k < n && !tokens.breakBefore(k)) {
                continue;
            }
            int common = 0;
            boolean lowerLong = false;
            for (int j = from; j < k; j++) {
                if (!tokens.isWord(j)) {
                    continue;
                }
                String w = tokens.lower(j);
                if (tokens.lowercase(j)) {
                    lowerLong |= w.length() >= 4;
                } else if (j > from && lowerWords.contains(w) && !NameLexicon.TITLES.contains(w)) {
                    common++;
                }
            }
            java.util.Arrays.fill(title, from, k, !lowerLong && common >= 2);
            from = k;
        }
        return title;
    }

    private boolean sentenceBoundary(int k) {
        if (tokens.isWord(k)) {
            return false;
        }
        char c = tokens.first(k);
        return Chars.isTerminal(c) || c == '\u201c' || c == '"' || c == ':' || c == '\u2014';
    }

    /** A one-word "name" heading its sentence that the text never writes capitalised elsewhere ("Cost estimates"). */
    /** "R-Mo.", "D-Calif.": the party and state of a lawmaker named before, not a name. */
    private boolean partyTag(int k) {
        String w = tokens.text(k);
        char p = w.charAt(0);
        return w.length() >= 3 && (p == 'R' || p == 'D' || p == 'I') && w.charAt(1) == '-' && Chars.isUpper(w.charAt(2));
    }

    private boolean doubtful(NameRun r) {
        if (r.start() != r.end()) {
            return false;
        }
        String w = stripPossessive(tokens.lower(r.start()));
        boolean head = r.start() == 0 || tokens.breakBefore(r.start()) || sentenceBoundary(r.start() - 1);
        return head && !capitalisedInside.contains(w) && !persons.knows(w);
    }

    /** A run of words in capitals (a newswire headline): no names to learn from it. */
    private boolean shouting(int s, int e) {
        if (e == s) {
            return false;
        }
        for (int k = s; k <= e; k++) {
            if (!tokens.isWord(k)) {
                continue;
            }
            int from = tokens.start(k);
            int to = tokens.end(k);
            if (to - from < 2) {
                return false;
            }
            String src = tokens.source();
            for (int c = from; c < to; c++) {
                if (Chars.isLower(src.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Ends in ’s, 's, s’ or s' (read in the source: this runs at every capitalised word). */
    private boolean tokensEndsPossessive(int i) {
        int end = tokens.end(i);
        if (end - tokens.start(i) < 2) {
            return false;
        }
        char a = tokens.source().charAt(end - 2);
        char b = tokens.source().charAt(end - 1);
        return b == 's' && (a == '’' || a == '\'') || a == 's' && (b == '’' || b == '\'');
    }

    private boolean nameToken(int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        char c = tokens.first(i);
        if (!Chars.isUpper(c)) {
            return false;
        }
        return true;
    }

    private boolean connector(int i) {
        if (!tokens.isWord(i)) {
            return tokens.isPunct(i, '&');
        }
        return tokens.textIs(i, "of") || tokens.textIs(i, "de") || tokens.textIs(i, "van") || tokens.textIs(i, "von")
                || tokens.textIs(i, "bin") || tokens.textIs(i, "al") || tokens.textIs(i, "la") || tokens.textIs(i, "du")
                || tokens.textIs(i, "der") || tokens.textIs(i, "del") || tokens.textIs(i, "da") || tokens.textIs(i, "for");
    }

    private void register(int s, int e) {
        Resolved r = classify(s, e);
        if (r == null) {
            return;
        }
        int start = s;
        while (start <= e && opener(start)) {
            start++;
        }
        runs.add(new NameRun(start, e, r.name(), r.type(), isSubject(start) || appositiveSubject(start, e),
                r.female()));
        if (r.type() == SpeakerType.PERSON && !titleLine[s]) {
            persons.add(r.name());
            addRoles(start, e, r.name());
        } else if (r.type() == SpeakerType.ORGANIZATION) {
            String[] parts = r.name().split(" ");
            for (int k = 0; k < parts.length; k++) {
                String tail = lower(String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length)));
                String old = orgByTail.get(tail);
                if (old == null || old.length() < r.name().length()) {
                    orgByTail.put(tail, r.name());
                }
            }
        }
    }

    /** Abbreviated titles by the noun a description uses ("Sen. Cruz" … "the senator"). */
    private static final Map<String, String> ROLE_OF = Map.of("sen", "senator", "rep", "congressman", "gov",
            "governor", "gen", "general", "sec", "secretary", "atty", "attorney", "pres", "president",
            "representative", "congressman", "frontrunner", "front-runner");

    /**
     * Records the roles the text gives the person named by tokens s..e: the titles before the name ("Sen.",
     * "President"), the word right before it ("columnist Ai Jun"), and the head of a description set off by a comma
     * before it ("the bureau's director, James B. Comey") or after it ("Ai Jun, a columnist for …").
     */
    private void addRoles(int s, int e, String name) {
        java.util.List<String> own = List.of(lower(name).split(" "));
        boolean qualified = false;
        for (int k = s; k <= e; k++) {
            String w = stripPossessive(tokens.lower(k));
            if (NameLexicon.TITLES.contains(w) && !own.contains(tokens.lower(k))) {
                addRole(k, e, name, qualified);
            }
            qualified |= !NameLexicon.TITLES.contains(w) && !NameLexicon.CAP_STOP.contains(w);
        }
        if (s > 0 && roleWord(s - 1)) {
            addRole(s - 1, e, name, false);
        }
        if (s > 1 && tokens.isPunct(s - 1, ',') && roleWord(s - 2)) {
            addRole(s - 2, e, name, false);
        }
        int k = e + 1;
        if (k + 1 < tokens.size() && tokens.isPunct(k, ',')) {
            k++;
            if (tokens.is(k, "a") || tokens.is(k, "an") || tokens.is(k, "the")) {
                k++;
            }
            int head = -1;
            for (int steps = 0; k < tokens.size() && steps < 5 && tokens.isWord(k) && !tokens.breakBefore(k)
                    && !NameLexicon.STOP.contains(tokens.lower(k)); k++, steps++) {
                head = k;
            }
            if (head >= 0 && roleWord(head)) {
                addRole(head, head, name, false);
            }
        }
    }

    /** A lower-case noun that may name a role: no verb, no function word. */
    private boolean roleWord(int k) {
        if (!tokens.isWord(k) || !tokens.lowercase(k)) {
            return false;
        }
        String w = tokens.lower(k);
        return !NameLexicon.STOP.contains(w) && !NameLexicon.DETERMINERS.contains(w) && !w.endsWith("ed")
                && !w.endsWith("ing") && !w.endsWith("ly");
    }

    /** Records role word k of the person {@code name}, whose phrase reaches token {@code e} at least. */
    private void addRole(int k, int e, String name, boolean qualified) {
        String w = stripPossessive(tokens.lower(k)).replace(".", "");
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int j = k; j >= 0 && j > k - ROLE_CONTEXT && tokens.isWord(j); j--) {
            near.add(stripPossessive(tokens.lower(j)));
        }
        for (int j = k + 1; j < tokens.size() && j <= Math.max(k, e) + ROLE_CONTEXT && tokens.isWord(j); j++) {
            near.add(stripPossessive(tokens.lower(j)));
        }
        roles.add(new Role(ROLE_OF.getOrDefault(w, w), tokens.start(k), name, near, qualified));
    }

    /**
     * The person a definite description with head noun {@code head} stands for ("the columnist", "the bureau's
     * director"): the latest person given that role before the description ends at char index {@code end}, with
     * the description's modifiers ("Florida", "former") in the role's phrase, in its fullest form, or null. A
     * bare description ("the president") passes over a qualified role ("World Bank President Kim") while an
     * unqualified one ("President Obama") is there to take.
     */
    String personByRole(String head, List<String> modifiers, int end) {
        String role = ROLE_OF.getOrDefault(head, head);
        Role found = null;
        for (int k = roles.size() - 1; k >= 0; k--) {
            Role r = roles.get(k);
            if (r.at() < end && r.role().equals(role) && r.near().containsAll(modifiers)) {
                if (!modifiers.isEmpty() || !r.qualified()) {
                    return fullPerson(r.name(), null);
                }
                found = found == null ? r : found;
            }
        }
        return found == null ? null : fullPerson(found.name(), null);
    }

    /** A name at the head of its sentence, after at most a few descriptive words: a likely subject. */
    private boolean isSubject(int s) {
        int k = s - 1;
        int steps = 0;
        while (k >= 0 && steps < 4 && !tokens.breakBefore(k + 1) && tokens.isWord(k) && descriptor(k)) {
            k--;
            steps++;
        }
        if (k < 0 || tokens.breakBefore(k + 1)) {
            return true;
        }
        char c = tokens.first(k);
        return Chars.isTerminal(c) || c == '\u201d' || c == '"' || c == ':';
    }

    /**
     * "The leader of the league, Jonathan Greenblatt, warned": a name set off by commas right after the phrase
     * heading its sentence names that phrase's referent, the subject. Looks back a few words only.
     */
    private boolean appositiveSubject(int s, int e) {
        int n = tokens.size();
        if (s < 2 || e + 2 >= n || !tokens.isPunct(s - 1, ',') || !tokens.isPunct(e + 1, ',')
                || tokens.breakBefore(s) || tokens.breakBefore(s - 1)) {
            return false;
        }
        int k = s - 2;
        for (int steps = 0; k >= 0 && steps < 10; k--, steps++) {
            if (!tokens.isWord(k)) {
                char c = tokens.first(k);
                return Chars.isTerminal(c) || c == '\u201d' || c == '"';
            }
            String w = tokens.lower(k);
            if (tokens.lowercase(k) && (w.endsWith("ed") || w.endsWith("ing") || NameLexicon.PERSON_PRONOUNS
                    .contains(w) || w.equals("said") || w.equals("says") || w.equals("told"))) {
                return false; // a clause, not a noun phrase
            }
            if (tokens.breakBefore(k)) {
                return tokens.capitalized(k);
            }
        }
        return k < 0;
    }

    /** A word that may stand before a name at the head of a sentence: a title or a descriptive word. */
    private boolean descriptor(int k) {
        String w = tokens.lower(k);
        if (tokens.capitalized(k)) {
            return !NameLexicon.CAP_STOP.contains(w) || w.equals("the");
        }
        return !NameLexicon.STOP.contains(w) && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * Classifies the capitalised tokens s..e (a mention or a phrase of the text): leading sentence words and
     * determiners are dropped; a person's titles are dropped; organisations keep their whole name.
     */
    Resolved classify(int s, int e) {
        while (s <= e && (opener(s) || !tokens.isWord(s) || !Chars.isUpper(tokens.first(s)) && tokens.first(s) != '@')) {
            s++;
        }
        while (e >= s && (!tokens.isWord(e) || NameLexicon.CAP_STOP.contains(tokens.lower(e)))) {
            e--;
        }
        if (s > e || s == e && partyTag(s)) {
            return null;
        }
        for (int k = e - 1; k >= s; k--) {
            if (tokensEndsPossessive(k)) {
                // "Commentary’s Noah Rothman", "Boston’s Walsh": the employer or the place is no part of the name;
                // "People’s Daily", "Trump’s state director" are no one's name after a possessive
                Resolved owned = capitalisedFrom(k + 1, e) && !lowerWords.contains(tokens.lower(k + 1))
                        ? classify(k + 1, e) : null;
                if (owned != null && owned.type() == SpeakerType.PERSON) {
                    return owned;
                }
                break;
            }
        }
        for (int k = s + 1; k < e; k++) {
            if (tokens.is(k, "and")) {
                return resolved(s, e, SpeakerType.GROUP); // "Frank Newport and Jim Harter"
            }
        }
        for (int k = s + 1; k < e; k++) {
            if (tokens.text(k).equals("of")) {
                // "Sen. Richard J. Durbin of Illinois", "Paul Sperry of Counter Jihad": a person's place or employer
                // is no part of the name; "Secretary of State …", "Bank of America" name no person before "of"
                Resolved left = classify(s, k - 1);
                if (left != null && left.type() == SpeakerType.PERSON
                        && (left.name().indexOf(' ') > 0 || !left.name().equals(joined(s, k - 1)))) {
                    return left;
                }
                break;
            }
        }
        int lastTitle = -1;
        boolean org = false;
        for (int k = s; k <= e; k++) {
            String w = stripPossessive(tokens.lower(k));
            if (NameLexicon.TITLES.contains(w)) {
                lastTitle = k;
            }
            if (NameLexicon.ORG_WORDS.contains(w) || isAcronym(k)) {
                org = true;
            }
        }
        if (lastTitle >= 0 && lastTitle < e) {
            int n = afterOffice(lastTitle + 1, e); // the office is no part of the name
            int m = n;
            while (m < e && tokens.isWord(m) && !Chars.isUpper(tokens.first(m))) {
                m++; // "Republican political consultant Chris Russell": the name is the capitalised words
            }
            if (m < e) {
                n = m; // two words at least ("de Venezuela" is left as it is)
            }
            boolean tailOrg = false;
            for (int k = n; k <= e; k++) {
                String w = stripPossessive(tokens.lower(k));
                if (NameLexicon.ORG_WORDS.contains(w) || isAcronym(k)) {
                    tailOrg = true;
                }
            }
            boolean capitals = false;
            for (int k = n; k <= e; k++) {
                capitals |= tokens.isWord(k) && Chars.isUpper(tokens.first(k));
            }
            // a name opens with a capital ("for Finance", "de Venezuela" are no names); "SEC official" has none
            boolean named = !capitals || Chars.isUpper(tokens.first(n)) && !OFFICES.contains(lower(tokens.text(e)));
            if (!tailOrg && e - n <= 3 && named) {
                return person(s, n, e);
            }
        }
        if (org) {
            return resolved(s, e, SpeakerType.ORGANIZATION);
        }
        if (lastTitle == e) {
            return null;
        }
        if (e - s >= 4) {
            return null;
        }
        if (e == s) {
            String only = stripPossessive(tokens.lower(s));
            if (NameLexicon.DEMONYMS.contains(only)) {
                return null; // "British officials", "the Mexican audience": an adjective, no one's name
            }
            if (NameLexicon.PLACES.contains(only)) {
                return resolved(s, e, SpeakerType.ORGANIZATION); // "China said": its government
            }
            if ((only.endsWith("ing") || only.endsWith("ed") || only.endsWith("ly")) && !persons.knows(only)) {
                return null; // "Marking the end of …": a sentence opener, not a name (Reed, Fleming are surnames)
            }
        }
        if (e == s + 1 && COMPASS.contains(lower(tokens.text(s)))
                && COMPOUND_PLACES.contains(stripPossessive(tokens.lower(e)))) {
            return resolved(s, e, SpeakerType.ORGANIZATION); // "South Carolina": no person
        }
        String last = lower(stripPossessive(tokens.text(e)));
        if (e == s && (last.endsWith("ans") || last.endsWith("ats") || last.endsWith("ists")
                || NameLexicon.GROUP_NOUNS.contains(last))) {
            return resolved(s, e, SpeakerType.GROUP); // Democrats, Republicans, Americans
        }
        int n = afterOffice(s, e);
        if (n < e && commonWordAtHead(n)) {
            n++; // "Donor Sheldon Adelson", "Is Sanders …": a sentence's first word, not a first name
        }
        return person(s, n, e);
    }

    private boolean capitalisedFrom(int s, int e) {
        for (int k = s; k <= e; k++) {
            if (!tokens.isWord(k) || !tokens.capitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /** A sentence word before a name: "But", "The", and contractions of such words ("He's Donald Trump"). */
    private boolean opener(int k) {
        String w = tokens.lower(k);
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        return NameLexicon.CAP_STOP.contains(w) || apostrophe > 0 && NameLexicon.CAP_STOP.contains(w.substring(0, apostrophe));
    }

    private Resolved resolved(int s, int e, SpeakerType type) {
        return new Resolved(joined(s, e), type, null);
    }

    /** The person named by tokens n..e, after the titles from s on: Mr., Ms. and Mrs. tell the gender. */
    private Resolved person(int s, int n, int e) {
        Boolean female = isFemale(n) ? Boolean.TRUE : null;
        for (int k = s; k < n; k++) {
            String w = tokens.lower(k);
            if (w.equals("mr") || w.equals("mr.")) {
                female = Boolean.FALSE;
            } else if (w.equals("ms") || w.equals("ms.") || w.equals("mrs") || w.equals("mrs.") || w.equals("miss")) {
                female = Boolean.TRUE;
            }
        }
        return new Resolved(joined(n, e), SpeakerType.PERSON, female);
    }

    /**
     * A word heading its sentence that the article writes in lower case elsewhere and never capitalises inside a
     * sentence: an ordinary word capitalised by its place ("Donor", "Certainly"), not a name.
     */
    private boolean commonWordAtHead(int k) {
        String w = tokens.lower(k);
        return (k == 0 || tokens.breakBefore(k) || sentenceBoundary(k - 1) || tokens.isPunct(k - 1, '('))
                && lowerWords.contains(w)
                && !capitalisedInside.contains(w);
    }

    /**
     * The first token of a person's name in s..e past the office a title names before it: "of Trading" in
     * "(Director) of Trading James Melton", "Exchequer" in "(Chancellor of the) Exchequer Nigel
     * Lawson", a country in "(ambassador to) Canada Hajimu Watanabe". Two words are always left.
     */
    private int afterOffice(int s, int e) {
        while (e - s >= 2) {
            String w = lower(tokens.text(s));
            if (w.equals("of") || w.equals("for")) {
                s++;
                if (e - s >= 2 && !tokens.is(s, "the")) {
                    s++; // "of Trading James Melton": the word after "of" is the office, whatever it is
                }
            } else if (w.equals("the") || OFFICES.contains(w) || NameLexicon.PLACES.contains(w)) {
                s++;
            } else {
                break;
            }
        }
        return s;
    }

    /** Offices a title names before a person ("Secretary of Commerce Malcolm Baldrige"); no part of the name. */
    private static final java.util.Set<String> OFFICES = Chars.words("exchequer", "commerce", "budget",
            "agriculture", "treasury", "finance", "trade", "labor", "labour", "energy", "health", "education",
            "transportation", "housing", "defense", "defence", "interior", "justice", "economy", "industry",
            "state", "war", "navy", "veterans", "homeland", "security", "environment", "agency", "bureau", "affairs",
            "relations", "policy", "development", "operations", "management", "planning", "intelligence");

    private static final java.util.Set<String> COMPASS = Chars.words("north", "south", "east", "west", "new");
    private static final java.util.Set<String> COMPOUND_PLACES = Chars.words("carolina", "dakota", "hampshire",
            "jersey", "york", "mexico", "zealand", "korea", "virginia", "africa", "sudan", "england", "orleans");

    private boolean isFemale(int k) {
        return NameLexicon.FEMALE.contains(tokens.lower(k));
    }

    private boolean isAcronym(int k) {
        String t = tokens.text(k);
        int n = t.length();
        if (n < 2 || n > 6) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (Chars.isUpper(c)) {
                upper++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        String l = lower(t);
        return upper >= 2 && !l.equals("us") && !l.equals("u.s.") && !l.equals("u.s") && !l.equals("uk")
                && !l.equals("u.k.") && !l.equals("ii") && !l.equals("iii") && !l.equals("jr.");
    }

    private String joined(int s, int e) {
        return stripPossessive(NameTable.spaced(tokens.source().substring(tokens.start(s), tokens.end(e))));
    }

    static String stripPossessive(String t) {
        if (t.endsWith("’s") || t.endsWith("'s")) {
            return t.substring(0, t.length() - 2);
        }
        if (t.endsWith("s’") || t.endsWith("s'")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The fullest form of a person's name the article gives (Pompeo → Mike Pompeo). */
    String fullPerson(String name, Boolean female) {
        return persons.fullest(name, female);
    }

    /** The canonical name of a classified phrase: the fullest form of a person's or organisation's name. */
    String canonical(Resolved r) {
        return r.type() == SpeakerType.PERSON ? fullPerson(r.name(), r.female())
                : r.type() == SpeakerType.ORGANIZATION ? fullOrg(r.name()) : r.name();
    }

    /** The fullest form of an organisation's name (State Department → US State Department). */
    String fullOrg(String name) {
        String full = orgByTail.get(lower(name));
        return full != null ? full : name;
    }

    /** The latest organisation named before char index {@code pos} whose name holds {@code noun}, or any if null. */
    String orgBefore(int pos, String noun, boolean media) {
        String any = null;
        int last = lastRunBefore(pos);
        for (int k = last; k >= 0 && last - k < MAX_LOOKBACK; k--) {
            NameRun r = runs.get(k);
            if (tokens.start(r.start()) >= pos || r.type() != SpeakerType.ORGANIZATION) {
                continue;
            }
            String l = lower(r.name());
            if (noun != null && (l.endsWith(noun) || l.contains(noun + " "))) {
                return fullOrg(r.name());
            }
            if (media && isMedia(l)) {
                return fullOrg(r.name());
            }
            if (any == null && !media) {
                any = fullOrg(r.name());
            }
        }
        return any;
    }

    private static boolean isMedia(String lowerName) {
        for (String w : lowerName.split(" ")) {
            if (NameLexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person a pronoun may stand for, as the text has named them before it.
     *
     * @param name     the fullest form of the name
     * @param last     the latest run naming them
     * @param mentions how many runs name them within the look-back
     * @param subject  whether any of those runs is a sentence's subject
     * @param recency  0 for the person named last, 1 for the one before, and so on
     * @param first    the earliest run naming them within the look-back
     */
    record Antecedent(String name, NameRun last, int mentions, boolean subject, int recency, NameRun first,
                      boolean agrees) {
    }

    /** How many tokens after a name the pronoun that refers back to it is looked for ("Roe, 92, used her …"). */
    private static final int GENDER_WINDOW = 12;
    /** A title (Mr., Ms.) outweighs the pronouns after a name, which may refer to someone else. */
    private static final int TITLE_VOTES = 3;
    /** Per person (fullest name): {male, female} votes of titles and following pronouns; built on first use. */
    private Map<String, int[]> pronounsAfter;

    /**
     * The gender the text itself gives each person: the titles of their names (Mr., Ms.) and the first
     * third-person pronoun after a name outside quotations, in the same sentence and before another name
     * ("Phyllis Schlafly, who died Monday, used her final column"). Read from the article, so it holds for any
     * first name a word list lacks.
     */
    private Map<String, int[]> pronounsAfter() {
        if (pronounsAfter != null) {
            return pronounsAfter;
        }
        pronounsAfter = new HashMap<>();
        int n = tokens.size();
        for (int i = 0; i < runs.size(); i++) {
            NameRun r = runs.get(i);
            if (!antecedent(r)) {
                continue;
            }
            if (r.female() != null) {
                pronounsAfter.computeIfAbsent(fullCached(r.name(), null), x -> new int[2])[r.female() ? 1 : 0]
                        += TITLE_VOTES;
            }
            int stop = Math.min(n, i + 1 < runs.size() ? runs.get(i + 1).start() : n);
            for (int k = r.end() + 1; k < stop && k - r.end() <= GENDER_WINDOW; k++) {
                if (quoteOf[k] >= 0 || tokens.breakBefore(k) || !tokens.isWord(k) && Chars.isTerminal(tokens.first(k))) {
                    break;
                }
                if (!tokens.isWord(k)) {
                    continue;
                }
                String w = tokens.lower(k);
                int vote = w.equals("he") || w.equals("his") || w.equals("him") || w.equals("himself") ? 0
                        : w.equals("she") || w.equals("her") || w.equals("hers") || w.equals("herself") ? 1 : -1;
                if (vote >= 0) {
                    pronounsAfter.computeIfAbsent(fullCached(r.name(), null), x -> new int[2])[vote]++;
                    break;
                }
            }
        }
        return pronounsAfter;
    }

    private static final int[] NO_VOTES = new int[2];

    /** How many persons, latest first, a pronoun chooses among. */
    private static final int MAX_ANTECEDENTS = 8;

    /**
     * The persons named before char index {@code pos} that a pronoun of this gender may stand for (any when null),
     * latest first, one per person: the candidates of the antecedent ranker.
     */
    List<Antecedent> antecedents(int pos, Boolean female) {
        long key = (long) pos << 2 | (female == null ? 0 : female ? 2 : 1);
        List<Antecedent> known = antecedentsAt.get(key);
        if (known != null) {
            return known; // the same pronoun is read again for each candidate of its quotation
        }
        // name -> {last run, mentions, subject, first run, gender agrees}
        Map<String, int[]> seen = new java.util.LinkedHashMap<>();
        int from = lastRunBefore(pos);
        for (int k = from; k >= 0 && from - k < MAX_LOOKBACK; k--) {
            NameRun r = runs.get(k);
            if (!antecedent(r)) {
                continue;
            }
            String full = fullCached(r.name(), female);
            int[] a = seen.get(full);
            if (a == null) {
                if (seen.size() == MAX_ANTECEDENTS) {
                    continue;
                }
                int[] votes = pronounsAfter().getOrDefault(fullCached(r.name(), null), NO_VOTES);
                boolean fem = NameLexicon.womansName(full) || votes[1] > votes[0];
                boolean male = !fem && votes[0] > votes[1];
                if (female != null && (female ? male : fem)) {
                    continue; // the text gives them the other gender
                }
                boolean agrees = female != null && (female ? fem : male);
                seen.put(full, a = new int[] {k, 0, 0, k, agrees ? 1 : 0});
            }
            a[1]++;
            a[2] |= r.subject() ? 1 : 0;
            a[3] = k;
        }
        List<Antecedent> out = new ArrayList<>(seen.size());
        for (Map.Entry<String, int[]> e : seen.entrySet()) {
            int[] a = e.getValue();
            out.add(new Antecedent(e.getKey(), runs.get(a[0]), a[1], a[2] != 0, out.size(), runs.get(a[3]),
                    a[4] != 0));
        }
        antecedentsAt.put(key, out);
        return out;
    }

    /** The antecedents found so far, by pronoun position and gender: the runs do not change once read. */
    private final Map<Long, List<Antecedent>> antecedentsAt = new HashMap<>();

    /** Fullest names by gender (unknown, male, female) and name: a pronoun reads the same runs again. */
    private final List<Map<String, String>> fullByGender = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

    private String fullCached(String name, Boolean female) {
        return fullByGender.get(female == null ? 0 : female ? 2 : 1).computeIfAbsent(name, n -> fullPerson(n, female));
    }

    /**
     * The person named most often before char index {@code pos} (within the look-back), the latest on a tie, in
     * the fullest form, or null: the article's protagonist, whom a role description ("the front-runner") stands
     * for more often than for whoever was named last. Only {@linkplain #antecedent antecedents} count.
     */
    String mostNamedBefore(int pos) {
        Map<String, Integer> count = new HashMap<>();
        String best = null;
        int top = 0;
        int last = lastRunBefore(pos);
        for (int k = Math.max(0, last - MAX_LOOKBACK + 1); k <= last; k++) {
            NameRun r = runs.get(k);
            if (!antecedent(r)) {
                continue;
            }
            String full = fullPerson(r.name(), null);
            int n = count.merge(full, 1, Integer::sum);
            if (n >= top) {
                top = n;
                best = full;
            }
        }
        return best;
    }

    /** A run a pronoun or a description may stand for: a person named outside quotations, not a doubtful run. */
    private boolean antecedent(NameRun r) {
        return r.type() == SpeakerType.PERSON && quoteOf[r.start()] < 0 && !doubtful(r);
    }

    private int lastRunBefore(int pos) {
        int lo = 0;
        int hi = runs.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.start(runs.get(mid).start()) < pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
