package io.quotewire.processors.quotes;

/** Character classes shared by the scanners. Pure functions, no state. */
final class Chars {
    private Chars() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u2009' || c == '\u202f'
                || c == '\u2002' || c == '\u2003' || c == '\u200a' || c == '\f' || c == '\u000b';
    }

    static boolean isHorizontalSpace(char c) {
        return c != '\n' && c != '\r' && isSpace(c);
    }

    static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    static boolean isLower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** Characters that open a double quotation. */
    static boolean isDoubleOpener(char c) {
        return c == '\u201c' || c == '"' || c == '\u00ab' || c == '\u201e' || c == '\u201f';
    }

    static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015';
    }

    /** Apostrophe-like characters that may be part of a word (O’Malley, don't). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Sentence-final punctuation. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    /**
     * An unmodifiable set of words; duplicates are tolerated. A HashSet, not Set.copyOf: these sets answer several
     * look-ups per token, and the immutable set's probe (a modulo, then linear probing) cost twice HashMap's masked
     * index in profiles of the analyzer.
     */
    static java.util.Set<String> words(String... w) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(w)));
    }
}
