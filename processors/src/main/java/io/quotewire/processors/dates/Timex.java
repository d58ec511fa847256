package io.quotewire.processors.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** TIMEX3 value formatting and calendar helpers. Stateless. */
final class Timex {
    private Timex() {
    }

    static String pad(int v, int width) {
        String s = Integer.toString(Math.abs(v));
        StringBuilder b = new StringBuilder(width + 1);
        if (v < 0) {
            b.append('-');
        }
        for (int k = s.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    static String year(int y) {
        return pad(y, 4);
    }

    static String day(LocalDate d) {
        return pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2) + "-" + pad(d.getDayOfMonth(), 2);
    }

    static String month(int y, int m) {
        return pad(y, 4) + "-" + pad(m, 2);
    }

    static String week(LocalDate d) {
        return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    static String quarter(int y, int q) {
        return pad(y, 4) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    static String decade(int y) {
        return pad(Math.floorDiv(y, 10), 3);
    }

    static String century(int y) {
        return pad(Math.floorDiv(y, 100), 2);
    }

    static String season(int index) {
        int y = Math.floorDiv(index, 4);
        int s = Math.floorMod(index, 4);
        return pad(y, 4) + "-" + SEASONS[s];
    }

    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    static int seasonCode(String s) {
        for (int k = 0; k < 4; k++) {
            if (SEASONS[k].equals(s)) {
                return k;
            }
        }
        return 0;
    }

    /** Season index year*4+s: spring 0 (Mar-May), summer 1, fall 2, winter 3 (Dec of the year and Jan-Feb after). */
    static int seasonIndex(LocalDate d) {
        int m = d.getMonthValue();
        int y = d.getYear();
        if (m <= 2) {
            return (y - 1) * 4 + 3;
        }
        if (m == 12) {
            return y * 4 + 3;
        }
        return y * 4 + (m - 3) / 3;
    }

    static LocalDate nthWeekday(int y, int month, DayOfWeek dow, int n) {
        LocalDate first = LocalDate.of(y, month, 1).with(TemporalAdjusters.firstInMonth(dow));
        return first.plusWeeks(n - 1);
    }

    static LocalDate lastWeekday(int y, int month, DayOfWeek dow) {
        return LocalDate.of(y, month, 1).with(TemporalAdjusters.lastInMonth(dow));
    }

    /** Western Easter Sunday (anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** Whether a string is a well-formed TIMEX3 value of the kinds this engine writes. */
    static boolean wellFormed(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        switch (v) {
            case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
                return true;
            default:
                break;
        }
        if (v.charAt(0) == 'P') {
            return v.length() > 1 && !v.equals("PT")
                    && v.matches("P(?:(?:\\d+|X)[YMWDQ])*(?:T(?:(?:\\d+|X)[HMS])+)?");
        }
        return v.matches("(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?(T(\\d{2}:\\d{2}|MO|AF|EV|NI))?"
                + "|-W(\\d{2}|XX)(-(\\d|WE)(T(MO|AF|EV|NI))?)?|-Q\\d|-H\\d|-(SP|SU|FA|WI))?"
                + "|\\d{2,3}|FY\\d{4}");
    }
}
