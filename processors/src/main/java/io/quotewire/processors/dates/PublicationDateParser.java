package io.quotewire.processors.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code date <date>} header that opens every article file. Plain Java; thread-safe; independent of
 * the machine's locale and time zone.
 *
 * <p>The header's date is followed on the same line by the article text, so the parser takes the longest
 * prefix (of at most {@value #MAX_WORDS} words) after {@code date } that is a date in one of the accepted forms:
 * <ul>
 *   <li>ISO dates and date-times: {@code 2020-01-03}, {@code 2020-01-03T14:05:00Z}, {@code 2020-01-03T14:05+01:00},
 *       {@code 2020-01-03 14:05:00} (a date-time without an offset is read as UTC)</li>
 *   <li>RFC 1123 / 2822: {@code Fri, 03 Jan 2020 14:05:00 +0000} (also GMT, UT, and the US zone names)</li>
 *   <li>{@code January 3, 2020}, {@code Jan. 3, 2020}, {@code Friday, January 3, 2020}, {@code 3 January 2020},
 *       {@code 03-JAN-2020}</li>
 *   <li>{@code 2020/01/03}, {@code 20200103}, epoch seconds ({@code 1578009600})</li>
 *   <li>numeric day and month ({@code 01/03/2020}, {@code 01.03.2020}, {@code 01-03-2020}) in the configured
 *       {@link NumericOrder}</li>
 * </ul>
 * The instant is set (in UTC) when the header has a time. Impossible dates and unparseable headers are rejected
 * with an {@link InvalidDateException} whose message gives the reason in one line.
 */
public class PublicationDateParser {

    /** How to read a numeric date whose first two fields could each be the day or the month. */
    public enum NumericOrder {
        /** 01/03/2020 is January 3 (US order; the default). */
        MONTH_FIRST,
        /** 01/03/2020 is March 1. */
        DAY_FIRST,
        /** Read the order only when a field is above 12 (25/12/2020); reject 01/03/2020 as ambiguous. */
        REJECT_AMBIGUOUS
    }

    static final int MAX_WORDS = 8;
    private static final int MAX_SHOWN = 40;

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,? )?";
    // parse() tries a pattern only on candidates with at most as many spaces as the pattern can match: keep its
    // guards in step with these.
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)? ?(z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern RFC_2822 = Pattern.compile(
            "(?:(mon|tue|wed|thu|fri|sat|sun),? ?)?(\\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    + " (\\d{4}|\\d{2}) (\\d{2}):(\\d{2})(?::(\\d{2}))?(?: ([+-]\\d{4}|gmt|ut|utc|z|est|edt|cst|cdt"
                    + "|mst|mdt|pst|pdt))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (\\d{4})");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("(\\d{1,2})-" + MONTH + "-(\\d{4})");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EPOCH = Pattern.compile("-?\\d{9,10}");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private final NumericOrder order;

    /** Numeric dates are read month first. */
    public PublicationDateParser() {
        this(NumericOrder.MONTH_FIRST);
    }

    public PublicationDateParser(NumericOrder order) {
        this.order = Objects.requireNonNull(order, "order");
    }

    /** What one candidate prefix gave: a date and an instant or null. */
    private record Parsed(LocalDate date, Instant instant) {
    }

    /**
     * @param text the raw article text, starting with {@code date}
     * @return the date and where the body starts
     * @throws InvalidDateException when there is no header, or its date is unparseable or impossible
     */
    public DatedText parseHeader(String text) throws InvalidDateException {
        if (text == null || !text.startsWith("date")) {
            throw new InvalidDateException("no 'date' header");
        }
        int len = text.length();
        int i = 4;
        if (i < len && text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '\n') {
            throw new InvalidDateException("no 'date' header");
        }
        while (i < len && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        // the words of the header line, at most MAX_WORDS
        int[] wordStart = new int[MAX_WORDS];
        int[] wordEnd = new int[MAX_WORDS];
        int words = 0;
        int k = i;
        while (words < MAX_WORDS && k < len && text.charAt(k) != '\n') {
            char c = text.charAt(k);
            if (c == ' ' || c == '\t') {
                k++;
                continue;
            }
            wordStart[words] = k;
            while (k < len && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            wordEnd[words++] = k;
        }
        if (words == 0) {
            throw new InvalidDateException("empty 'date' header");
        }
        // The usual header, "date 2020-01-03 Text": an ISO date as the first word, then a word that does not open
        // with a digit. Every form longer than one word that could start with that date needs a digit right after
        // it (2020-01-03 14:05), so the longest prefix is the date itself: read it without running the patterns.
        if (isIsoDate(text, wordStart[0], wordEnd[0]) && (words == 1 || !isDigit(text.charAt(wordStart[1])))) {
            int s = wordStart[0];
            String raw = text.substring(s, wordEnd[0]);
            LocalDate d = date(number(text, s, s + 4), number(text, s + 5, s + 7), number(text, s + 8, s + 10), raw);
            int b = wordEnd[0];
            while (b < len && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            return new DatedText(new PublicationDate(d, null, raw), b);
        }
        for (int n = words; n >= 1; n--) {
            String raw = text.substring(wordStart[0], wordEnd[n - 1]);
            Parsed p = parse(raw);
            if (p != null) {
                int b = wordEnd[n - 1];
                while (b < len && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                return new DatedText(new PublicationDate(p.date, p.instant, raw), b);
            }
        }
        throw new InvalidDateException("unparseable date '" + shown(text.substring(wordStart[0], wordEnd[0])) + "'");
    }

    /** {@code text[from, to)} is {@code dddd-dd-dd}. */
    private static boolean isIsoDate(String text, int from, int to) {
        if (to - from != 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (k != from + 4 && k != from + 7 && !isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of the ASCII digits {@code text[from, to)}. */
    private static int number(String text, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (text.charAt(k) - '0');
        }
        return v;
    }

    private static String shown(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }

    /** The date of one candidate, null when it is in none of the forms. */
    private Parsed parse(String raw) throws InvalidDateException {
        if (raw.length() > 64) {
            return null;
        }
        String collapsed = collapseBlanks(raw);
        // A form matches only a string with at most as many spaces as its pattern has (the guards below), so most
        // of the up to MAX_WORDS candidates of a header run no pattern at all: the header is parsed per article.
        int spaces = 0;
        for (int i = 0; i < collapsed.length(); i++) {
            if (collapsed.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces > 5) {
            return null; // RFC 2822's "fri, 03 jan 2020 14:05:00 +0000" has the most
        }
        String s = collapsed.toLowerCase(Locale.ROOT);
        Matcher m;
        try {
            if (spaces == 0 && (m = ISO_DATE.matcher(s)).matches()) {
                return new Parsed(date(m.group(1), m.group(2), m.group(3), raw), null);
            }
            if (spaces <= 2 && (m = ISO_DATE_TIME.matcher(s)).matches()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3), raw);
                LocalTime time = time(m.group(4), m.group(5), m.group(6), m.group(7), raw);
                ZoneOffset off = m.group(8) == null ? ZoneOffset.UTC : offset(m.group(8), raw);
                return new Parsed(d, LocalDateTime.of(d, time).toInstant(off));
            }
            if ((m = RFC_2822.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(4));
                if (m.group(4).length() == 2) {
                    y += y < 50 ? 2000 : 1900;
                }
                LocalDate d = date(y, monthOf(m.group(3)), Integer.parseInt(m.group(2)), raw);
                if (m.group(1) != null) {
                    checkWeekday(m.group(1), d, raw);
                }
                LocalTime time = time(m.group(5), m.group(6), m.group(7), null, raw);
                ZoneOffset off = m.group(8) == null ? ZoneOffset.UTC : offset(m.group(8), raw);
                return new Parsed(d, LocalDateTime.of(d, time).toInstant(off));
            }
            if (spaces <= 3 && (m = MONTH_DAY_YEAR.matcher(s)).matches()) {
                return new Parsed(date(Integer.parseInt(m.group(3)), monthOf(m.group(1)), Integer.parseInt(m.group(2)),
                        raw), null);
            }
            if (spaces <= 4 && (m = DAY_MONTH_YEAR.matcher(s)).matches()) {
                return new Parsed(date(Integer.parseInt(m.group(3)), monthOf(m.group(2)), Integer.parseInt(m.group(1)),
                        raw), null);
            }
            if (spaces == 0 && (m = DAY_MON_YEAR.matcher(s)).matches()) {
                return new Parsed(date(Integer.parseInt(m.group(3)), monthOf(m.group(2)), Integer.parseInt(m.group(1)),
                        raw), null);
            }
            if (spaces == 0 && (m = YMD_SLASH.matcher(s)).matches()) {
                return new Parsed(date(m.group(1), m.group(2), m.group(3), raw), null);
            }
            if (spaces == 0 && (m = BASIC.matcher(s)).matches()) {
                return new Parsed(date(m.group(1), m.group(2), m.group(3), raw), null);
            }
            if (spaces == 0 && EPOCH.matcher(s).matches()) {
                Instant at = Instant.ofEpochSecond(Long.parseLong(s));
                return new Parsed(LocalDate.ofInstant(at, ZoneOffset.UTC), at);
            }
            if (spaces == 0 && (m = NUMERIC.matcher(s)).matches()) {
                return new Parsed(numeric(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), raw), null);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Each run of spaces and tabs as one space; by hand, since String.replaceAll compiles its pattern per call. */
    private static String collapseBlanks(String raw) {
        if (raw.indexOf('\t') < 0 && !raw.contains("  ")) {
            return raw; // the usual header: nothing to collapse, no copy
        }
        StringBuilder b = new StringBuilder(raw.length());
        boolean blank = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t') {
                if (!blank) {
                    b.append(' ');
                }
                blank = true;
            } else {
                b.append(c);
                blank = false;
            }
        }
        return b.toString();
    }

    private LocalDate numeric(int a, int b, int y, String raw) throws InvalidDateException {
        switch (order) {
            case MONTH_FIRST:
                return date(y, a, b, raw);
            case DAY_FIRST:
                return date(y, b, a, raw);
            default:
                if (a <= 12 && b <= 12 && a != b) {
                    throw new InvalidDateException("ambiguous numeric date '" + shown(raw)
                            + "': day and month order unknown");
                }
                return a > 12 ? date(y, b, a, raw) : date(y, a, b, raw);
        }
    }

    private static LocalDate date(String y, String m, String d, String raw) throws InvalidDateException {
        return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d), raw);
    }

    private static LocalDate date(int y, int m, int d, String raw) throws InvalidDateException {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new InvalidDateException("impossible date '" + shown(raw) + "': " + e.getMessage());
        }
    }

    private static LocalTime time(String h, String min, String sec, String frac, String raw)
            throws InvalidDateException {
        try {
            int nanos = 0;
            if (frac != null) {
                StringBuilder b = new StringBuilder(frac);
                while (b.length() < 9) {
                    b.append('0');
                }
                nanos = Integer.parseInt(b.toString());
            }
            return LocalTime.of(Integer.parseInt(h), Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec),
                    nanos);
        } catch (DateTimeException e) {
            throw new InvalidDateException("impossible time in '" + shown(raw) + "': " + e.getMessage());
        }
    }

    private static ZoneOffset offset(String z, String raw) throws InvalidDateException {
        switch (z) {
            case "z", "gmt", "ut", "utc":
                return ZoneOffset.UTC;
            case "edt":
                return ZoneOffset.ofHours(-4);
            case "est", "cdt":
                return ZoneOffset.ofHours(-5);
            case "cst", "mdt":
                return ZoneOffset.ofHours(-6);
            case "mst", "pdt":
                return ZoneOffset.ofHours(-7);
            case "pst":
                return ZoneOffset.ofHours(-8);
            default:
                break;
        }
        String digits = z.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int m = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        try {
            int sign = z.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        } catch (DateTimeException e) {
            throw new InvalidDateException("impossible offset in '" + shown(raw) + "': " + e.getMessage());
        }
    }

    private static int monthOf(String name) {
        switch (name.substring(0, 3)) {
            case "jan":
                return 1;
            case "feb":
                return 2;
            case "mar":
                return 3;
            case "apr":
                return 4;
            case "may":
                return 5;
            case "jun":
                return 6;
            case "jul":
                return 7;
            case "aug":
                return 8;
            case "sep":
                return 9;
            case "oct":
                return 10;
            case "nov":
                return 11;
            default:
                return 12;
        }
    }

    private static void checkWeekday(String abbrev, LocalDate d, String raw) throws InvalidDateException {
        DayOfWeek actual = d.getDayOfWeek();
        String expected = actual.name().substring(0, 3).toLowerCase(Locale.ROOT);
        if (!expected.equals(abbrev)) {
            throw new InvalidDateException("impossible date '" + shown(raw) + "': " + d + " is a "
                    + actual.name().charAt(0) + actual.name().substring(1).toLowerCase(Locale.ROOT));
        }
    }
}
