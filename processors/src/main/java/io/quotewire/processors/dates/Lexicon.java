package io.quotewire.processors.dates;


/**
 * The words the temporal grammar knows, looked up straight from the text (case-insensitive, no allocation).
 * Built once; immutable afterwards, so it is safe to share between threads.
 */
final class Lexicon {

    /** Words the grammar refers to by name. */
    enum W {
        THE, THIS, THAT, THESE, LAST, NEXT, PAST, COMING, PREVIOUS, FOLLOWING, CURRENT, LATEST, RECENT, SAME,
        EARLY, LATE, MID, MIDDLE, END, BEGINNING, START, EARLIER, LATER, OF, IN, ON, AT, BY, FOR, FROM, TO,
        EVERY, EACH, PER, A, AN, AGO, BEFORE, AFTER, HENCE, NOW, TODAY, YESTERDAY, TOMORROW, TONIGHT,
        OVERNIGHT, CURRENTLY, RECENTLY, LATELY, SOON, FUTURE, PREVIOUSLY, FORMERLY, NOWADAYS, NEAR, TERM,
        SHORT, LONG, DAILY, WEEKLY, MONTHLY, YEARLY, ANNUALLY, QUARTERLY, HOURLY, NIGHTLY, FISCAL, HALF,
        NEARLY, ALMOST, ABOUT, AROUND, ROUGHLY, APPROXIMATELY, OVER, MORE, LESS, FEWER, THAN, LEAST, UP,
        WITHIN, UNDER, NO, SOME, FEW, COUPLE, SEVERAL, MANY, DOZEN, NOON, MIDNIGHT, AM, PM, OCLOCK,
        YEAR_EARLIER, YEAR_AGO, ENDED, ENDING, PERIOD, FULL, FIRST, RIGHT, PRESENT, OTHER, ONCE, TWICE, TIMES,
        ENTIRE, WHOLE, REST, REMAINDER, FINAL, BETWEEN, AND, OR, SO, S, WILL, LL, SHALL, SCHEDULED, EXPECTED,
        PLANS, PLANNED, DUE, SLATED, SAID, SAYS, TOLD, ANNOUNCED, REPORTED, DAY, EVE, CHRISTMAS, NEW,
        THANKSGIVING, HALLOWEEN, INDEPENDENCE, LABOR, MEMORIAL, VALENTINE, EASTER, COMPARABLE, CORRESPONDING,
        YEAR, AGE, OLD, SINCE, UNTIL, THROUGH, DURING, MORNING_PART, WAS, WERE, HAD, DID, WOULD, GO, GOING,
        HUNDRED, THOUSAND, NINETEEN, BC, AD, ZONE, REMAINING, AS, ADDITIONAL, BEEN, AHEAD, ELECTION
    }

    enum Unit {
        SECOND("S", true, 1), MINUTE("M", true, 1), HOUR("H", true, 1), DAY("D", false, 1), WEEK("W", false, 1),
        FORTNIGHT("W", false, 2), MONTH("M", false, 1), QUARTER("Q", false, 1), YEAR("Y", false, 1),
        DECADE("Y", false, 10), CENTURY("Y", false, 100), WEEKEND("D", false, 2), NIGHT("D", false, 1);

        final String letter;
        final boolean time;
        final int factor;

        Unit(String letter, boolean time, int factor) {
            this.letter = letter;
            this.time = time;
            this.factor = factor;
        }
    }

    /** What one word can be. Unused facets are 0, -1 or null. */
    static final class Entry {
        final W word;
        final int month;          // 1..12
        final boolean abbrev;     // a month or weekday abbreviation ("Jan", "Fri")
        final int weekday;        // 1..7, Monday first
        final boolean plural;     // "Mondays", "years"
        final int number;         // spelled cardinal, else -1
        final int tens;           // "twenty" .. "ninety" (also in number), else -1
        final int ordinal;        // spelled ordinal
        final Unit unit;
        final String part;        // MO AF EV NI
        final String season;      // SP SU FA WI
        final int decadeWord;     // "twenties" .. "nineties": 2..9, else -1
        final boolean fuzzy;      // "few", "several", "many", "some"
        final boolean futureMarker;
        /** A future marker only when "to" follows: "plans to", "is to", "expected to". */
        final boolean futureBeforeTo;
        final boolean reporting;
        /** An expression can begin at this word (so the scanner tries its grammars there). */
        final boolean canStart;

        private Entry(Draft d) {
            word = d.word;
            month = d.month;
            abbrev = d.abbrev;
            weekday = d.weekday;
            plural = d.plural;
            number = d.number;
            tens = d.tens;
            ordinal = d.ordinal;
            unit = d.unit;
            part = d.part;
            season = d.season;
            decadeWord = d.decadeWord;
            fuzzy = d.fuzzy;
            futureMarker = d.futureMarker;
            futureBeforeTo = d.futureBeforeTo;
            reporting = d.reporting;
            canStart = (word != null && !NEVER_FIRST.contains(word)) || month > 0 || weekday > 0 || number >= 0
                    || ordinal > 0 || unit != null || part != null || season != null || decadeWord > 0 || fuzzy;
        }
    }

    /** Words the grammars use only after an expression's first word. */
    private static final java.util.Set<W> NEVER_FIRST = java.util.EnumSet.of(W.OF, W.IN, W.ON, W.TO, W.FOR,
            W.FROM, W.BY, W.AND, W.OR, W.SO, W.S, W.WILL, W.LL, W.SHALL, W.SCHEDULED, W.EXPECTED, W.PLANS, W.PLANNED,
            W.DUE, W.SLATED, W.SAID, W.SAYS, W.TOLD, W.ANNOUNCED, W.REPORTED, W.WAS, W.WERE, W.HAD, W.DID, W.WOULD,
            W.GO, W.GOING, W.AGO, W.BEFORE, W.AFTER, W.HENCE, W.THAN, W.LEAST, W.ENDED, W.ENDING, W.AS, W.BEEN,
            W.AHEAD, W.SINCE, W.UNTIL, W.THROUGH, W.DURING, W.BETWEEN, W.OTHER, W.TIMES, W.ONCE, W.TWICE, W.OLD,
            W.AGE, W.ZONE, W.AM, W.PM, W.OCLOCK, W.TERM, W.SHORT, W.LONG, W.NEAR, W.HALF, W.FULL, W.ENTIRE, W.WHOLE,
            W.REST, W.REMAINDER, W.FINAL, W.PERIOD, W.EVE, W.HUNDRED, W.THOUSAND, W.BC, W.AD, W.REMAINING,
            W.ADDITIONAL, W.MIDDLE, W.END, W.BEGINNING, W.START, W.SAME, W.PRESENT, W.COMPARABLE, W.CORRESPONDING);

    /** The facets of a word while the table is being built. */
    private static final class Draft {
        W word;
        int month;
        boolean abbrev;
        int weekday;
        boolean plural;
        int number = -1;
        int tens = -1;
        int ordinal;
        Unit unit;
        String part;
        String season;
        int decadeWord = -1;
        boolean fuzzy;
        boolean futureMarker;
        boolean futureBeforeTo;
        boolean reporting;
    }

    private static final int SIZE = 1024;
    private static final char[][] KEYS = new char[SIZE][];
    /** Built once in the static initializer, never written afterwards. */
    private static final Entry[] VALUES = new Entry[SIZE];

    /** Scratch table of the static initializer only. */
    private static final Draft[] DRAFTS = new Draft[SIZE];

    static {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            entry(months[m]).month = m + 1;
        }
        String[][] abbrevs = {{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"}, {"aug"}, {"sep", "sept"},
                {"oct"}, {"nov"}, {"dec"}};
        for (int m = 0; m < 12; m++) {
            for (String a : abbrevs[m]) {
                Draft e = entry(a);
                e.month = m + 1;
                e.abbrev = true;
            }
        }
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) {
            entry(days[d]).weekday = d + 1;
            Draft p = entry(days[d] + "s");
            p.weekday = d + 1;
            p.plural = true;
        }
        String[][] dayAbbrevs = {{"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"},
                {"sun"}};
        for (int d = 0; d < 7; d++) {
            for (String a : dayAbbrevs[d]) {
                Draft e = entry(a);
                e.weekday = d + 1;
                e.abbrev = true;
            }
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < ones.length; k++) {
            entry(ones[k]).number = k;
        }
        entry("nineteen").word = W.NINETEEN;
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] decades = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"};
        for (int k = 0; k < tens.length; k++) {
            Draft e = entry(tens[k]);
            e.number = (k + 2) * 10;
            e.tens = (k + 2) * 10;
            entry(decades[k]).decadeWord = k + 2;
        }
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"};
        for (int k = 0; k < ordinals.length; k++) {
            entry(ordinals[k]).ordinal = k + 1;
        }
        entry("first").word = W.FIRST;
        entry("thirtieth").ordinal = 30;
        unit("second", Unit.SECOND, false);
        unit("seconds", Unit.SECOND, true);
        unit("minute", Unit.MINUTE, false);
        unit("minutes", Unit.MINUTE, true);
        unit("hour", Unit.HOUR, false);
        unit("hours", Unit.HOUR, true);
        unit("day", Unit.DAY, false);
        unit("days", Unit.DAY, true);
        entry("day").word = W.DAY;
        unit("week", Unit.WEEK, false);
        unit("weeks", Unit.WEEK, true);
        unit("fortnight", Unit.FORTNIGHT, false);
        unit("month", Unit.MONTH, false);
        unit("months", Unit.MONTH, true);
        unit("quarter", Unit.QUARTER, false);
        unit("quarters", Unit.QUARTER, true);
        unit("year", Unit.YEAR, false);
        entry("year").word = W.YEAR;
        unit("years", Unit.YEAR, true);
        unit("yr", Unit.YEAR, false);
        unit("yrs", Unit.YEAR, true);
        unit("decade", Unit.DECADE, false);
        unit("decades", Unit.DECADE, true);
        unit("century", Unit.CENTURY, false);
        unit("centuries", Unit.CENTURY, true);
        unit("weekend", Unit.WEEKEND, false);
        unit("weekends", Unit.WEEKEND, true);
        entry("morning").part = "MO";
        entry("mornings").part = "MO";
        entry("mornings").plural = true;
        entry("afternoon").part = "AF";
        entry("afternoons").part = "AF";
        entry("afternoons").plural = true;
        entry("evening").part = "EV";
        entry("evenings").part = "EV";
        entry("evenings").plural = true;
        entry("night").part = "NI";
        entry("nights").part = "NI";
        entry("nights").plural = true;
        entry("spring").season = "SP";
        entry("summer").season = "SU";
        entry("fall").season = "FA";
        entry("autumn").season = "FA";
        entry("winter").season = "WI";
        for (String f : new String[]{"few", "several", "many", "some", "couple"}) {
            entry(f).fuzzy = true;
        }
        for (String f : new String[]{"will", "ll", "shall", "would", "scheduled", "slated", "upcoming",
                "deadline", "soon", "tomorrow", "postponed"}) {
            entry(f).futureMarker = true;
        }
        for (String f : new String[]{"expected", "plans", "planned", "plan", "planning", "expects", "hopes",
                "intends", "aims", "going", "set", "due", "is", "are"}) {
            entry(f).futureBeforeTo = true;
        }
        for (String f : new String[]{"said", "says", "told", "announced", "reported", "added", "stated", "declared",
                "testified", "wrote", "explained", "noted", "insisted", "warned", "acknowledged", "confirmed",
                "denied", "disclosed", "revealed", "argued", "claimed", "asserted", "conceded", "admitted",
                "responded", "replied", "commented", "remarked", "predicted", "urged", "tweeted", "posted"}) {
            entry(f).reporting = true;
        }
        for (W w : W.values()) {
            String s = w.name().toLowerCase(java.util.Locale.ROOT);
            switch (w) {
                case YEAR_EARLIER, YEAR_AGO, MORNING_PART, ZONE, OCLOCK, AM, PM, LL, S -> {
                }
                default -> {
                    Draft e = entry(s);
                    if (e.word == null) {
                        e.word = w;
                    }
                }
            }
        }
        entry("am").word = W.AM;
        entry("pm").word = W.PM;
        entry("ll").word = W.LL;
        entry("s").word = W.S;
        entry("o'clock").word = W.OCLOCK;
        entry("oclock").word = W.OCLOCK;
        entry("plan").word = W.PLANS;
        entry("expects").word = W.EXPECTED;
        entry("thanksgiving").word = W.THANKSGIVING;
        entry("valentine").word = W.VALENTINE;
        entry("valentines").word = W.VALENTINE;
        entry("xmas").word = W.CHRISTMAS;
        for (String z : new String[]{"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst",
                "cet", "cest", "et", "pt", "ct"}) {
            entry(z).word = W.ZONE;
        }
        entry("midyear").word = W.MID;
        entry("midday").word = W.NOON;
        entry("yearend").word = W.END;
        for (int k = 0; k < SIZE; k++) {
            if (DRAFTS[k] != null) {
                VALUES[k] = new Entry(DRAFTS[k]);
                DRAFTS[k] = null;
            }
        }
    }

    private Lexicon() {
    }

    private static void unit(String s, Unit u, boolean plural) {
        Draft e = entry(s);
        e.unit = u;
        e.plural = plural;
    }

    private static Draft entry(String s) {
        int slot = slot(s, 0, s.length());
        if (KEYS[slot] == null) {
            KEYS[slot] = s.toCharArray();
            DRAFTS[slot] = new Draft();
        }
        return DRAFTS[slot];
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = hashStep(h, s.charAt(i));
        }
        return slotOf(h);
    }

    /** One char more of a word's hash: a caller that reads the word anyway hashes it as it goes. */
    static int hashStep(int h, char c) {
        return h * 31 + lower(c);
    }

    private static int slotOf(int h) {
        return (h ^ (h >>> 13)) & (SIZE - 1);
    }

    private static char lower(char c) {
        if (c <= 'Z' && c >= 'A') {
            return (char) (c + 32);
        }
        if (c < 128) {
            return c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        return c;
    }

    private static int slot(String s, int from, int to) {
        int h = hash(s, from, to);
        while (KEYS[h] != null && !same(KEYS[h], s, from, to)) {
            h = (h + 1) & (SIZE - 1);
        }
        return h;
    }

    private static boolean same(char[] key, String s, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(s.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry of {@code s[from, to)}, or null for a word the grammar does not know; {@code wordHash} is the word's
     * hash made by {@link #hashStep} over its chars.
     */
    static Entry lookup(String s, int from, int to, int wordHash) {
        if (to - from > 14) {
            return null;
        }
        return probe(s, from, to, slotOf(wordHash));
    }

    private static Entry probe(String s, int from, int to, int slot) {
        int h = slot;
        while (KEYS[h] != null) {
            if (same(KEYS[h], s, from, to)) {
                return VALUES[h];
            }
            h = (h + 1) & (SIZE - 1);
        }
        return null;
    }
}
