package io.quotewire.processors.dates;

import io.quotewire.core.TemporalExpression;
import io.quotewire.core.TextOffsets;
import io.quotewire.core.TimexType;
import io.quotewire.processors.Deadline;
import io.quotewire.processors.dates.Lexicon.Entry;
import io.quotewire.processors.dates.Lexicon.Unit;
import io.quotewire.processors.dates.Lexicon.W;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One pass of the temporal grammar over one body's tokens. Every matcher looks at a bounded number of tokens from
 * its start, so the scan is linear in the body. Holds the per-article discourse state (the last quarter and year
 * mentioned), so it is used by one thread for one article.
 */
final class TimexScanner {
    private static final Set<String> COUNTED_NOUNS = Set.of("people", "shares", "troops", "soldiers", "workers",
            "employees", "jobs", "members", "dollars", "yen", "marks", "francs", "pounds", "tons", "tonnes", "barrels",
            "cars", "vehicles", "units", "feet", "miles", "meters", "metres", "acres", "points", "students", "homes",
            "houses", "votes", "deaths", "cases", "refugees", "prisoners", "delegates", "seats", "pages", "copies",
            "items", "hectares", "kilometers", "km", "kg", "ounces", "gallons", "flights", "passengers",
            "men", "women", "children", "officers", "stores", "patients", "residents", "families", "words");

    /** Nouns after "today's" that make it mean the present age rather than the publication day. */
    private static final Set<String> GENERIC_NOW = Set.of("youth", "world", "society", "generation", "children",
            "kids", "young", "teenagers", "families", "economy", "technology", "standards", "computers", "personal",
            "modern", "global", "workplace", "culture", "students", "politics", "dollars", "prices", "market",
            "markets", "climate", "media", "parents", "women", "men");

    private static final Set<String> IRREGULAR_PAST = Set.of("became", "came", "went", "left", "got", "took",
            "began", "fell", "rose", "gave", "made", "found", "saw", "grew", "spread", "sold", "bought", "met", "won",
            "lost", "led", "ran", "broke");

    /** One match: tokens [start, end) of the scanner, the TIMEX3 type and value. */
    record M(int end, TimexType type, String value) {
    }

    private static final double AHEAD = 2.0;
    /** A past-tense clause still allows a date a few weeks ahead ("extended to Nov. 16"), not months. */
    private static final double PAST_AHEAD = 4.0;

    private final Tokens t;
    private final Deadline deadline;
    private final LocalDate ref;
    private final int refQuarter;
    private int ctxQuarterYear;
    private int ctxQuarter;
    private boolean hasQuarterCtx;
    private int anchorYear = Integer.MIN_VALUE;
    private int anchorMonth;
    private LocalDate anchorDay;

    TimexScanner(Tokens tokens, LocalDate reference) {
        this(tokens, reference, Deadline.NONE);
    }

    TimexScanner(Tokens tokens, LocalDate reference, Deadline deadline) {
        this.deadline = deadline;
        this.t = tokens;
        this.ref = reference;
        this.refQuarter = Timex.quarterOf(reference);
    }

    List<TemporalExpression> run() {
        List<TemporalExpression> out = new ArrayList<>();
        TextOffsets offsets = TextOffsets.of(t.text);
        int i = 0;
        while (i < t.n) {
            deadline.tick("temporal tagging");
            if (!candidate(i)) {
                i++;
                continue;
            }
            M m;
            try {
                m = matchAt(i);
            } catch (DateTimeException | ArithmeticException e) {
                m = null;
            }
            if (m == null || m.end <= i) {
                i++;
                continue;
            }
            if (m.value == null || !inCalendarRange(m.value) || title(i, m.end)) {
                i = m.end; // an impossible date: no expression, and no part of it either
                continue;
            }
            int b = t.start[i];
            int e = t.end[m.end - 1];
            out.add(new TemporalExpression(offsets.toCodePoint(b), offsets.toCodePoint(e), t.text.substring(b, e),
                    m.type, m.value));
            if (m.type == TimexType.DATE || m.type == TimexType.TIME) {
                remember(m.value);
            }
            i = m.end;
        }
        return out;
    }

    /** "This Week" in capitals inside a sentence: a programme's title. */
    private boolean title(int b, int e) {
        return e - b == 2 && t.is(b, W.THIS) && t.cap[b] && t.cap[b + 1] && !t.boundaryBefore(b);
    }

    /** Arithmetic far from the reference can leave years 0000-9999: such values are dropped. */
    private static boolean inCalendarRange(String v) {
        int digits = 0;
        while (digits < v.length() && Character.isDigit(v.charAt(digits))) {
            digits++;
        }
        return v.charAt(0) != '-' && digits <= 4 && (digits == 0 || digits >= 2);
    }

    private boolean candidate(int i) {
        byte k = t.kind[i];
        if (k == Tokens.NUM) {
            return true;
        }
        if (k == Tokens.PUNCT) {
            return t.num[i] == '\'' || t.num[i] == '\u2019';
        }
        return t.entry[i] != null && t.entry[i].canStart;
    }

    private static M longer(M a, M b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.end > a.end) {
            return b;
        }
        return a;
    }

    M matchAt(int i) {
        M best = modified(i);
        best = longer(best, core(i));
        if (best != null) {
            best = withClock(best);
        }
        return best;
    }

    private M core(int i) {
        if (i >= t.n) {
            return null;
        }
        M best = absolute(i);
        best = longer(best, relative(i));
        best = longer(best, quarter(i));
        best = longer(best, set(i));
        best = longer(best, duration(i));
        best = longer(best, clock(i));
        best = longer(best, refs(i));
        best = longer(best, holiday(i));
        return best;
    }

    // ------------------------------------------------------------------ modifiers

    /** early/late/mid/earlier/later/the end of/fiscal ... before a date: the date's value, the longer extent. */
    private M modified(int i) {
        int j = modifierEnd(i);
        if (j <= i) {
            return null;
        }
        M inner = core(j);
        if (inner == null) {
            int k = modifierEnd(j);
            if (k > j) {
                inner = core(k);
            }
        }
        if (inner == null || inner.value == null || inner.type == TimexType.DURATION || inner.type == TimexType.SET) {
            return null;
        }
        return new M(inner.end, inner.type, inner.value);
    }

    private int modifierEnd(int i) {
        Entry e = t.e(i);
        if (e == null || e.word == null) {
            return i;
        }
        switch (e.word) {
            case EARLY, LATE, FISCAL:
                if (t.isPunct(i + 1, '-') && t.glued(i + 1)) {
                    return i + 2;
                }
                return i + 1;
            case MID:
                if (t.isPunct(i + 1, '-')) {
                    return i + 2;
                }
                return i + 1;
            case THE: {
                Entry f = t.e(i + 1);
                if (f == null || f.word == null) {
                    return i;
                }
                switch (f.word) {
                    case END, BEGINNING, START, MIDDLE, REST, REMAINDER:
                        if (t.is(i + 2, W.OF)) {
                            return i + 3;
                        }
                        return i;
                    case EARLY, LATE:
                        return i + 2;
                    case MID:
                        return t.isPunct(i + 2, '-') ? i + 3 : i + 2;
                    case YEAR:
                        return i + 2;
                    default:
                        return i;
                }
            }
            default:
                return i;
        }
    }

    // ------------------------------------------------------------------ absolute dates

    private M absolute(int i) {
        Entry e = t.e(i);
        M best = null;
        if (e != null && e.weekday > 0 && !e.plural && t.cap[i]) {
            int k = i + 1;
            if (e.abbrev && t.isPunct(k, '.')) {
                k++;
            }
            if (t.isPunct(k, ',')) {
                k++;
            }
            M md = monthDay(k, true);
            if (md != null && md.value != null && md.value.length() == 10) {
                best = md;
            }
        }
        if (e != null && e.month > 0) {
            best = longer(best, monthDay(i, false));
        }
        if (t.kind[i] == Tokens.NUM) {
            best = longer(best, dayMonth(i));
            best = longer(best, numeric(i));
            best = longer(best, year(i));
            best = longer(best, decade(i));
            best = longer(best, century(i));
        } else if (t.kind[i] == Tokens.PUNCT) {
            best = longer(best, decade(i));
        } else {
            best = longer(best, decade(i));
            best = longer(best, century(i));
            best = longer(best, spelledYear(i));
        }
        return best;
    }

    private boolean plausibleYear(int i) {
        if (!t.isNum(i) || t.digits(i) != 4) {
            return false;
        }
        int y = t.num[i];
        if (y < 1000 || y > 2099) {
            return false;
        }
        // part of a larger number: 1,998 / 19.98 / $1998
        if (i >= 1 && t.glued(i) && t.kind[i - 1] == Tokens.PUNCT) {
            int c = t.num[i - 1];
            if (c == '$' || c == '#' || c == '\u00a3' || c == '\u20ac' || c == '+') {
                return false;
            }
            if ((c == ',' || c == '.') && i >= 2 && t.isNum(i - 2) && t.glued(i - 1)) {
                return false;
            }
        }
        if (i + 1 < t.n && t.glued(i + 1) && t.kind[i + 1] == Tokens.PUNCT) {
            int c = t.num[i + 1];
            if ((c == ',' || c == '.' || c == ':') && t.isNum(i + 2) && t.glued(i + 2)) {
                return false;
            }
            if (c == '%') {
                return false;
            }
        }
        if (i + 1 < t.n && t.glued(i + 1) && t.kind[i + 1] == Tokens.WORD) {
            return false;
        }
        return true;
    }

    private M year(int i) {
        if (!plausibleYear(i)) {
            return null;
        }
        int y = t.num[i];
        if (i + 1 < t.n && t.kind[i + 1] == Tokens.WORD && !t.glued(i + 1)) {
            String next = t.text.substring(t.start[i + 1], t.end[i + 1]).toLowerCase(java.util.Locale.ROOT);
            if (COUNTED_NOUNS.contains(next)) {
                return null;
            }
        }
        if (i + 1 < t.n && t.kind[i + 1] == Tokens.WORD && !t.cap[i + 1] && !t.glued(i + 1) && !yearPreposition(i - 1)) {
            int len = t.end[i + 1] - t.start[i + 1];
            if (len > 3 && t.text.charAt(t.end[i + 1] - 1) == 's' && t.text.charAt(t.end[i + 1] - 2) != 's'
                    && t.e(i + 1) == null) {
                return null; // "2000 trucks"
            }
        }
        if (y < 1500 && !(t.is(i - 1, W.IN) || t.is(i - 1, W.SINCE) || t.is(i - 1, W.YEAR))) {
            return null;
        }
        return new M(i + 1, TimexType.DATE, Timex.year(y));
    }

    private boolean yearPreposition(int k) {
        Entry e = t.e(k);
        if (e == null || e.word == null) {
            return false;
        }
        switch (e.word) {
            case IN, SINCE, BY, OF, FROM, UNTIL, TO, BEFORE, AFTER, DURING, THROUGH, BETWEEN, FOR, FISCAL, YEAR, EARLY,
                    LATE, MID, END, THE:
                return true;
            default:
                return false;
        }
    }

    private M decade(int i) {
        int j = i;
        if (t.is(j, W.THE)) {
            j++;
        }
        // 1990s, 1990's
        if (t.isNum(j) && t.digits(j) == 4 && t.num[j] % 10 == 0 && t.num[j] >= 1000 && t.num[j] <= 2090) {
            int k = j + 1;
            if ((t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) && t.glued(k)) {
                k++;
            }
            if (t.is(k, W.S) && t.glued(k)) {
                return new M(k + 1, TimexType.DATE, Timex.decade(t.num[j]));
            }
            return null;
        }
        // '90s
        if ((t.isPunct(j, '\'') || t.isPunct(j, '\u2019')) && t.isNum(j + 1) && t.glued(j + 1) && t.digits(j + 1) == 2
                && t.num[j + 1] % 10 == 0 && t.is(j + 2, W.S) && t.glued(j + 2)) {
            int y = twoDigitDecade(t.num[j + 1]);
            return new M(j + 3, TimexType.DATE, Timex.decade(y));
        }
        // 90s
        if (t.isNum(j) && t.digits(j) == 2 && t.num[j] % 10 == 0 && t.is(j + 1, W.S) && t.glued(j + 1) && j > i) {
            int y = twoDigitDecade(t.num[j]);
            return new M(j + 2, TimexType.DATE, Timex.decade(y));
        }
        // the nineties
        Entry e = t.e(j);
        if (j > i && e != null && e.decadeWord > 0) {
            int y = 1900 + e.decadeWord * 10;
            return new M(j + 1, TimexType.DATE, Timex.decade(y));
        }
        return null;
    }

    private int twoDigitDecade(int yy) {
        int y = 1900 + yy;
        return y + 100 <= ref.getYear() + 5 ? y + 100 : y;
    }

    private M century(int i) {
        int j = i;
        if (t.is(j, W.THE)) {
            j++;
        }
        int n = 0;
        int k = j;
        Entry e = t.e(j);
        if (e != null && e.ordinal > 0) {
            n = e.ordinal;
            k = j + 1;
        } else if (t.isNum(j) && t.digits(j) <= 2 && t.kind[j + 1 < t.n ? j + 1 : j] == Tokens.WORD && t.glued(j + 1)) {
            n = t.num[j];
            k = j + 2;
        }
        if (n <= 0 || n > 21) {
            return null;
        }
        if (t.isPunct(k, '-')) {
            k++;
        }
        Entry u = t.e(k);
        if (u == null || u.unit != Unit.CENTURY || u.plural) {
            return null;
        }
        return new M(k + 1, TimexType.DATE, Timex.pad(n - 1, 2));
    }

    private M spelledYear(int i) {
        Entry e = t.e(i);
        if (e == null) {
            return null;
        }
        if (e.word == W.NINETEEN) {
            int j = i + 1;
            Entry f = t.e(j);
            if (f == null) {
                return null;
            }
            if (f.tens > 0) {
                int y = 1900 + f.tens;
                int k = j + 1;
                if (t.isPunct(k, '-') && t.e(k + 1) != null && t.e(k + 1).number > 0 && t.e(k + 1).number < 10) {
                    y += t.e(k + 1).number;
                    k += 2;
                } else if (t.e(k) != null && t.e(k).number > 0 && t.e(k).number < 10 && t.e(k).tens < 0) {
                    y += t.e(k).number;
                    k++;
                }
                return new M(k, TimexType.DATE, Timex.year(y));
            }
            if (f.number >= 10 && f.number < 20) {
                return new M(j + 1, TimexType.DATE, Timex.year(1900 + f.number));
            }
            return null;
        }
        if (e.number == 2 && t.is(i + 1, W.THOUSAND) && (t.is(i - 1, W.YEAR) || t.is(i - 1, W.IN)
                || t.is(i - 1, W.BY) || t.is(i - 1, W.SINCE) || t.is(i - 1, W.UNTIL))) {
            int y = 2000;
            int k = i + 2;
            if (t.is(k, W.AND)) {
                k++;
            }
            Entry f = t.e(k);
            if (f != null && f.number > 0 && f.number < 20) {
                y += f.number;
                k++;
            } else if (k > i + 2) {
                k--;
            }
            return new M(k, TimexType.DATE, Timex.year(y));
        }
        return null;
    }

    /** Month [.] day [,] [year] / month [of|,] year / month alone. */
    private M monthDay(int i, boolean afterWeekday) {
        Entry e = t.e(i);
        if (e == null || e.month == 0 || !t.cap[i]) {
            return null;
        }
        int m = e.month;
        int j = i + 1;
        boolean dotted = false;
        if (t.isPunct(j, '.') && t.glued(j)) {
            j++;
            dotted = true;
        }
        if (e.abbrev && !dotted && !t.isNum(j)) {
            return null;
        }
        int day = 0;
        int k = j;
        if (t.isNum(j) && t.digits(j) <= 2 && t.num[j] >= 1 && t.num[j] <= 31 && !(t.isPunct(j + 1, ':')
                && t.glued(j + 1) && t.isNum(j + 2) && t.glued(j + 2)) && !(t.isPunct(j + 1, '.') && t.isNum(j + 2) && t.glued(j + 2))) {
            day = t.num[j];
            k = j + 1;
            if (k < t.n && t.kind[k] == Tokens.WORD && t.glued(k) && isOrdinalSuffix(k)) {
                k++;
            }
        } else if (t.e(j) != null && t.e(j).ordinal > 0 && !(t.e(j + 1) != null && t.e(j + 1).unit != null)) {
            day = t.e(j).ordinal;
            k = j + 1;
        }
        if (day > 0) {
            int k2 = k;
            if (t.isPunct(k2, ',')) {
                k2++;
            }
            if (plausibleYear(k2)) {
                return dayOrSkip(k2 + 1, t.num[k2], m, day);
            }
            if (t.isNum(k2) && t.digits(k2) == 2 && (t.isPunct(k2 - 1, '\'') || t.isPunct(k2 - 1, '\u2019'))) {
                // Jan. 3 '98 - rare; ignore the year part
                return dayOrSkip(k, resolveMonthDay(m, day, i));
            }
            return dayOrSkip(k, resolveMonthDay(m, day, i));
        }
        if (afterWeekday) {
            return null;
        }
        int k2 = j;
        if (t.is(k2, W.OF) || t.isPunct(k2, ',')) {
            k2++;
        }
        if (plausibleYear(k2)) {
            return new M(k2 + 1, TimexType.DATE, Timex.month(t.num[k2], m));
        }
        int relYear = relativeYear(j);
        if (relYear != Integer.MIN_VALUE && !e.abbrev) {
            return new M(j + 2, TimexType.DATE, Timex.month(relYear, m));
        }
        M spelled = spelledYear(k2);
        if (spelled != null && !e.abbrev) {
            return new M(spelled.end, TimexType.DATE, spelled.value + "-" + Timex.pad(m, 2));
        }
        if (e.abbrev && !(dotted && monthContext(i))) {
            return null;
        }
        if ((m == 5 || m == 3) && !monthContext(i)) {
            return null;
        }
        int y = resolveMonthYear(m, i);
        return new M(dotted && e.abbrev ? j : i + 1, TimexType.DATE, Timex.month(y, m));
    }

    /** "this year", "last year", "next year" at token k: that year, else MIN_VALUE. */
    private int relativeYear(int k) {
        if (!t.is(k + 1, W.YEAR)) {
            return Integer.MIN_VALUE;
        }
        if (t.is(k, W.THIS)) {
            return ref.getYear();
        }
        if (t.is(k, W.LAST)) {
            return ref.getYear() - 1;
        }
        if (t.is(k, W.NEXT)) {
            return ref.getYear() + 1;
        }
        return Integer.MIN_VALUE;
    }

    /** A calendar day, or a match that swallows an impossible one (February 30) without output. */
    private static M dayOrSkip(int end, int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return new M(end, null, null);
        }
        return new M(end, TimexType.DATE, Timex.day(LocalDate.of(y, m, d)));
    }

    private static M dayOrSkip(int end, LocalDate d) {
        return d == null ? new M(end, null, null) : new M(end, TimexType.DATE, Timex.day(d));
    }

    private boolean isOrdinalSuffix(int k) {
        int len = t.end[k] - t.start[k];
        if (len != 2) {
            return false;
        }
        String s = t.text.substring(t.start[k], t.end[k]).toLowerCase(java.util.Locale.ROOT);
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    /** A month word that reads as a month: after a preposition or modifier, or before a number or year. */
    private boolean monthContext(int i) {
        if (t.isNum(i + 1) || (t.isPunct(i + 1, ',') && t.isNum(i + 2))) {
            return true;
        }
        Entry p = t.e(i - 1);
        if (t.isPunct(i - 1, '-')) {
            return true;
        }
        if (p == null || p.word == null) {
            return false;
        }
        switch (p.word) {
            case IN, SINCE, UNTIL, BY, OF, LAST, NEXT, THIS, EARLY, LATE, MID, BEFORE, AFTER, DURING, THROUGH,
                    FROM, TO, FOR, ON, AT, THAT, PAST, COMING, END, BEGINNING, START, MIDDLE, AND, OR, BETWEEN:
                return true;
            default:
                return false;
        }
    }

    private M dayMonth(int i) {
        if (!t.isNum(i) || t.digits(i) > 2 || t.num[i] < 1 || t.num[i] > 31) {
            return null;
        }
        int j = i + 1;
        if (j < t.n && t.kind[j] == Tokens.WORD && t.glued(j) && isOrdinalSuffix(j)) {
            j++;
        }
        if (t.is(j, W.OF)) {
            j++;
        }
        Entry e = t.e(j);
        if (e == null || e.month == 0 || !t.cap[j]) {
            return null;
        }
        int k = j + 1;
        if (e.abbrev) {
            if (t.isPunct(k, '.')) {
                k++;
            }
        }
        int m = e.month;
        int day = t.num[i];
        int k2 = k;
        if (t.isPunct(k2, ',')) {
            k2++;
        }
        if (plausibleYear(k2)) {
            return dayOrSkip(k2 + 1, t.num[k2], m, day);
        }
        return dayOrSkip(k, resolveMonthDay(m, day, i));
    }

    /** 2020-01-03, 2020-W01, 1/3/2020, 2020/01/03. */
    private M numeric(int i) {
        if (!t.isNum(i)) {
            return null;
        }
        int a = t.num[i];
        if (t.digits(i) == 4 && (t.isPunct(i + 1, '-') || t.isPunct(i + 1, '/')) && t.glued(i + 1) && t.glued(i + 2)) {
            char sep = (char) t.num[i + 1];
            if (sep == '-' && i + 2 < t.n && t.kind[i + 2] == Tokens.WORD && t.end[i + 2] - t.start[i + 2] == 1
                    && (t.text.charAt(t.start[i + 2]) == 'W') && t.isNum(i + 3) && t.glued(i + 3)
                    && t.digits(i + 3) == 2 && t.num[i + 3] >= 1 && t.num[i + 3] <= 53) {
                return new M(i + 4, TimexType.DATE, Timex.year(a) + "-W" + Timex.pad(t.num[i + 3], 2));
            }
            if (t.isNum(i + 2) && t.digits(i + 2) <= 2 && t.isPunct(i + 3, sep) && t.glued(i + 3) && t.isNum(i + 4)
                    && t.glued(i + 4) && t.digits(i + 4) <= 2) {
                return dayOrSkip(i + 5, a, t.num[i + 2], t.num[i + 4]);
            }
            if (sep == '-' && t.isNum(i + 2) && t.digits(i + 2) == 2 && t.num[i + 2] >= 1 && t.num[i + 2] <= 12
                    && !(t.isPunct(i + 3, '-'))) {
                // 1997-98 is a range of years, 2020-01 a month; only take months of plausible years
                if (t.num[i + 2] != (a + 1) % 100) {
                    return new M(i + 3, TimexType.DATE, Timex.month(a, t.num[i + 2]));
                }
            }
            return null;
        }
        if (t.digits(i) <= 2 && t.isPunct(i + 1, '/') && t.glued(i + 1) && t.isNum(i + 2) && t.glued(i + 2)
                && t.digits(i + 2) <= 2 && t.isPunct(i + 3, '/') && t.glued(i + 3) && t.isNum(i + 4)
                && t.glued(i + 4) && (t.digits(i + 4) == 2 || t.digits(i + 4) == 4)) {
            int y = t.num[i + 4];
            if (t.digits(i + 4) == 2) {
                y += y > (ref.getYear() % 100) + 5 ? 1900 : 2000;
            }
            return dayOrSkip(i + 5, y, a, t.num[i + 2]);
        }
        return null;
    }

    // ------------------------------------------------------------------ relative dates

    private M relative(int i) {
        Entry e = t.e(i);
        if (e != null && e.word != null) {
            switch (e.word) {
                case TODAY:
                    if (possessive(i + 1) && i + 3 < t.n && GENERIC_NOW.contains(word(i + 3).toLowerCase(java.util.Locale.ROOT))) {
                        return null; // "today's youth", "today's world": the present age, not the day
                    }
                    return withPart(ref, i + 1, TimexType.DATE);
                case YESTERDAY:
                    return withPart(ref.minusDays(1), i + 1, TimexType.DATE);
                case TOMORROW:
                    return withPart(ref.plusDays(1), i + 1, TimexType.DATE);
                case TONIGHT:
                    return new M(i + 1, TimexType.TIME, Timex.day(ref) + "TNI");
                case OVERNIGHT:
                    return new M(i + 1, TimexType.TIME, Timex.day(ref) + "TNI");
                case YEAR: {
                    // year-end, year end, year's end: the end of the reference year
                    int k = i + 1;
                    if ((t.isPunct(k, '-') && t.glued(k)) ) {
                        k++;
                    } else if ((t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) && t.is(k + 1, W.S)) {
                        k += 2;
                    }
                    if (t.is(k, W.END)) {
                        return new M(k + 1, TimexType.DATE, Timex.year(ref.getYear()));
                    }
                    break;
                }
                default:
                    break;
            }
        }
        if (e != null && e.season != null && (t.is(i - 1, W.EARLY) || t.is(i - 1, W.LATE) || t.is(i - 1, W.MID)
                || t.is(i - 1, W.IN) || t.is(i - 1, W.DURING) || t.is(i - 1, W.SINCE) || t.is(i - 1, W.UNTIL)
                || (t.isPunct(i - 1, '-') && t.is(i - 2, W.MID)))) {
            return seasonRelative(i, Timex.seasonCode(e.season), 4);
        }
        if (e != null && e.part != null && !e.plural) {
            // "afternoon yesterday", "mid-afternoon Friday": the day's part
            M day = null;
            Entry d = t.e(i + 1);
            if (d != null && (d.word == W.YESTERDAY || d.word == W.TODAY || d.word == W.TOMORROW)) {
                day = relative(i + 1);
            } else if (d != null && d.weekday > 0 && !d.plural) {
                day = weekday(i + 1);
            }
            if (day != null && day.type == TimexType.DATE && day.value.length() == 10) {
                return new M(day.end, TimexType.TIME, day.value + "T" + e.part);
            }
            if (t.is(i - 1, W.MID) || (t.isPunct(i - 1, '-') && t.is(i - 2, W.MID))) {
                return new M(i + 1, TimexType.TIME, Timex.day(ref) + "T" + e.part);
            }
        }
        M best = weekday(i);
        best = longer(best, unitRelative(i));
        best = longer(best, agoLater(i));
        best = longer(best, partOfDay(i));
        return best;
    }

    private M withPart(LocalDate d, int j, TimexType plain) {
        Entry p = t.e(j);
        if (p != null && p.part != null && !p.plural) {
            if (p.part.equals("NI")) {
                // "Friday night" is annotated in news corpora as the day itself (the night runs past midnight)
                return new M(j + 1, TimexType.DATE, Timex.day(d));
            }
            return new M(j + 1, TimexType.TIME, Timex.day(d) + "T" + p.part);
        }
        return new M(j, plain, Timex.day(d));
    }

    /** this morning, last night, the morning. */
    private M partOfDay(int i) {
        Entry e = t.e(i);
        if (e == null || e.word == null) {
            return null;
        }
        Entry p = t.e(i + 1);
        if (p == null || p.part == null || p.plural) {
            return null;
        }
        switch (e.word) {
            case THIS:
                return new M(i + 2, TimexType.TIME, Timex.day(ref) + "T" + p.part);
            case LAST:
                if (p.part.equals("NI")) {
                    return new M(i + 2, TimexType.TIME, Timex.day(ref.minusDays(1)) + "TNI");
                }
                return null;
            default:
                return null;
        }
    }

    private M weekday(int i) {
        int j = i;
        int mode = 0; // 0 nearest by tense, 1 last, 2 next, 3 this
        Entry e = t.e(j);
        if (e == null) {
            return null;
        }
        if (e.word == W.LAST) {
            mode = 1;
            j++;
        } else if (e.word == W.NEXT) {
            mode = 2;
            j++;
        } else if (e.word == W.THIS) {
            mode = 3;
            j++;
            if (t.is(j, W.COMING)) {
                mode = 2;
                j++;
            } else if (t.is(j, W.PAST)) {
                mode = 1;
                j++;
            }
        } else if (e.word == W.THE && (t.is(j + 1, W.PREVIOUS) || t.is(j + 1, W.FOLLOWING))) {
            mode = t.is(j + 1, W.PREVIOUS) ? 1 : 2;
            j += 2;
        } else if (e.word == W.COMING) {
            mode = 2;
            j++;
        }
        Entry w = t.e(j);
        if (w == null || w.weekday == 0 || !t.cap[j] || w.abbrev) {
            return null;
        }
        if (w.plural) {
            if (mode != 0) {
                return null;
            }
            Entry p = t.e(j + 1);
            if (p != null && p.part != null) {
                return new M(j + 2, TimexType.SET, "XXXX-WXX-" + w.weekday + "T" + p.part);
            }
            return new M(j + 1, TimexType.SET, "XXXX-WXX-" + w.weekday);
        }
        if (t.isPunct(j + 1, ',')) {
            M md = monthDay(j + 2, true);
            if (md != null && md.value != null && md.value.length() == 10) {
                return md;
            }
        }
        LocalDate d = resolveWeekday(w.weekday, mode, i);
        return withPart(d, j + 1, TimexType.DATE);
    }

    private LocalDate resolveWeekday(int dow, int mode, int at) {
        int cur = ref.getDayOfWeek().getValue();
        int back = Math.floorMod(cur - dow, 7);   // 0..6 days back to the same weekday
        int ahead = Math.floorMod(dow - cur, 7);  // 0..6 days ahead
        switch (mode) {
            case 1:
                return ref.minusDays(back == 0 ? 7 : back);
            case 2:
                return ref.plusDays(ahead == 0 ? 7 : ahead);
            case 3:
                return ref.plusDays(ahead);
            default:
                if (future(at) && !possessive(at + 1)) {
                    return ref.plusDays(ahead);
                }
                return ref.minusDays(back);
        }
    }

    /** "Wednesday's ruling": a possessive day names an event already known, so a past one. */
    private boolean possessive(int k) {
        return (t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) && t.glued(k) && t.is(k + 1, W.S) && t.glued(k + 1);
    }

    /** The clause before token {@code at} speaks of the future ("will", "is scheduled to", "plans"). */
    private boolean future(int at) {
        for (int k = at - 1, steps = 0; k >= 0 && steps < 20; k--, steps++) {
            if (t.boundaryBefore(k + 1)) {
                return sentenceOpenerAhead(at, k + 1);
            }
            Entry e = t.e(k);
            if (e != null) {
                if (e.futureMarker || (e.futureBeforeTo && t.is(k + 1, W.TO))
                        || (e.word == W.EARLY && t.is(k - 1, W.AS) && t.is(k + 1, W.AS))) {
                    // "had been scheduled to expire Friday": the plan lies in the past
                    return !(t.is(k - 1, W.HAD) || (t.is(k - 1, W.BEEN) && t.is(k - 2, W.HAD)));
                }
                if (e.reporting || e.word == W.WAS || e.word == W.WERE || e.word == W.HAD || e.word == W.DID) {
                    return false;
                }
                if (e.word == W.UNTIL && !t.boundaryBefore(k)) {
                    return true; // "has given them until 9 a.m. Tuesday"
                }
            }
        }
        return false;
    }

    /**
     * An expression opening its sentence ("On Tuesday, the league plans to ...") takes its tense from the clause
     * after it: a future marker before any past or reporting verb.
     */
    private boolean sentenceOpenerAhead(int at, int sentenceStart) {
        if (at - sentenceStart > 2) {
            return false;
        }
        for (int k = at + 1, steps = 0; k < t.n && steps < 14 && !t.boundaryBefore(k); k++, steps++) {
            Entry e = t.e(k);
            if (e != null) {
                if (e.futureMarker || (e.futureBeforeTo && t.is(k + 1, W.TO))) {
                    return true;
                }
                if (e.reporting || e.word == W.WAS || e.word == W.WERE || e.word == W.HAD || e.word == W.DID) {
                    return false;
                }
            } else if (pastWord(k)) {
                return false;
            }
        }
        return false;
    }

    private M unitRelative(int i) {
        int j = i;
        int mode; // 1 last, 2 next, 3 this, 4 the (context), 5 the past (duration), 6 same/that
        Entry e = t.e(j);
        if (e == null || e.word == null) {
            return null;
        }
        switch (e.word) {
            case LAST:
                mode = 1;
                j++;
                break;
            case NEXT:
            case COMING:
                mode = 2;
                j++;
                break;
            case THIS:
                mode = 3;
                j++;
                if (t.is(j, W.PAST)) {
                    mode = 1;
                    j++;
                } else if (t.is(j, W.COMING)) {
                    mode = 2;
                    j++;
                }
                break;
            case THAT:
                mode = 6;
                j++;
                if (t.is(j, W.SAME)) {
                    j++;
                }
                break;
            case THE:
                j++;
                Entry f = t.e(j);
                if (f == null) {
                    return null;
                }
                if (f.word == W.PREVIOUS) {
                    mode = 7;
                    j++;
                } else if (f.word == W.FOLLOWING) {
                    mode = 8;
                    j++;
                } else if (f.word == W.COMING || f.word == W.NEXT) {
                    mode = 9;
                    j++;
                } else if (f.word == W.PAST || f.word == W.LAST) {
                    mode = 5;
                    j++;
                } else if (f.word == W.CURRENT || f.word == W.PRESENT) {
                    mode = 3;
                    j++;
                } else if (f.word == W.SAME) {
                    mode = 6;
                    j++;
                } else {
                    mode = 4;
                }
                break;
            case CURRENT:
                mode = 3;
                j++;
                break;
            default:
                return null;
        }
        boolean fiscal = false;
        boolean full = false;
        if (t.is(j, W.FISCAL)) {
            fiscal = true;
            j++;
        } else if (t.is(j, W.FULL) && mode == 4) {
            full = true;
            j++;
        }
        Entry u = t.e(j);
        if (u == null) {
            return null;
        }
        if (fiscal && u.unit != Unit.YEAR) {
            return null;
        }
        if (u.month > 0 && t.cap[j] && !u.abbrev && mode != 5 && mode != 4 && !fiscal) {
            return monthRelative(j, u.month, mode);
        }
        if (u.season != null) {
            return seasonRelative(j, Timex.seasonCode(u.season), mode);
        }
        if (u.weekday > 0) {
            return null;
        }
        if (u.unit == null || u.plural) {
            return null;
        }
        int end = j + 1;
        // "the year two thousand" is a year; "the quarter" is handled by the quarter grammar
        if (u.unit == Unit.QUARTER) {
            return null;
        }
        if (t.isPunct(end, '-') && t.glued(end)) {
            return null; // "last year-end", adjectival compounds
        }
        if (mode == 9 && u.unit == Unit.DAY) {
            return anchored(end, u.unit, 1);
        }
        if (mode == 5) {
            mode = 1; // "over the past year": in news, the year before this one
        } else if (mode == 9) {
            mode = 2;
        }
        if (mode == 4 && u.unit == Unit.YEAR && !full && (t.is(end, W.ENDED) || t.is(end, W.ENDING))) {
            return new M(end, TimexType.DURATION, "P1Y"); // the (fiscal) year ended June 30: a twelve-month period
        }
        if (mode == 4 && u.unit != Unit.YEAR && u.unit != Unit.WEEKEND
                && !(t.is(i - 1, W.OF) && (u.unit == Unit.MONTH || u.unit == Unit.WEEK))) {
            return null;
        }
        if (mode == 3 && u.unit == Unit.CENTURY) {
            return new M(end, TimexType.DURATION, "P100Y");
        }
        if (mode == 6 || mode == 7 || mode == 8) {
            return anchored(end, u.unit, mode == 6 ? 0 : mode == 7 ? -1 : 1);
        }
        int delta = mode == 1 ? -1 : mode == 2 ? 1 : 0;
        switch (u.unit) {
            case DAY:
                return mode == 4 ? null : new M(end, TimexType.DATE, Timex.day(ref.plusDays(delta)));
            case WEEK:
                return new M(end, TimexType.DATE, Timex.week(ref.plusWeeks(delta)));
            case WEEKEND: {
                LocalDate base = ref;
                if (mode == 4 || mode == 3) {
                    int dow = ref.getDayOfWeek().getValue();
                    if (dow <= 3 && (mode == 4 || !future(i))) {
                        base = ref.minusWeeks(1);
                    }
                } else {
                    base = ref.plusWeeks(delta);
                }
                return new M(end, TimexType.DATE, Timex.week(base) + "-WE");
            }
            case MONTH: {
                LocalDate d = ref.plusMonths(delta);
                return new M(end, TimexType.DATE, Timex.month(d.getYear(), d.getMonthValue()));
            }
            case YEAR:
                return new M(end, TimexType.DATE, Timex.year(ref.getYear() + delta));
            case DECADE:
                return new M(end, TimexType.DATE, Timex.decade(ref.getYear() + 10 * delta));
            case CENTURY:
                return new M(end, TimexType.DATE, Timex.century(ref.getYear() + 100 * delta));
            default:
                return null;
        }
    }

    /** "that year", "the following month", "the same day": relative to the last date the text gave. */
    private M anchored(int end, Unit unit, int delta) {
        switch (unit) {
            case YEAR:
                return anchorYear == Integer.MIN_VALUE ? null
                        : new M(end, TimexType.DATE, Timex.year(anchorYear + delta));
            case MONTH: {
                if (anchorMonth == 0) {
                    return null;
                }
                LocalDate d = LocalDate.of(anchorYear, anchorMonth, 1).plusMonths(delta);
                return new M(end, TimexType.DATE, Timex.month(d.getYear(), d.getMonthValue()));
            }
            case DAY:
                return anchorDay == null ? null : new M(end, TimexType.DATE, Timex.day(anchorDay.plusDays(delta)));
            case WEEK:
                return anchorDay == null ? null : new M(end, TimexType.DATE, Timex.week(anchorDay.plusWeeks(delta)));
            default:
                return null;
        }
    }

    /** Remembers the last calendar date an expression gave, for "that year", "the next day". */
    private void remember(String v) {
        if (v.length() < 4 || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(3))
                || (v.length() > 4 && v.charAt(4) != '-')) {
            return;
        }
        anchorYear = Integer.parseInt(v.substring(0, 4));
        anchorMonth = 0;
        anchorDay = null;
        if (v.length() >= 7 && Character.isDigit(v.charAt(5)) && Character.isDigit(v.charAt(6))) {
            anchorMonth = Integer.parseInt(v.substring(5, 7));
            if (v.length() >= 10 && Character.isDigit(v.charAt(8)) && Character.isDigit(v.charAt(9))) {
                anchorDay = LocalDate.of(anchorYear, anchorMonth, Integer.parseInt(v.substring(8, 10)));
            }
        }
    }

    private M monthRelative(int j, int m, int mode) {
        int y = ref.getYear();
        int cur = ref.getMonthValue();
        switch (mode) {
            case 1:
            case 7:
                if (m >= cur) {
                    y--;
                }
                break;
            case 2:
            case 8:
            case 9:
                if (m <= cur) {
                    y++;
                }
                break;
            case 3:
                break;
            default:
                y = resolveMonthYear(m, j);
                break;
        }
        return new M(j + 1, TimexType.DATE, Timex.month(y, m));
    }

    private M seasonRelative(int j, int s, int mode) {
        int cur = Timex.seasonIndex(ref);
        int idx;
        switch (mode) {
            case 1:
            case 7:
            case 5:
                idx = cur - 1;
                while (Math.floorMod(idx, 4) != s) {
                    idx--;
                }
                break;
            case 2:
            case 8:
            case 9:
                idx = cur + 1;
                while (Math.floorMod(idx, 4) != s) {
                    idx++;
                }
                break;
            default:
                idx = ref.getYear() * 4 + s;
                if (s == 3 && ref.getMonthValue() <= 2) {
                    idx = (ref.getYear() - 1) * 4 + 3;
                }
                break;
        }
        int end = j + 1;
        if (t.is(end, W.OF) && plausibleYear(end + 1)) {
            idx = t.num[end + 1] * 4 + s;
            end += 2;
        } else if (plausibleYear(end)) {
            idx = t.num[end] * 4 + s;
            end += 1;
        } else if (t.is(end, W.OF) && spelledYear(end + 1) != null) {
            M y = spelledYear(end + 1);
            idx = Integer.parseInt(y.value) * 4 + s;
            end = y.end;
        }
        return new M(end, TimexType.DATE, Timex.season(idx));
    }

    /** two years ago, three days earlier, a week later, a year from now. */
    private M agoLater(int i) {
        int j = i;
        // optional approximators: about two years ago
        int a = approximatorEnd(j);
        j = a;
        int[] num = number(j);
        if (num == null) {
            return null;
        }
        int n = num[0];
        int k = num[1];
        if (t.isPunct(k, '-')) {
            return null;
        }
        Entry u = t.e(k);
        if (u == null || u.unit == null || u.unit == Unit.WEEKEND) {
            return null;
        }
        if (n == 1 && u.plural && num[2] == 0) {
            return null;
        }
        int end = k + 1;
        if (t.is(end, W.OR) && t.is(end + 1, W.SO)) {
            end += 2;
        }
        int dir;
        if (t.is(end, W.AGO) || t.is(end, W.EARLIER) || t.is(end, W.BEFORE) && isEndOfPhrase(end + 1)) {
            dir = -1;
        } else if (t.is(end, W.LATER) || t.is(end, W.HENCE) || (t.is(end, W.AFTER) && isEndOfPhrase(end + 1))) {
            dir = 1;
        } else if (t.is(end, W.FROM) && t.is(end + 1, W.NOW)) {
            dir = 1;
            end++;
        } else if (t.is(i - 1, W.IN) && a == i && num[2] == 1 && n > 0 && !t.is(end, W.OF) && !u.unit.time
                && future(i - 1)) {
            // "will reopen in three weeks": a point ahead; the preposition stays outside the extent
            dir = 1;
            end--;
        } else {
            return null;
        }
        end++;
        boolean ago = t.is(end - 1, W.AGO);
        boolean yearEarlier = n == 1 && u.unit == Unit.YEAR && t.is(end - 1, W.EARLIER);
        if (a > i || (!ago && !yearEarlier && !t.is(end - 1, W.NOW) && !t.is(end - 1, W.HENCE)
                && !(t.is(i - 1, W.IN) && end - 1 == k))) {
            // "three days later", "about two years ago": the length of time is what the text gives
            return new M(end, TimexType.DURATION, durationValue(n, u.unit));
        }
        if (n < 0) {
            return new M(end, TimexType.DATE, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        if (n > 5000) {
            return null;
        }
        if (n == 1 && u.unit == Unit.YEAR && dir < 0 && hasQuarterCtx
                && (t.is(end - 1, W.EARLIER) || t.is(end - 1, W.AGO))) {
            return new M(end, TimexType.DATE, Timex.quarter(ctxQuarterYear - 1, ctxQuarter));
        }
        long amount = (long) n * u.unit.factor * dir;
        switch (u.unit) {
            case SECOND:
            case MINUTE:
            case HOUR:
                return new M(end, TimexType.DATE, Timex.day(ref));
            case DAY:
            case NIGHT:
                return new M(end, TimexType.DATE, Timex.day(ref.plusDays(amount)));
            case WEEK:
            case FORTNIGHT:
                return new M(end, TimexType.DATE, Timex.week(ref.plusWeeks(amount)));
            case MONTH: {
                LocalDate d = ref.plusMonths(amount);
                return new M(end, TimexType.DATE, Timex.month(d.getYear(), d.getMonthValue()));
            }
            case QUARTER: {
                int qi = ref.getYear() * 4 + refQuarter - 1 + (int) amount;
                return new M(end, TimexType.DATE, Timex.quarter(Math.floorDiv(qi, 4), Math.floorMod(qi, 4) + 1));
            }
            case YEAR:
                return new M(end, TimexType.DATE, Timex.year(ref.getYear() + (int) amount));
            case DECADE:
                return new M(end, TimexType.DATE, Timex.decade(ref.getYear() + (int) amount));
            case CENTURY:
                return new M(end, TimexType.DATE, Timex.century(ref.getYear() + (int) amount));
            default:
                return null;
        }
    }

    private String word(int k) {
        return t.text.substring(t.start[k], t.end[k]);
    }

    /** The token before "a week" says what is counted: a number, an amount or a plural noun. */
    private boolean rateBefore(int k) {
        if (k < 0) {
            return false;
        }
        if (t.kind[k] == Tokens.NUM || t.isPunct(k, '%')) {
            return true;
        }
        if (t.kind[k] != Tokens.WORD || t.e(k) != null) {
            return false;
        }
        String w = word(k).toLowerCase(java.util.Locale.ROOT);
        switch (w) {
            case "million", "billion", "thousand", "trillion", "percent", "cents", "dollars":
                return true;
            default:
                return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
        }
    }

    /** "eight trading days", "five business days", "three straight years". */
    private boolean countedDayKind(int k) {
        if (k >= t.n || t.kind[k] != Tokens.WORD || t.e(k) != null) {
            return false;
        }
        switch (word(k).toLowerCase(java.util.Locale.ROOT)) {
            case "trading", "business", "working", "straight", "consecutive", "calendar", "school":
                return t.e(k + 1) != null && t.e(k + 1).unit != null;
            default:
                return false;
        }
    }

    private boolean isEndOfPhrase(int k) {
        return k >= t.n || t.kind[k] == Tokens.PUNCT;
    }

    // ------------------------------------------------------------------ quarters, halves, fiscal periods

    private M quarter(int i) {
        int j = i;
        boolean the = false;
        if (t.is(j, W.THE)) {
            the = true;
            j++;
        }
        if (!the && (t.is(j, W.A) || t.is(j, W.AN)) && t.is(j + 1, W.YEAR) && t.isPunct(j + 2, '-')) {
            j++; // "a year-earlier loss"
        }
        int year = Integer.MIN_VALUE;
        boolean yearEarlier = false;
        int rel = 0; // 1 latest/the, 2 current/this, 3 last/previous, 4 next
        for (int guard = 0; guard < 4; guard++) {
            Entry e = t.e(j);
            if (t.is(j, W.FISCAL) || t.is(j, W.COMPARABLE) || t.is(j, W.CORRESPONDING) || t.is(j, W.FULL)) {
                j++;
            } else if (plausibleYear(j) && !(t.isPunct(j + 1, '-') && t.glued(j + 1) && t.isNum(j + 2))) {
                year = t.num[j];
                j++;
            } else if (e != null && (e.word == W.THIS || e.word == W.LAST || e.word == W.NEXT) && t.is(j + 1, W.YEAR)
                    && (t.isPunct(j + 2, '\'') || t.isPunct(j + 2, '\u2019')) && t.is(j + 3, W.S)) {
                year = ref.getYear() + (e.word == W.LAST ? -1 : e.word == W.NEXT ? 1 : 0);
                j += 4;
            } else if ((t.is(j, W.YEAR) && t.isPunct(j + 1, '-') && (t.is(j + 2, W.EARLIER) || t.is(j + 2, W.AGO)))) {
                yearEarlier = true;
                j += 3;
            } else if (e != null && (e.word == W.LATEST || e.word == W.RECENT || e.word == W.PAST)) {
                rel = 5;
                j++;
            } else if (e != null && e.word == W.THAT && j == i && t.e(j + 1) != null
                    && t.e(j + 1).unit == Unit.QUARTER && hasQuarterCtx) {
                the = true;
                j++; // "that quarter": the one the text spoke of
            } else if (e != null && (e.word == W.CURRENT || e.word == W.THIS || e.word == W.PRESENT)) {
                rel = 2;
                j++;
            } else if (e != null && (e.word == W.LAST || e.word == W.PREVIOUS)) {
                rel = 3;
                j++;
            } else if (e != null && (e.word == W.NEXT || e.word == W.COMING || e.word == W.FOLLOWING)) {
                rel = 4;
                j++;
            } else {
                break;
            }
        }
        if (yearEarlier && j > i && !the && !(t.e(j) != null && (t.e(j).unit == Unit.QUARTER || t.e(j).ordinal > 0
                || t.is(j, W.PERIOD)))) {
            // bare "year-earlier" / "year-ago" adjective
            int start = t.is(i, W.THE) ? i + 1 : i;
            if (hasQuarterCtx) {
                return new M(j, TimexType.DATE, Timex.quarter(ctxQuarterYear - 1, ctxQuarter));
            }
            return start == i ? new M(j, TimexType.DATE, Timex.year(ref.getYear() - 1)) : null;
        }
        int ord = 0;
        Entry o = t.e(j);
        int k = j;
        if (o != null && o.ordinal > 0 && o.ordinal <= 4) {
            ord = o.ordinal;
            k = j + 1;
        } else if (t.isNum(j) && t.num[j] >= 1 && t.num[j] <= 4 && t.digits(j) == 1 && t.glued(j + 1)
                && j + 1 < t.n && t.kind[j + 1] == Tokens.WORD && isOrdinalSuffix(j + 1)) {
            ord = t.num[j];
            k = j + 2;
        }
        if (ord > 0) {
            if (t.isPunct(k, '-') && t.glued(k)) {
                k++;
            }
            if (t.is(k, W.FISCAL)) {
                k++;
            }
        }
        if (ord == 0 && (t.is(j, W.FIRST) || t.is(j, W.LAST)) && t.e(j + 1) != null && t.e(j + 1).number == 2
                && t.e(j + 2) != null && t.e(j + 2).unit == Unit.QUARTER && t.e(j + 2).plural) {
            // the first two quarters (of 1990): a half year
            int end = j + 3;
            int y = ref.getYear();
            if (t.is(end, W.OF) && plausibleYear(end + 1)) {
                y = t.num[end + 1];
                end += 2;
            }
            return new M(end, TimexType.DATE, Timex.pad(y, 4) + (t.is(j, W.FIRST) ? "-H1" : "-H2"));
        }
        Entry u = t.e(k);
        boolean half = u != null && u.word == W.HALF;
        boolean quarterWord = u != null && u.unit == Unit.QUARTER && !u.plural;
        boolean period = u != null && u.word == W.PERIOD;
        if (quarterWord && t.isPunct(k + 1, '-') && t.glued(k + 1) && t.is(k + 2, W.TO)) {
            return null; // "quarter-to-quarter": a comparison, not a quarter
        }
        if (!half && !quarterWord && !period) {
            return null;
        }
        if (half && ord == 0 && rel == 3) {
            ord = 2; // the last half
        }
        if (half && (ord == 0 || ord > 2)) {
            return null;
        }
        if (period && (ord > 0 || (!hasQuarterCtx && rel != 5) || (rel == 0 && !yearEarlier && year == Integer.MIN_VALUE))) {
            return null;
        }
        if (quarterWord && ord == 0 && rel == 0 && !yearEarlier && year == Integer.MIN_VALUE && !the) {
            return null;
        }
        int end = k + 1;
        // of 1998 / of fiscal 1998 / of this year / of the year
        if (t.is(end, W.OF)) {
            int m = end + 1;
            if (t.is(m, W.FISCAL)) {
                m++;
            }
            if (plausibleYear(m)) {
                year = t.num[m];
                end = m + 1;
            } else if ((t.is(m, W.THIS) || t.is(m, W.LAST) || t.is(m, W.NEXT)) && t.is(m + 1, W.YEAR)) {
                year = ref.getYear() + (t.is(m, W.LAST) ? -1 : t.is(m, W.NEXT) ? 1 : 0);
                end = m + 2;
            } else if (t.is(m, W.THE) && t.is(m + 1, W.YEAR)) {
                end = m + 2;
            }
        } else if (t.isPunct(end, ',') && plausibleYear(end + 1) && ord > 0) {
            year = t.num[end + 1];
            end += 2;
        }
        if (half) {
            int y = year != Integer.MIN_VALUE ? year : ref.getYear();
            return new M(end, TimexType.DATE, Timex.pad(y, 4) + "-H" + ord);
        }
        int qy;
        int q;
        if (ord > 0) {
            q = ord;
            if (year != Integer.MIN_VALUE) {
                qy = year;
            } else {
                qy = nearestQuarterYear(q, i);
                if (yearEarlier) {
                    qy--;
                }
            }
        } else {
            int base = ref.getYear() * 4 + refQuarter - 1;
            int idx;
            if (rel == 2) {
                idx = base;
            } else if (rel == 3) {
                idx = base - 1;
            } else if (rel == 4) {
                idx = base + 1;
            } else if (rel == 5) {
                idx = base - 1;
            } else if (hasQuarterCtx) {
                idx = ctxQuarterYear * 4 + ctxQuarter - 1;
            } else {
                idx = base - 1;
            }
            if (yearEarlier) {
                idx -= 4;
            }
            qy = Math.floorDiv(idx, 4);
            q = Math.floorMod(idx, 4) + 1;
            if (year != Integer.MIN_VALUE) {
                qy = year;
            }
        }
        if (!yearEarlier && ord > 0 && qy * 4 + q < ref.getYear() * 4 + refQuarter) {
            hasQuarterCtx = true;
            ctxQuarterYear = qy;
            ctxQuarter = q;
        }
        if ((t.is(end, W.A) || t.is(end, W.AN)) && t.is(end + 1, W.YEAR)
                && (t.is(end + 2, W.AGO) || t.is(end + 2, W.EARLIER))) {
            return new M(end + 3, TimexType.DATE, Timex.quarter(qy - 1, q)); // the quarter a year ago
        }
        return new M(end, TimexType.DATE, Timex.quarter(qy, q));
    }

    /** A quarter named without a year: this year's when it has begun, else last year's, unless future. */
    private int nearestQuarterYear(int q, int at) {
        if (q <= refQuarter) {
            return ref.getYear();
        }
        return future(at) ? ref.getYear() : ref.getYear() - 1;
    }

    // ------------------------------------------------------------------ durations

    /** nearly, about, more than, up to, at least ... */
    private int approximatorEnd(int j) {
        Entry e = t.e(j);
        if (e == null || e.word == null) {
            return j;
        }
        switch (e.word) {
            case NEARLY, ALMOST, ABOUT, AROUND, ROUGHLY, APPROXIMATELY, OVER, UNDER, WITHIN:
                return j + 1;
            case MORE, LESS, FEWER:
                return t.is(j + 1, W.THAN) ? j + 2 : j;
            case AT:
                return t.is(j + 1, W.LEAST) ? j + 2 : j;
            case UP:
                return t.is(j + 1, W.TO) ? j + 2 : j;
            case NO:
                return (t.is(j + 1, W.MORE) || t.is(j + 1, W.LESS)) && t.is(j + 2, W.THAN) ? j + 3 : j;
            default:
                return j;
        }
    }

    /**
     * A count: digits, spelled numbers (twenty-four), "a"/"an", "a few", "several", "a couple of".
     *
     * @return {value (-1 for a vague count), token after it, 1 when explicit} or null
     */
    private int[] number(int j) {
        if (t.isNum(j)) {
            if (t.glued(j) && (t.isPunct(j - 1, ',') || t.isPunct(j - 1, '.') || t.isPunct(j - 1, '/'))
                    && t.isNum(j - 2)) {
                return null;
            }
            if (t.isPunct(j + 1, '/') && t.glued(j + 1)) {
                return null; // 1/2, 3/4: a fraction or a date
            }
            int k = j + 1;
            int v = t.num[j];
            // 1,000 / 2.5
            while (t.isPunct(k, ',') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1) && t.digits(k + 1) == 3) {
                v = v < 0 || v > 1_000_000 ? -2 : v * 1000 + t.num[k + 1];
                k += 2;
            }
            if (t.isPunct(k, '.') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1)) {
                return null; // fractional
            }
            if (v < 0) {
                return null;
            }
            if (t.isNum(k) && t.num[k] == 1 && t.digits(k) == 1 && t.isPunct(k + 1, '/') && t.glued(k + 1)
                    && t.isNum(k + 2) && t.glued(k + 2) && t.num[k + 2] == 2 && t.digits(k + 2) == 1) {
                return new int[]{v, k + 3, 1, 1}; // 2 1/2
            }
            return new int[]{v, k, 1};
        }
        Entry e = t.e(j);
        if (e == null) {
            return null;
        }
        if (e.word == W.A || e.word == W.AN) {
            Entry f = t.e(j + 1);
            if (f != null && (f.word == W.FEW || f.word == W.COUPLE)) {
                int k = j + 2;
                if (t.is(k, W.OF)) {
                    k++;
                }
                return new int[]{f.word == W.COUPLE ? 2 : -1, k, 1};
            }
            if (f != null && f.word == W.DOZEN) {
                return new int[]{12, j + 2, 1};
            }
            if (f != null && (f.word == W.HUNDRED || f.word == W.THOUSAND)) {
                return new int[]{f.word == W.HUNDRED ? 100 : 1000, j + 2, 1};
            }
            return new int[]{1, j + 1, 0};
        }
        if (e.word == W.COUPLE && t.is(j + 1, W.OF)) {
            return new int[]{2, j + 2, 1};
        }
        if (e.fuzzy && e.word != W.COUPLE) {
            return new int[]{-1, j + 1, 1};
        }
        if (e.word == W.DOZEN) {
            return new int[]{12, j + 1, 1};
        }
        if (e.number >= 0) {
            int v = e.number;
            int k = j + 1;
            if (e.tens > 0) {
                Entry f;
                if (t.isPunct(k, '-') && (f = t.e(k + 1)) != null && f.number > 0 && f.number < 10) {
                    v += f.number;
                    k += 2;
                } else if ((f = t.e(k)) != null && f.number > 0 && f.number < 10 && f.tens < 0) {
                    v += f.number;
                    k++;
                }
            }
            if (t.is(k, W.HUNDRED)) {
                v *= 100;
                k++;
            }
            if (t.is(k, W.THOUSAND)) {
                v *= 1000;
                k++;
            }
            return new int[]{v, k, 1};
        }
        return null;
    }

    private static String durationValue(int n, Unit u) {
        if (u == Unit.QUARTER) {
            return n < 0 ? "PXM" : "P" + n + "Q";
        }
        if (n < 0) {
            return (u.time ? "PTX" : "PX") + u.letter;
        }
        long v = (long) n * u.factor;
        return (u.time ? "PT" : "P") + v + u.letter;
    }

    private M duration(int i) {
        int j = i;
        boolean the = false;
        boolean framed = false;
        if (t.is(j, W.THE)) {
            the = true;
            j++;
            if (t.is(j, W.YEAR) && t.isPunct(j + 1, '-') && (t.is(j + 2, W.EARLIER) || t.is(j + 2, W.AGO))) {
                j += 3; // the year-earlier nine months
            }
        }
        Entry e = t.e(j);
        if (e != null && e.word != null) {
            switch (e.word) {
                case PAST, LAST, NEXT, FIRST, COMING, PREVIOUS, FOLLOWING, LATEST, FINAL, REMAINING, ENTIRE, WHOLE,
                        RECENT, FULL:
                    framed = true;
                    j++;
                    break;
                default:
                    break;
            }
        } else if (e != null && e.word == null && e.ordinal > 0 && the) {
            framed = true;
            j++;
        }
        j = approximatorEnd(j);
        int[] num = number(j);
        int n;
        int k;
        boolean explicit;
        if (num != null) {
            n = num[0];
            k = num[1];
            explicit = num[2] == 1;
        } else {
            n = -1;
            k = j;
            explicit = false;
        }
        // ranges: "two to three weeks", "12 to 18 months", "a year or two" keep the upper bound
        if (num != null && explicit && (t.is(k, W.TO) || t.is(k, W.OR) || t.isPunct(k, '-'))) {
            int[] upper = number(k + 1);
            if (upper != null && upper[2] == 1 && upper[0] >= n) {
                Entry ru = t.e(upper[1]);
                if (ru != null && ru.unit != null) {
                    n = upper[0];
                    k = upper[1];
                }
            }
        }
        boolean hyphen = false;
        if (t.isPunct(k, '-') && t.glued(k) && num != null && explicit) {
            hyphen = true;
            k++;
        }
        if (num != null && (t.is(k, W.MORE) || t.is(k, W.OTHER) || t.is(k, W.ADDITIONAL) || countedDayKind(k))) {
            k++;
        }
        Entry u = t.e(k);
        if (u == null || u.unit == null || u.unit == Unit.WEEKEND) {
            return null;
        }
        if (u.unit == Unit.QUARTER && (hyphen || (num != null && num[2] == 0))) {
            return null; // three-quarters, a quarter of: fractions
        }
        if (u.unit == Unit.SECOND && (num == null || num[2] == 0)) {
            return null; // "a second term"
        }
        if (t.isPunct(k + 1, '-') && t.glued(k + 1) && (t.is(k + 2, W.EARLIER) || t.is(k + 2, W.AGO))) {
            return null; // "a year-earlier loss"
        }
        if (num != null && num[2] == 0 && rateBefore(j - 1)) {
            return null; // "$2 million a year", "four flights a week": a rate, not a period
        }
        if (num != null && t.isNum(j) && t.cap[k] && !t.boundaryBefore(j)) {
            return null; // "60 Minutes": a title
        }
        if (num == null) {
            if (!u.plural) {
                return null;
            }
            // bare plural: "for years", "in recent months", "the past few weeks" (few is a number)
            Entry p = t.e(i - 1);
            boolean ok = framed || (p != null && p.word != null && (p.word == W.FOR || p.word == W.OVER
                    || p.word == W.WITHIN || p.word == W.IN && false));
            if (!ok) {
                return null;
            }
            if (e != null && (e.word == W.RECENT || e.word == W.PAST) && !the) {
                return new M(k + 1, TimexType.DATE, "PAST_REF");
            }
            if (e != null && e.word == W.COMING && !the) {
                return new M(k + 1, TimexType.DATE, "FUTURE_REF");
            }
        } else if (num[2] == 0 && u.plural) {
            return null; // "a days"
        }
        if (n == 1 && u.plural && explicit && num != null && t.isNum(j)) {
            // "1 years" - accept
        }
        int end = k + 1;
        if (t.isPunct(end, '-') && t.glued(end) && k + 2 < t.n && "long".equalsIgnoreCase(word(end + 1))) {
            end += 2; // "decades-long", "day-long"
        } else if (num == null && the && !framed && u.plural && t.is(end, W.AHEAD)) {
            return new M(end + 1, TimexType.DURATION, durationValue(-1, u.unit)); // the weeks ahead
        }
        // ages ("a 6-year-old", "52 years old") are not temporal expressions
        if ((t.isPunct(end, '-') && t.is(end + 1, W.OLD)) || t.is(end, W.OLD)) {
            return null;
        }
        if (t.is(end, W.OR) && t.is(end + 1, W.SO)) {
            end += 2;
        }
        if (hyphen && the && !framed && n >= 0) {
            // "the 30-year bond": tag the adjective only
            return null;
        }
        if (num != null && num.length > 3 && n >= 0) {
            String half = halfMore(n, u.unit);
            if (half != null) {
                return new M(end, TimexType.DURATION, half);
            }
        }
        return new M(end, TimexType.DURATION, durationValue(n, u.unit));
    }

    /** "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M; null for units without an exact half below them. */
    private static String halfMore(int n, Unit u) {
        switch (u) {
            case YEAR:
                return "P" + n + "Y6M";
            case DAY:
                return "P" + n + "DT12H";
            case HOUR:
                return "PT" + n + "H30M";
            case MINUTE:
                return "PT" + n + "M30S";
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ sets

    private M set(int i) {
        Entry e = t.e(i);
        if (e == null || e.word == null) {
            return null;
        }
        switch (e.word) {
            case DAILY:
                if (i > 0 && t.kind[i - 1] == Tokens.WORD && "average".equalsIgnoreCase(word(i - 1))) {
                    return null; // "average daily volume": a statistic
                }
                return new M(i + 1, TimexType.SET, "P1D");
            case WEEKLY:
                return new M(i + 1, TimexType.SET, "P1W");
            case MONTHLY:
                return new M(i + 1, TimexType.SET, "P1M");
            case YEARLY:
                return new M(i + 1, TimexType.SET, "P1Y");
            case ANNUALLY:
                return null; // "$5 billion annually": a rate, rarely annotated
            case QUARTERLY:
                return null; // mostly "quarterly dividend", "quarterly report": a kind, not a recurrence
            case HOURLY:
                return new M(i + 1, TimexType.SET, "PT1H");
            case NIGHTLY:
                return new M(i + 1, TimexType.SET, "XXXX-XX-XXTNI");
            case EVERY, EACH: {
                int j = i + 1;
                if (t.is(j, W.OTHER)) {
                    int[] x = {2};
                    Entry u = t.e(j + 1);
                    if (u != null && u.unit != null && !u.plural) {
                        return new M(j + 2, TimexType.SET, durationValue(x[0], u.unit));
                    }
                    return null;
                }
                Entry u = t.e(j);
                if (u != null && u.weekday > 0 && !u.abbrev && !u.plural) {
                    Entry p = t.e(j + 1);
                    if (p != null && p.part != null && !p.plural) {
                        return new M(j + 2, TimexType.SET, "XXXX-WXX-" + u.weekday + "T" + p.part);
                    }
                    return new M(j + 1, TimexType.SET, "XXXX-WXX-" + u.weekday);
                }
                if (u != null && u.part != null && !u.plural) {
                    return new M(j + 1, TimexType.SET, "XXXX-XX-XXT" + u.part);
                }
                if (u != null && u.month > 0 && !u.abbrev && t.cap[j]) {
                    return new M(j + 1, TimexType.SET, "XXXX-" + Timex.pad(u.month, 2));
                }
                if (u != null && u.unit != null && !u.plural && u.unit != Unit.WEEKEND) {
                    return new M(j + 1, TimexType.SET, durationValue(1, u.unit));
                }
                int[] num = number(j);
                if (num != null && num[2] == 1 && num[0] > 0) {
                    Entry v = t.e(num[1]);
                    if (v != null && v.unit != null && v.plural && v.unit != Unit.WEEKEND) {
                        return new M(num[1] + 1, TimexType.SET, durationValue(num[0], v.unit));
                    }
                }
                return null;
            }
            case A, AN, PER: {
                // once a year, twice a week, three times a day, $5 per day
                Entry p = t.e(i - 1);
                boolean after = p != null && (p.word == W.ONCE || p.word == W.TWICE || p.word == W.TIMES);
                if (!after) {
                    return null;
                }
                Entry u = t.e(i + 1);
                if (u != null && u.unit != null && !u.plural && u.unit != Unit.WEEKEND) {
                    return new M(i + 2, TimexType.SET, durationValue(1, u.unit));
                }
                return null;
            }
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ clock times

    /** 3 p.m., 10:30 a.m. EST, 15:00 GMT, noon, midnight, followed by an optional day. */
    private M clock(int i) {
        int hh;
        int mm = 0;
        int k;
        Entry e = t.e(i);
        if (e != null && (e.word == W.NOON || e.word == W.MIDNIGHT)
                && !(i > 0 && t.kind[i - 1] == Tokens.WORD && "high".equalsIgnoreCase(word(i - 1)))) {
            hh = e.word == W.NOON ? 12 : 24;
            k = i + 1;
        } else if (t.isNum(i) && t.digits(i) <= 2 && t.num[i] <= 24) {
            hh = t.num[i];
            k = i + 1;
            boolean colon = false;
            if (t.isPunct(k, ':') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1) && t.digits(k + 1) == 2) {
                mm = t.num[k + 1];
                if (mm > 59) {
                    return null;
                }
                colon = true;
                k += 2;
            }
            int ampm = ampm(k);
            if (ampm != 0) {
                if (hh == 0 || hh > 12) {
                    return null;
                }
                k = ampmEnd(k);
                if (ampm == 2 && hh < 12) {
                    hh += 12;
                } else if (ampm == 1 && hh == 12) {
                    hh = 0;
                }
            } else if (t.is(k, W.OCLOCK)) {
                k++;
            } else if (!colon || (t.isNum(i - 1) || t.isPunct(i - 1, '.') && t.glued(i))) {
                return null;
            }
        } else {
            return null;
        }
        if (t.is(k, W.ZONE) && t.cap[k]) {
            k++;
        }
        // an optional day after the time: "3 p.m. Friday", "noon on Thursday", "10 a.m. yesterday"
        int d = t.is(k, W.ON) || (t.isPunct(k, ',') && t.e(k + 1) != null && t.e(k + 1).month > 0) ? k + 1 : k;
        LocalDate day = ref;
        Entry de = t.e(d);
        if (de != null) {
            M dm = null;
            if (de.word == W.TODAY || de.word == W.YESTERDAY || de.word == W.TOMORROW || de.weekday > 0) {
                dm = relative(d);
            } else if (de.month > 0) {
                dm = monthDay(d, false);
            }
            if (dm != null && dm.type == TimexType.DATE && dm.value != null && dm.value.length() == 10) {
                day = LocalDate.parse(dm.value);
                k = dm.end;
            }
        }
        return new M(k, TimexType.TIME, Timex.day(day) + "T" + Timex.pad(hh, 2) + ":" + Timex.pad(mm, 2));
    }

    /** 1 for a.m., 2 for p.m., 0 for neither at token k. */
    private int ampm(int k) {
        if (k >= t.n || t.kind[k] != Tokens.WORD) {
            return 0;
        }
        int len = t.end[k] - t.start[k];
        char c = Character.toLowerCase(t.text.charAt(t.start[k]));
        if (len == 2 && (t.is(k, W.AM) || t.is(k, W.PM))) {
            return t.is(k, W.AM) ? 1 : 2;
        }
        if (len == 1 && (c == 'a' || c == 'p') && t.isPunct(k + 1, '.') && t.glued(k + 1) && k + 2 < t.n
                && t.glued(k + 2) && t.kind[k + 2] == Tokens.WORD && t.end[k + 2] - t.start[k + 2] == 1
                && Character.toLowerCase(t.text.charAt(t.start[k + 2])) == 'm') {
            return c == 'a' ? 1 : 2;
        }
        return 0;
    }

    private int ampmEnd(int k) {
        if (t.end[k] - t.start[k] == 2) {
            return k + 1;
        }
        int e = k + 3;
        if (t.isPunct(e, '.') && t.glued(e)) {
            e++;
        }
        return e;
    }

    /** A day followed by "at" and a clock time becomes a time. */
    private M withClock(M m) {
        if (m.value == null || m.type != TimexType.DATE || m.value.length() != 10 || m.value.charAt(4) != '-') {
            return m;
        }
        int k = m.end;
        if (t.is(k, W.AT)) {
            k++;
        } else if (t.isPunct(k, ',') && t.isNum(k + 1)) {
            k++;
        } else {
            return m;
        }
        M c = clock(k);
        if (c == null || c.value.length() < 16) {
            return m;
        }
        return new M(c.end, TimexType.TIME, m.value + c.value.substring(10));
    }

    // ------------------------------------------------------------------ reference words

    private M refs(int i) {
        Entry e = t.e(i);
        if (e == null || e.word == null) {
            return null;
        }
        switch (e.word) {
            case NOW:
                if (t.cap[i] && t.isPunct(i + 1, ',')) {
                    return null; // "Now, ..." opening a sentence is a discourse marker
                }
                return new M(i + 1, TimexType.DATE, "PRESENT_REF");
            case RIGHT:
                return t.is(i + 1, W.NOW) ? new M(i + 2, TimexType.DATE, "PRESENT_REF") : null;
            case CURRENTLY, NOWADAYS:
                return new M(i + 1, TimexType.DATE, "PRESENT_REF");
            case THESE:
                return t.e(i + 1) != null && t.e(i + 1).unit == Unit.DAY && t.e(i + 1).plural
                        ? new M(i + 2, TimexType.DATE, "PRESENT_REF") : null;
            case AT:
                return t.is(i + 1, W.PRESENT) ? new M(i + 2, TimexType.DATE, "PRESENT_REF") : null;
            case RECENTLY, LATELY, FORMERLY:
                return new M(i + 1, TimexType.DATE, "PAST_REF");
            case SOON:
                // not "as soon as", "soon after": those lean on another event
                if (t.is(i - 1, W.AS) || t.is(i + 1, W.AS) || t.is(i + 1, W.AFTER)) {
                    return null;
                }
                if (t.is(i - 1, W.WAS) || t.is(i - 1, W.WERE) || t.is(i - 1, W.HAD) || (i + 1 < t.n && (pastWord(i + 1)
                        || IRREGULAR_PAST.contains(word(i + 1).toLowerCase(java.util.Locale.ROOT))))) {
                    return null; // "was soon released", "soon became": shortly after a past event
                }
                return new M(i + 1, TimexType.DATE, "FUTURE_REF");
            case THE: {
                Entry f = t.e(i + 1);
                if (f == null || f.word == null) {
                    return null;
                }
                switch (f.word) {
                    case PAST:
                        return new M(i + 2, TimexType.DATE, "PAST_REF");
                    case FUTURE:
                        return new M(i + 2, TimexType.DATE, "FUTURE_REF");
                    case NEAR:
                        if (t.is(i + 2, W.FUTURE) || t.is(i + 2, W.TERM)) {
                            return new M(i + 3, TimexType.DATE, "FUTURE_REF");
                        }
                        return null;
                    case SHORT, LONG:
                        if (t.is(i + 2, W.TERM)) {
                            return new M(i + 3, TimexType.DATE, "FUTURE_REF");
                        }
                        return null;
                    default:
                        return null;
                }
            }
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ holidays

    private M holiday(int i) {
        Entry e = t.e(i);
        if (e == null || e.word == null || !t.cap[i]) {
            return null;
        }
        int end;
        int month;
        int dom;
        switch (e.word) {
            case CHRISTMAS:
                end = i + 1;
                month = 12;
                dom = 25;
                if (t.is(end, W.EVE)) {
                    end++;
                    dom = 24;
                } else if (t.is(end, W.DAY)) {
                    end++;
                }
                break;
            case NEW:
                if (!t.is(i + 1, W.YEAR) || !(t.isPunct(i + 2, '\'') || t.isPunct(i + 2, '\u2019'))
                        || !t.is(i + 3, W.S)) {
                    return null;
                }
                end = i + 4;
                if (t.is(end, W.EVE)) {
                    return new M(end + 1, TimexType.DATE, Timex.day(nearest(12, 31)));
                }
                if (!t.is(end, W.DAY)) {
                    return null;
                }
                return new M(end + 1, TimexType.DATE, Timex.day(nearest(1, 1)));
            case HALLOWEEN:
                return new M(i + 1, TimexType.DATE, Timex.day(nearest(10, 31)));
            case VALENTINE: {
                int k = i + 1;
                if (t.isPunct(k, '\'') || t.isPunct(k, '\u2019')) {
                    k++;
                }
                if (t.is(k, W.S)) {
                    k++;
                }
                if (!t.is(k, W.DAY)) {
                    return null;
                }
                return new M(k + 1, TimexType.DATE, Timex.day(nearest(2, 14)));
            }
            case ELECTION: {
                if (!t.is(i + 1, W.DAY)) {
                    return null;
                }
                // US general election: the Tuesday after the first Monday of November
                LocalDate d = Timex.nthWeekday(ref.getYear(), 11, DayOfWeek.MONDAY, 1).plusDays(1);
                return new M(i + 2, TimexType.DATE, Timex.day(d));
            }
            case INDEPENDENCE:
                if (!t.is(i + 1, W.DAY)) {
                    return null;
                }
                return new M(i + 2, TimexType.DATE, Timex.day(nearest(7, 4)));
            case THANKSGIVING: {
                end = t.is(i + 1, W.DAY) ? i + 2 : i + 1;
                LocalDate d = Timex.nthWeekday(ref.getYear(), 11, DayOfWeek.THURSDAY, 4);
                if (ref.isBefore(d.minusMonths(6))) {
                    d = Timex.nthWeekday(ref.getYear() - 1, 11, DayOfWeek.THURSDAY, 4);
                }
                return new M(end, TimexType.DATE, Timex.day(d));
            }
            case LABOR:
            case MEMORIAL: {
                if (!t.is(i + 1, W.DAY)) {
                    return null;
                }
                LocalDate d = e.word == W.LABOR ? Timex.nthWeekday(ref.getYear(), 9, DayOfWeek.MONDAY, 1)
                        : Timex.lastWeekday(ref.getYear(), 5, DayOfWeek.MONDAY);
                return new M(i + 2, TimexType.DATE, Timex.day(d));
            }
            case EASTER: {
                LocalDate d = Timex.easter(ref.getYear());
                return new M(i + 1, TimexType.DATE, Timex.day(d));
            }
            default:
                return null;
        }
        return new M(end, TimexType.DATE, Timex.day(nearest(month, dom)));
    }

    private LocalDate nearest(int month, int dom) {
        LocalDate d = LocalDate.of(ref.getYear(), month, dom);
        if (d.isAfter(ref.plusMonths(6))) {
            return d.minusYears(1);
        }
        if (d.isBefore(ref.minusMonths(6))) {
            return d.plusYears(1);
        }
        return d;
    }

    // ------------------------------------------------------------------ year resolution

    /**
     * The year of a month named without one: the nearest such month, a month ahead counting half again as far
     * (news mostly reports the past) unless the clause speaks of the future.
     */
    private int resolveMonthYear(int m, int at) {
        int cur = ref.getYear() * 12 + ref.getMonthValue() - 1;
        return nearestYear(cur, m - 1, 12, tense(at));
    }

    /**
     * The tense of the clause around token {@code at}: 1 future (a future marker before it, "by March"),
     * -1 past (a past auxiliary or an -ed verb near it), 0 unknown.
     */
    private int tense(int at) {
        if (future(at) || t.is(at - 1, W.BY)) {
            return 1;
        }
        for (int k = at - 1, steps = 0; k >= 0 && steps < 8 && !t.boundaryBefore(k + 1); k--, steps++) {
            if (pastWord(k)) {
                return -1;
            }
        }
        for (int k = at + 1, steps = 0; k < t.n && steps < 8 && !t.boundaryBefore(k); k++, steps++) {
            if (pastWord(k)) {
                return -1;
            }
            Entry e = t.e(k);
            if (e != null && (e.futureMarker || e.word == W.WILL)) {
                return 0;
            }
        }
        return 0;
    }

    private boolean pastWord(int k) {
        if (t.kind[k] != Tokens.WORD) {
            return false;
        }
        Entry e = t.e(k);
        if (e != null) {
            return e.word == W.WAS || e.word == W.WERE || e.word == W.HAD || e.word == W.DID || e.word == W.SAID
                    || e.word == W.ENDED;
        }
        int len = t.end[k] - t.start[k];
        return len > 4 && !t.cap[k] && t.text.charAt(t.end[k] - 1) == 'd' && t.text.charAt(t.end[k] - 2) == 'e';
    }

    private LocalDate resolveMonthDay(int m, int day, int at) {
        int cur = (int) ref.toEpochDay();
        int y = ref.getYear();
        int tense = tense(at);
        int bestY = y;
        double best = Double.MAX_VALUE;
        for (int cy = y - 1; cy <= y + 1; cy++) {
            if (day > java.time.YearMonth.of(cy, m).lengthOfMonth()) {
                continue;
            }
            int d = (int) LocalDate.of(cy, m, day).toEpochDay() - cur;
            double cost = cost(d, tense);
            if (cost < best) {
                best = cost;
                bestY = cy;
            }
        }
        if (best == Double.MAX_VALUE) {
            return null;
        }
        return LocalDate.of(bestY, m, day);
    }

    /** How unlikely a date d units from the reference is, given the clause's tense. */
    private static double cost(int d, int tense) {
        if (d <= 0) {
            return tense > 0 ? -d * 3.0 : -d;
        }
        if (tense < 0) {
            return d * PAST_AHEAD;
        }
        return tense > 0 ? d : d * AHEAD;
    }

    private int nearestYear(int cur, int unitIndex, int perYear, int tense) {
        int y = ref.getYear();
        int bestY = y;
        double best = Double.MAX_VALUE;
        for (int cy = y - 1; cy <= y + 1; cy++) {
            int d = cy * perYear + unitIndex - cur;
            double cost = cost(d, tense);
            if (cost < best) {
                best = cost;
                bestY = cy;
            }
        }
        return bestY;
    }
}
