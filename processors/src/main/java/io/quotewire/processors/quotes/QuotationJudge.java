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
    /** Words right before the title of a show or a work ("on “Meet the Press”", "the podcast “Off Message”"). */
    private static final Set<String> TITLE_CONTEXT = words("on", "show", "program", "programme", "series",
            "film", "movie", "documentary", "album", "song", "musical", "novel", "podcast", "newsletter",
            "episode", "sitcom", "drama", "thriller", "comedy", "reboot", "co-author", "author", "anthology",
            "memoir", "television", "tv", "magazine", "column", "blog", "play", "opera", "of");
    /** Lower-case owners of a show or a work ("the channel’s “…”"). */
    private static final Set<String> MEDIA_POSSESSORS = words("channel", "network", "station", "show", "program",
            "magazine", "newspaper", "paper", "author", "studio", "series", "podcast", "website", "site");
    /** Short words a title leaves in lower case ("Flip the Script with Liz Plank"). */
    private static final Set<String> TITLE_SMALL_WORDS = words("with", "from", "into", "onto", "over", "upon",
            "than", "that", "about", "under", "without", "through", "after", "before", "across", "against");

    /** Words before "with" or "to" that make what follows someone spoken to ("an interview with “The View”"). */
    private static final Set<String> SPEAKING_TO = words("interview", "interviews", "interviewed", "speaking",
            "talking", "spoke", "talked", "speak", "talk", "appearance", "conversation");

    /** Words right after the title of a show ("“Meet the Press” host Chuck Todd"). */
    private static final Set<String> TITLE_FOLLOW = words("host", "hosts", "anchor", "co-host", "cohost",
            "program", "show", "broadcast", "segment", "episode", "series", "podcast", "star", "stars", "creator",
            "producer", "contestant", "sketch", "tv", "reboot", "franchise", "season", "actor", "actress",
            "cast", "movie", "film", "novel", "author", "album", "song");

    /** Words that present what follows as a word, a label or a name rather than as speech. */
    private static final Set<String> LABEL_CONTEXT = words("word", "words", "term", "terms", "phrase", "label",
            "so-called", "dubbed", "nicknamed", "nickname", "hashtag", "moniker", "tagline", "catchphrase",
            "buzzword", "acronym", "alias", "aka", "handle", "stamped", "emblazoned", "marked", "headlined",
            "entitled", "titled", "slogan", "motto");
    /** Things a slogan is printed on ("“Make America Great Again” hats"). */
    private static final Set<String> SLOGAN_CARRIERS = words("hat", "hats", "cap", "caps", "shirt", "shirts",
            "t-shirt", "t-shirts", "sign", "signs", "banner", "banners", "sticker", "stickers", "button",
            "buttons", "placard", "placards", "poster", "posters", "mug", "mugs", "logo", "bumper", "sweatshirt",
            "sweatshirts", "jersey", "flag", "flags");

    private final Tokens t;
    private final int[] quoteOf;

    QuotationJudge(Tokens tokens, int[] quoteOf) {
        this.t = tokens;
        this.quoteOf = quoteOf;
    }

    /**
     * Whether the stretch is the title of a show or a work: title case, after a network's possessive or "on",
     * or before "host", "show". (Slogans, chants, coined phrases and labels are kept: they are someone's words.)
     */
    boolean isTitle(QuoteSpan span, int openTok, int afterTok) {
        String text = t.source();
        int words = countWords(text, span.start(), span.end());
        if (words > 12 || !isTitleCase(text, span.start(), span.end())) {
            return false;
        }
        int prev = openTok - 1;
        if (prev >= 0 && t.isWord(prev) && quoteOf[prev] < 0) {
            String before = t.lower(prev);
            boolean possessive = (before.endsWith("’s") || before.endsWith("'s") || before.endsWith("s’"))
                    && (t.capitalized(prev) || MEDIA_POSSESSORS.contains(AttributionFinder.stripS(before)));
            boolean of = before.equals("of") && prev > 0 && t.isWord(prev - 1)
                    && TITLE_CONTEXT.contains(t.lower(prev - 1));
            // a show one speaks to: "told “Fox and Friends”", "in an interview with “The View”"
            boolean addressed = before.equals("told") || (before.equals("with") || before.equals("to")) && prev > 0
                    && t.isWord(prev - 1) && SPEAKING_TO.contains(t.lower(prev - 1));
            if (possessive || of || addressed || !before.equals("of") && TITLE_CONTEXT.contains(before)) {
                return true;
            }
        }
        if (prev >= 0 && t.isPunct(prev, ',') && prev > 0 && t.isWord(prev - 1) && quoteOf[prev - 1] < 0
                && TITLE_CONTEXT.contains(t.lower(prev - 1))) {
            return true; // the Netflix thriller, “Bloodline,”
        }
        return afterTok < t.size() && t.isWord(afterTok) && !t.breakBefore(afterTok)
                && TITLE_FOLLOW.contains(t.lower(afterTok));
    }

    /**
     * Whether a short stretch is a word or name quoted as such ("the term “pivot”", "so-called “X”", "known as
     * “Guccifer”") or a slogan on a thing ("“Make America Great Again” hats"), with no verb reporting it beside.
     */
    boolean isLabel(QuoteSpan span, int openTok, int afterTok, Attribution att) {
        if (att != null && att.adjacent()) {
            return false;
        }
        String text = t.source();
        int words = countWords(text, span.start(), span.end());
        if (words > 5) {
            return false;
        }
        if (afterTok < t.size() && t.isWord(afterTok) && !t.breakBefore(afterTok) && !endsSentence(text, span)
                && SLOGAN_CARRIERS.contains(t.lower(afterTok))) {
            return true;
        }
        int prev = openTok - 1;
        if (prev >= 0 && t.isPunct(prev, ',')) {
            prev--;
        }
        if (prev < 0 || !t.isWord(prev) || quoteOf[prev] >= 0) {
            return false;
        }
        String before = t.lower(prev);
        if (LABEL_CONTEXT.contains(before)) {
            return true;
        }
        return before.equals("as") && prev > 0 && t.isWord(prev - 1)
                && (t.is(prev - 1, "known") || t.is(prev - 1, "such"));
    }

    /**
     * Whether the stretch is the headline of a linked story with its byline, as newsletters list them
     * ("—“Museum names a new director,” by the Post's Jane Roe: …"): a comma closes it inside the marks, and "by"
     * and a possessive outlet follow. Nobody is quoted; a quotation "by" someone is not followed by a possessive.
     */
    boolean isBylinedHeadline(QuoteSpan span, int afterTok) {
        String text = t.source();
        if (text.charAt(span.end() - 1) != ',' || afterTok >= t.size() || !t.is(afterTok, "by")) {
            return false;
        }
        int k = afterTok + 1;
        if (k < t.size() && t.is(k, "the")) {
            k++;
        }
        for (int n = 0; k < t.size() && n < 6 && t.isWord(k) && !t.breakBefore(k) && t.capitalized(k); k++, n++) {
            String w = t.lower(k);
            boolean apostropheNext = k + 1 < t.size() && !t.isWord(k + 1) && t.start(k + 1) == t.end(k)
                    && (t.first(k + 1) == '\'' || t.first(k + 1) == '\u2019');
            if (w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s") && apostropheNext) {
                return true;
            }
        }
        return false;
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
            if (letters >= 4 && Chars.isLower(c)
                    && !TITLE_SMALL_WORDS.contains(text.substring(ws, i).toLowerCase(java.util.Locale.ROOT))) {
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
