package io.quotewire.processors.quotes;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import static io.quotewire.processors.quotes.Chars.words;

/**
 * Reporting verbs in every inflection (said, says, saying, tweeted, wrote, written ...), the auxiliaries and
 * adverbs that may stand between a speaker and its verb, and the particles that belong to a cue ("calling on",
 * "pointed out"). Immutable.
 */
final class ReportingLexicon {
    /** Verbs that report speech whatever stands around them. */
    private static final String[] VERBS = {
        "say", "tell", "add", "write", "tweet", "retweet", "post", "warn", "advise", "claim", "state", "ask",
        "argue", "explain", "insist", "note", "declare", "describe", "vow", "promise", "respond", "reply",
        "continue", "recall", "acknowledge", "admit", "suggest", "announce", "complain", "joke", "predict", "urge",
        "contend", "maintain", "assert", "allege", "observe", "remark", "comment", "concede", "confirm", "deny",
        "emphasize", "emphasise", "stress", "boast", "brag", "quip", "retort", "exclaim", "shout", "yell",
        "scream", "chant", "whisper", "mutter", "tout", "testify", "report", "reveal", "disclose", "proclaim",
        "pledge", "threaten", "caution", "lament", "conclude", "counter", "reiterate", "repeat", "muse", "demand",
        "plead", "beg", "implore", "reason", "speculate", "accuse", "blast", "slam", "criticize", "criticise",
        "mock", "decry", "denounce", "condemn", "charge", "text", "email", "e-mail", "message", "blog", "inform",
        "assure", "reassure", "recount", "recommend", "propose", "agree", "disagree", "object", "protest",
        "dispute", "rebut", "refute", "hint", "imply", "opine", "posit", "summarize", "characterize", "liken",
        "remind", "signal", "question", "challenge", "scoff", "sneer", "snap", "gush", "rave", "marvel", "confide",
        "confess", "volunteer", "answer", "begin", "tell", "speak", "wonder", "call", "dub", "label", "brand",
        "term", "praise", "thank", "vow", "swear", "cry", "sing", "announce", "insist", "point", "chime", "weigh",
        "fire", "shoot", "hit", "lash", "push", "read", "greet", "interject", "interrupt", "pronounce", "declare",
        "assess", "add", "instruct", "order", "direct", "rule", "find", "estimate", "forecast", "put", "recollect",
        "reminisce", "gripe", "grumble", "bemoan", "lash", "applaud", "hail", "cheer", "mourn", "apologize",
        "apologise", "regret", "concur", "elaborate", "clarify", "correct", "quote", "cite", "paraphrase", "preach",
        "lecture", "counsel", "advocate", "appeal", "plea", "pray", "promise", "guarantee", "predict", "envision",
        "foresee", "acknowledge", "affirm", "aver", "avow", "attest", "certify", "contest", "emphasize", "highlight",
        "underscore", "underline", "stress", "recap", "retort", "rejoin", "riposte", "sigh", "laugh", "smile",
        "shrug", "nod", "groan", "moan", "whine", "wail", "bark", "growl", "hiss", "thunder", "roar", "boom",
        "bellow", "holler", "scold", "chide", "rebuke", "reprimand", "berate", "chastise", "ridicule", "taunt",
        "tease", "deride", "dismiss", "reject", "rail", "rant", "fume", "seethe", "vent", "explode", "erupt",
        "insinuate", "contradict", "muse", "observe", "propose", "relay", "relate", "narrate", "pen", "scrawl",
        "jot", "type", "publish", "print", "broadcast", "air", "headline", "title", "caption", "mention", "sum",
        "fret", "worry", "fear", "hope", "wish", "believe", "think", "feel", "figure", "reckon", "guess",
        "surmise", "presume", "assume", "conclude", "deduce", "infer", "calculate", "conjecture", "theorize",
        "hypothesize", "expect", "predict", "forewarn", "alert", "notify", "advise", "brief", "update", "assure",
        "vouch", "tell", "promise", "offer", "suggest", "insist", "continue", "demand", "request", "invite",
        "encourage", "implore", "entreat", "petition", "lobby", "press", "spell", "sound", "open", "close", "refer", "credit", "lambaste", "excoriate",
        "castigate", "pillory", "rip", "jab", "pan", "needle", "bash"
    };

    /** How a noun of speech points at whoever said the words. */
    enum NounUse {
        /** "Trump's accusation that Clinton is playing “…”": the noun's owner reports its that-clause. */
        THAT_CLAUSE,
        /** "her remark “…”", "his famous line “…”": a possessive owner said the quotation right after the noun. */
        BEFORE_QUOTE,
        /** "Podliska’s most explosive claim": a name owning the noun is a source (the keep reading). */
        OWNED
    }

    /**
     * Nouns of speech, each with its uses (T that-clause, B before a quotation, O owned), in one table so that a
     * word's uses are seen together. The uses differ on purpose: a that-clause wants nouns that take one ("the
     * claim that", never "the line that"); a quotation right after a possessive takes any name for what someone
     * said, slogans and lines too; the keep reading also takes what reports call a source's words ("view",
     * "verdict"). Gaps such as "remark" without O were measured as they stand: the keep reading depends on O.
     */
    private static final Map<String, Set<NounUse>> SPEECH_NOUNS = speechNouns(
            "claim TBO", "claims TB", "accusation TBO", "accusations T", "allegation TBO", "allegations T",
            "assertion TBO", "argument TBO", "warning TBO", "notion T", "comment TBO", "remark TB", "charge TBO",
            "contention TBO", "insistence TB", "suggestion TBO", "statement TBO", "complaint TBO", "boast TB",
            "statements B", "comments BO", "remarks BO", "words BO", "promise BO", "pledge BO", "vow BO", "call B",
            "calls B", "admission B", "assumption B", "declaration B", "demand B", "description BO", "quip B",
            "line B", "refrain B", "slogan B", "plea B", "threat B", "prediction B", "view O", "position O",
            "message O", "point O", "response O", "answer O", "reply O", "advice O", "verdict O", "assessment O",
            "explanation O");

    private static Map<String, Set<NounUse>> speechNouns(String... rows) {
        Map<String, Set<NounUse>> map = new HashMap<>();
        for (String row : rows) {
            int sp = row.indexOf(' ');
            EnumSet<NounUse> uses = EnumSet.noneOf(NounUse.class);
            for (char c : row.substring(sp + 1).toCharArray()) {
                uses.add(switch (c) {
                    case 'T' -> NounUse.THAT_CLAUSE;
                    case 'B' -> NounUse.BEFORE_QUOTE;
                    case 'O' -> NounUse.OWNED;
                    default -> throw new IllegalArgumentException("unknown use " + c + " in " + row);
                });
            }
            if (map.put(row.substring(0, sp), Collections.unmodifiableSet(uses)) != null) {
                throw new IllegalArgumentException("noun listed twice: " + row);
            }
        }
        return Map.copyOf(map);
    }

    /** Whether w (lower case) is a noun of speech with this use. */
    boolean isSpeechNoun(String w, NounUse use) {
        Set<NounUse> uses = SPEECH_NOUNS.get(w);
        return uses != null && uses.contains(use);
    }

    /** Verbs too common to report speech unless a quotation stands right by them. */
    private static final Set<String> WEAK_LEMMAS = words("add", "continue", "begin", "call", "go", "put", "read",
            "find", "rule", "point", "fire", "shoot", "hit", "lash", "push", "open", "close", "sum", "spell",
            "sound", "weigh", "chime", "press", "order", "direct", "offer", "air", "print", "publish", "type",
            "title", "caption", "headline", "smile", "nod", "shrug", "laugh", "sigh", "feel", "think", "believe",
            "hope", "wish", "fear", "worry", "figure", "guess", "expect", "assume", "presume", "reckon", "calculate",
            "update", "brief", "alert", "invite", "request", "encourage", "lobby", "label", "brand", "term", "dub",
            "thank", "greet", "cite", "quote", "praise", "applaud", "hail", "cheer", "mourn", "regret", "pray",
            "report", "reveal", "describe", "refer", "credit");

    /** Lemmas whose bare and -s forms are nouns more often than verbs ("a tweet", "the state"): only -ed and -ing count. */
    private static final Set<String> NOUNISH = words("text", "petition", "message", "post", "email", "e-mail", "blog",
            "comment", "report", "question", "answer", "charge", "order", "object", "protest", "press", "title",
            "headline", "caption", "air", "print", "broadcast", "plea", "rant", "vent", "fire", "shoot", "hit",
            "push", "lash", "update", "brief", "alert", "quote", "cite", "promise", "pledge", "vow", "claim",
            "demand", "request", "appeal", "offer", "estimate", "forecast", "guess", "figure", "counter",
            "challenge", "dispute", "rebut", "reply", "sigh", "laugh", "smile", "shrug", "nod", "groan", "moan",
            "bark", "growl", "hiss", "thunder", "roar", "boom", "point", "sound", "spell", "sum", "open", "close",
            "pen", "jot", "publish", "tweet", "retweet", "lecture", "counsel", "advocate", "brand", "label",
            "term", "call", "cheer", "hail", "mourn", "regret", "sing", "cry", "chant", "scream", "shout", "yell",
            "whisper", "mutter", "state", "note", "joke", "tout", "wonder", "marvel", "thank", "praise", "rule",
            "find", "go", "begin", "read", "put", "type", "wish", "hope", "fear", "worry", "feel", "reason",
            "signal", "snap", "correct", "direct", "relay", "contest", "comment", "highlight", "recap", "pray",
            "guarantee", "plead", "beg", "speak", "mention", "sign", "boast", "brag", "taunt", "tease", "whine",
            "wail", "scold", "rail", "fume", "seethe", "explode", "erupt", "present", "concern", "lament", "salute",
            "blast", "slam", "mock", "decry", "dismiss", "reject", "ridicule", "accuse", "charge", "witness",
            "gripe", "grumble", "scoff", "sneer", "gush", "rave", "confess", "volunteer", "interrupt", "greet", "rip",
            "jab", "pan", "needle", "bash");

    private static final String[][] IRREGULAR = {
        {"say", "said"}, {"tell", "told"}, {"write", "wrote", "written"}, {"speak", "spoke", "spoken"},
        {"think", "thought"}, {"read", "read"}, {"sing", "sang", "sung"}, {"swear", "swore", "sworn"},
        {"begin", "began", "begun"}, {"find", "found"}, {"put", "put"},
        {"feel", "felt"}, {"shoot", "shot"}, {"hit", "hit"}, {"forecast", "forecast"},
        {"foresee", "foresaw", "foreseen"}, {"broadcast", "broadcast"}, {"cry", "cried"}, {"lead", "led"},
        {"sum", "summed"}, {"type", "typed"}, {"spell", "spelled", "spelt"}, {"offer", "offered"},
        {"cite", "cited"}, {"lecture", "lectured"}
    };

    private static final Set<String> DOUBLING = words("admit", "quip", "refer", "regret", "rebut", "emit",
            "commit", "submit", "permit", "omit", "concur", "confer", "snap", "blog", "plan", "chat", "stop",
            "sum", "jot", "nod", "shrug", "aver", "pen", "chip", "prefer", "occur", "top", "slam", "rip", "jab", "pan");

    private static final Set<String> PARTICLES = words("on", "out", "in", "up", "back", "off", "down", "for");
    private static final Set<String> PARTICLE_VERBS = words("call", "point", "chime", "weigh", "fire", "shoot",
            "lash", "push", "hit", "go", "spell", "sound", "sum", "open", "close", "speak", "rail", "sign",
            "blast", "cry", "plead", "pipe", "follow", "back", "reach", "write", "jot", "read", "chip", "vouch",
            "appeal", "warn", "lead", "rip");

    /** Words that may stand between a speaker and the reporting verb, and are part of the cue when auxiliaries. */
    private static final Set<String> AUXILIARIES = words("has", "have", "had", "is", "was", "were", "are", "am",
            "be", "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does",
            "do", "shall", "'s", "’s", "not", "n't", "never");
    private static final Set<String> ADVERBS = words("also", "later", "then", "again", "once", "previously",
            "repeatedly", "recently", "simply", "just", "only", "still", "even", "often", "always", "reportedly",
            "publicly", "privately", "famously", "similarly", "further", "earlier", "first", "initially", "since",
            "subsequently", "frequently", "now", "quickly", "immediately", "separately", "already", "ultimately",
            "finally", "flatly", "bluntly", "candidly", "openly", "softly", "angrily", "proudly", "jokingly",
            "sarcastically", "succinctly", "recently", "twice", "yet", "allegedly", "apparently", "quietly",
            "loudly", "directly", "explicitly", "essentially", "basically", "long", "herself", "himself",
            "themselves", "itself", "today", "yesterday", "tonight", "ago");

    private final Set<String> verbs = new HashSet<>();
    private final Set<String> weak = new HashSet<>();
    private final Map<String, String> lemmaOf = new HashMap<>();

    ReportingLexicon() {
        for (String v : VERBS) {
            addLemma(v);
        }
        for (String[] irr : IRREGULAR) {
            if (!NOUNISH.contains(irr[0])) {
                put(irr[0], irr[0]);
                put(third(irr[0]), irr[0]);
            }
            for (int k = 1; k < irr.length; k++) {
                put(irr[k], irr[0]);
            }
        }
    }

    private void addLemma(String v) {
        if (!NOUNISH.contains(v)) {
            put(v, v);
        }
        put(third(v), v);
        put(past(v), v);
        put(ing(v), v);
    }

    private void put(String form, String lemma) {
        verbs.add(form);
        lemmaOf.putIfAbsent(form, lemma);
        if (WEAK_LEMMAS.contains(lemma)) {
            weak.add(form);
        }
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static String third(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")
                || v.equals("go")) {
            return v + "es";
        }
        if (v.endsWith("y") && v.length() > 1 && !vowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 1 && !vowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        if (DOUBLING.contains(v)) {
            return v + v.charAt(v.length() - 1) + "ed";
        }
        return v + "ed";
    }

    static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (DOUBLING.contains(v)) {
            return v + v.charAt(v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    /** Whether {@code lowerWord} is a reporting verb in any form. */
    boolean isVerb(String lowerWord) {
        return verbs.contains(lowerWord);
    }

    /** Whether the verb reports speech only when a quotation stands right beside it. */
    boolean isWeak(String lowerWord) {
        return weak.contains(lowerWord);
    }

    String lemma(String lowerWord) {
        return lemmaOf.get(lowerWord);
    }

    boolean takesParticle(String lowerWord, String next) {
        String lemma = lemmaOf.get(lowerWord);
        return lemma != null && PARTICLE_VERBS.contains(lemma) && PARTICLES.contains(next);
    }

    /** Whether the word is an -s form of a verb that is mostly a noun ("comments", "claims", "tweets"). */
    boolean isNounish(String lowerWord) {
        String lemma = lemmaOf.get(lowerWord);
        return lemma != null && NOUNISH.contains(lemma) && !lowerWord.equals(lemma);
    }

    boolean isAuxiliary(String lowerWord) {
        return AUXILIARIES.contains(lowerWord);
    }

    /** Words in -ly that are not adverbs. */
    private static final Set<String> NOT_ADVERBS = words("family", "italy", "july", "supply", "reply", "assembly",
            "anomaly", "monopoly", "bully", "jelly", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
            "nightly", "friendly", "elderly", "lonely", "lovely", "likely", "unlikely", "ugly", "holy", "apply",
            "comply", "imply", "multiply", "rally", "ally", "belly", "folly", "tally", "homily", "sally", "kelly",
            "emily", "beverly", "shelly", "molly", "polly", "holly", "lily", "billy", "willy", "silly", "costly",
            "deadly", "early", "only", "fly", "ply", "rely", "underbelly", "wily", "oily", "burly",
            "curly", "surly", "chilly", "hilly", "woolly", "jolly", "gully", "dolly", "sully", "orderly",
            "scholarly", "timely", "worldly", "manly", "womanly", "cowardly", "neighborly", "motherly",
            "fatherly", "brotherly", "sisterly", "kindly", "lively", "homely", "comely", "stately", "unruly",
            "ghastly", "beastly", "ungainly", "unseemly", "disorderly", "courtly", "portly", "sickly");

    boolean isAdverb(String lowerWord) {
        return ADVERBS.contains(lowerWord) || (lowerWord.endsWith("ly") && lowerWord.length() > 4
                && !NOT_ADVERBS.contains(lowerWord));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
