package io.quotewire.processors.quotes;

import static io.quotewire.processors.quotes.Chars.words;

import io.quotewire.core.QuoteKind;
import java.util.Set;

/**
 * Decides whether a stretch between quote marks is a quotation, and of what kind. Not quotations: titles of
 * works and shows (“Meet the Press”), words quoted as words or labels (the term “pivot”, so-called “X”),
 * nicknames, and single-mark stretches nobody is said to have spoken. Full: a whole sentence stands in the marks
 * (alone, or after "said:", "said that"); partial: a fragment inside the reporter's sentence.
 */
final class QuotationJudge {
    /** Words right before a title of a work or show. */
    private static final Set<String> TITLE_CONTEXT = words("on", "show", "program", "programme", "series", "book",
            "books", "film", "movie", "documentary", "album", "song", "play", "musical", "novel", "memoir", "column",
            "op-ed", "article", "editorial", "essay", "podcast", "newsletter", "segment", "episode", "sketch",
            "titled", "entitled", "called", "named", "headlined", "dubbed", "hashtag", "magazine", "newspaper",
            "to", "in", "of", "at", "from", "told", "tells", "tell", "host", "hosted", "anchor", "during",
            "cover", "poem", "opera", "report", "broadcast", "special", "interview", "panel", "speech", "event",
            "conference", "ad", "advertisement", "campaign", "video", "bill", "act", "initiative", "headline",
            "story", "piece", "blog", "website", "site", "titles", "track", "tune", "anthem", "game", "watch",
            "watching", "starred", "starring", "star", "appeared", "appearing", "appearance", "hit", "reality",
            "television", "tv", "radio", "network", "channel", "sitcom", "drama", "comedy", "thriller", "program’s",
            "show’s", "about", "for", "with", "by", "read", "reads", "wrote", "authored", "published", "released");
    /** Words right after a title of a show ("“Meet the Press” host Chuck Todd"). */
    private static final Set<String> TITLE_FOLLOW = words("host", "hosts", "anchor", "co-host", "cohost",
            "program", "show", "broadcast", "interview", "segment", "appearance", "episode", "series", "special",
            "panel", "book", "film", "movie", "podcast", "column", "star", "stars", "creator", "producer",
            "author", "contestant", "sketch", "hat", "hats", "slogan", "rally", "rallies", "act", "bill",
            "campaign", "initiative", "movement", "caucus", "pledge", "doctrine", "strategy", "plan", "tour",
            "signs", "sign", "banner", "t-shirts", "shirts", "stickers", "chant", "chants");
    /** Words that present what follows as a word, a label or a name rather than speech. */
    private static final Set<String> LABEL_CONTEXT = words("word", "words", "term", "terms", "phrase", "phrases",
            "label", "labels", "so-called", "dubbed", "nicknamed", "nickname", "hashtag", "slogan", "slogans",
            "motto", "titled", "entitled", "headlined", "labeled", "labelled", "branded", "moniker", "tagline",
            "catchphrase", "buzzword", "acronym", "name", "named", "marked", "stamped", "banner", "sign", "signs",
            "reading", "emblazoned", "chanting", "chanted", "chants", "chant", "category", "categories", "known",
            "alias", "aka", "handle", "rating", "ratings", "rated", "grade", "level", "classified", "designation",
            "designated", "designations", "categorized", "listed", "spelled", "pronounced", "translated", "means",
            "meaning", "as");

    private final Tokens t;
    private final int[] quoteOf;

    QuotationJudge(Tokens tokens, int[] quoteOf) {
        this.t = tokens;
        this.quoteOf = quoteOf;
    }

    /** Whether the stretch is a title of a work or show, or a word quoted as a word or label. */
    boolean isTitleOrLabel(QuoteSpan span, int openTok, int afterTok, Attribution att) {
        String text = t.source();
        int words = countWords(text, span.start(), span.end());
        boolean titleCase = isTitleCase(text, span.start(), span.end());
        int prev = previousWord(openTok);
        String before = prev >= 0 ? t.lower(prev) : "";
        boolean possessive = prev >= 0 && (before.endsWith("’s") || before.endsWith("'s") || before.endsWith("s’"))
                && t.capitalized(prev) && prev == openTok - 1;
        String after = afterTok < t.size() && t.isWord(afterTok) ? t.lower(afterTok) : "";
        if (titleCase && words <= 12) {
            if (possessive || prev == openTok - 1 && TITLE_CONTEXT.contains(before)
                    || TITLE_FOLLOW.contains(after) && !t.breakBefore(afterTok)) {
                return true;
            }
            if (att == null && words <= 6 && !endsSentence(text, span)) {
                return true; // Sons of Trump, Make America Great Again: a title or slogan nobody is said to say
            }
        }
        if (words <= 4 && prev >= 0 && openTok - prev <= 2) {
            if (LABEL_CONTEXT.contains(before) && !(before.equals("as") && !isLabelAs(prev))) {
                return true;
            }
        }
        return false;
    }

    /** "known as", "referred to as", "described as", "classified as": a label, not speech. */
    private boolean isLabelAs(int asTok) {
        int p = asTok - 1;
        if (p < 0 || !t.isWord(p)) {
            return false;
        }
        String w = t.lower(p);
        return w.equals("known") || w.equals("classified") || w.equals("marked") || w.equals("listed")
                || w.equals("designated") || w.equals("categorized") || w.equals("labeled")
                || w.equals("labelled") || w.equals("branded") || w.equals("billed") || w.equals("identified")
                || w.equals("such") || w.equals("rated") || w.equals("ranked") || w.equals("registered");
    }

    private int previousWord(int openTok) {
        int k = openTok - 1;
        while (k >= 0 && openTok - k <= 3 && !t.isWord(k) && quoteOf[k] < 0
                && (t.isPunct(k, ',') || t.isPunct(k, '(') || t.isPunct(k, ':'))) {
            k--;
        }
        return k >= 0 && t.isWord(k) && quoteOf[k] < 0 ? k : -1;
    }

    /** Kind of a quotation at a given position in its sentence. */
    QuoteKind kind(QuoteSpan span, int openTok, int leftBound, Attribution att, boolean verbBefore) {
        String text = t.source();
        int words = countWords(text, span.start(), span.end());
        if (openTok == leftBound) {
            return words >= 3 || endsSentence(text, span) ? QuoteKind.FULL : QuoteKind.PARTIAL;
        }
        int prev = openTok - 1;
        if (t.isPunct(prev, ':') || t.isPunct(prev, ',') && verbBefore) {
            return words >= 3 ? QuoteKind.FULL : QuoteKind.PARTIAL;
        }
        if (t.isWord(prev) && verbBefore && (t.is(prev, "that") || att != null && att.cueEnd() == prev)) {
            return words >= 3 && startsClause(text, span) ? QuoteKind.FULL : QuoteKind.PARTIAL;
        }
        return QuoteKind.PARTIAL;
    }

    /** A quotation that reads as a clause of its own: starts with a capital, or with a subject word. */
    private static boolean startsClause(String text, QuoteSpan span) {
        char c = text.charAt(span.start());
        if (Chars.isUpper(c) || Chars.isDigit(c)) {
            return true;
        }
        int e = span.start();
        while (e < span.end() && Chars.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(span.start(), e);
        return !(w.equals("to") || w.equals("a") || w.equals("an") || w.equals("the") || w.equals("of")
                || w.equals("in") || w.equals("for") || w.equals("and") || w.equals("or") || w.equals("be")
                || w.equals("not") || w.equals("very") || w.equals("too") || w.equals("so") || w.equals("as")
                || w.equals("with") || w.equals("on") || w.equals("at") || w.equals("by"));
    }

    static boolean endsSentence(String text, QuoteSpan span) {
        int e = span.end() - 1;
        while (e > span.start() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019' || text.charAt(e) == ')')) {
            e--;
        }
        char c = text.charAt(e);
        return Chars.isTerminal(c);
    }

    static int countWords(String text, int s, int e) {
        int n = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean w = !Chars.isSpace(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Every word of four letters or more, and the first word, capitalised; no sentence inside. */
    static boolean isTitleCase(String text, int s, int e) {
        int i = s;
        boolean first = true;
        int capital = 0;
        while (i < e) {
            while (i < e && !Chars.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int ws = i;
            while (i < e && !Chars.isSpace(text.charAt(i))) {
                i++;
            }
            if (ws >= e) {
                break;
            }
            int letters = 0;
            for (int k = ws; k < i; k++) {
                if (Chars.isLetter(text.charAt(k))) {
                    letters++;
                }
            }
            char c = text.charAt(ws);
            if (first && !(Chars.isUpper(c) || Chars.isDigit(c))) {
                return false;
            }
            if (letters >= 4 && Chars.isLower(c)) {
                return false;
            }
            if (Chars.isUpper(c)) {
                capital++;
            }
            if (i - 1 > ws && i < e && Chars.isTerminal(text.charAt(i - 1)) && text.charAt(i - 1) != '!'
                    && text.charAt(i - 1) != '?' && i - ws > 3) {
                return false; // a sentence ends inside
            }
            first = false;
        }
        return capital > 0;
    }
}
