package io.quotewire.processors.quotes;

import io.quotewire.processors.Spaces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The persons one article names, for the canonical form of each mention: every name of two words or more the
 * article gives (titles already dropped) and where it gives it. A mention resolves to the fullest name that holds
 * its words in order and ends in its surname ("Durbin", "Richard Durbin" → "Richard J. Durbin"); a lone first
 * name resolves when no surname fits ("Bernie" → "Bernie Sanders"). When the names a mention fits are two people
 * ("Bill Clinton", "Hillary Clinton"), what the mention says decides first (Mrs. → the woman; "Jr." only fits a
 * name with "Jr."), then the one the article names most, then the one it names first (whom it is about; the
 * nearest is no better: "her husband, Bill Clinton" does not make "Clinton" him). Built per article; not shared
 * between threads.
 */
final class NameTable {
    /** Generational suffixes: part of the name, skipped when finding the surname ("Ronald Johnson III"). */
    private static final Set<String> SUFFIXES = Chars.words("jr", "sr", "ii", "iii", "iv");

    /** A full name as the article gives it, its words as compared (see {@link #keys}), and how often it is given. */
    private static final class Given {
        final String name;
        final String[] keys;
        int count;

        Given(String name) {
            this.name = name;
            this.keys = keys(name);
        }
    }

    /** Each full name, in the order first given: its compared words are made once, not at every look-up. */
    private final Map<String, Given> given = new LinkedHashMap<>();

    /**
     * Records a person's name. A one-word name adds no full form, nor does a
     * phrase joined by "of" or "for" ("Supporters of Sanders", "Vote for Clinton"): no one's name.
     */
    void add(String name) {
        String n = spaced(name);
        String[] w = words(n);
        if (w.length >= 2 && !List.of(w).contains("of") && !List.of(w).contains("for") && !List.of(w).contains("&")) {
            given.computeIfAbsent(n, Given::new).count++;
        }
    }

    /** Whether some full name has this word (lower case) as its first name or surname. */
    boolean knows(String word) {
        for (Given full : given.values()) {
            String[] k = full.keys;
            if (k[0].equals(word) || k[surname(k)].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fullest name the article gives for the person {@code name} mentions, or {@code name} (its whitespace
     * collapsed) when none fits.
     *
     * @param female true for a woman (Ms., Mrs., she), false for a man (Mr., he), null when unknown
     */
    String fullest(String name, Boolean female) {
        String n = spaced(name);
        String[] q = keys(n);
        if (q.length == 0) {
            return n;
        }
        List<Given> fits = new ArrayList<>();
        for (Given full : given.values()) {
            if (fits(q, full.keys)) {
                fits.add(full);
            }
        }
        if (fits.isEmpty() && q.length == 1) {
            for (Given full : given.values()) { // a first name alone: "Bernie"
                if (full.keys[0].equals(q[0])) {
                    fits.add(full);
                }
            }
        }
        fits = preferred(fits, f -> suffix(f.keys).equals(suffix(q))); // "Trump" is not "Donald Trump Jr."
        if (female != null) { // a first name the lexicon lacks decides nothing
            fits = preferred(fits, f -> female == NameLexicon.FEMALE.contains(f.keys[0]));
        }
        // the people among the fits: the names no other fit holds, each standing for the fits it holds
        String best = null;
        int bestCount = -1;
        for (Given candidate : fits) {
            String[] c = candidate.keys;
            boolean held = false;
            int count = 0;
            for (Given other : fits) {
                String[] o = other.keys;
                if (other != candidate && fits(c, o) && !fits(o, c)) {
                    held = true;
                }
                if (fits(o, c)) {
                    count += other.count;
                }
            }
            if (held) {
                continue;
            }
            if (count > bestCount) {
                best = candidate.name;
                bestCount = count;
            }
        }
        return best == null ? n : best;
    }

    private static List<Given> preferred(List<Given> fits, java.util.function.Predicate<Given> test) {
        List<Given> kept = fits.stream().filter(test).toList();
        return kept.isEmpty() ? fits : kept;
    }

    /**
     * Whether the mention's words {@code q} may name the person {@code full}: the same surname, and q's other
     * words in order among full's ("Wasserman Schultz" in "Debbie Wasserman Schultz", "Donald Trump" in "Donald
     * J. Trump"); a suffix the mention gives must be there too.
     */
    private static boolean fits(String[] q, String[] full) {
        int qs = surname(q);
        int fs = surname(full);
        if (!q[qs].equals(full[fs]) || q.length - qs > full.length - fs) {
            return false;
        }
        for (int k = qs + 1; k < q.length; k++) {
            if (!q[k].equals(full[fs + k - qs])) {
                return false;
            }
        }
        int j = 0;
        for (int k = 0; k < qs; k++) {
            while (j < fs && !full[j].equals(q[k])) {
                j++;
            }
            if (j == fs) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** The index of the surname: the last word that is no suffix. */
    private static int surname(String[] w) {
        int k = w.length - 1;
        while (k > 0 && SUFFIXES.contains(w[k])) {
            k--;
        }
        return k;
    }

    private static String suffix(String[] w) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, surname(w) + 1, w.length));
    }

    /** The words of a name, lower case, periods and commas dropped, for comparing. */
    private static String[] keys(String name) {
        String[] w = words(name);
        for (int k = 0; k < w.length; k++) {
            w[k] = w[k].replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
        }
        return w;
    }

    private static String[] words(String name) {
        return name.isEmpty() ? new String[0] : name.split(" ");
    }

    /** The name with every run of whitespace (no-break spaces, line breaks) as one space. */
    static String spaced(String name) {
        return Spaces.fold(name, c -> Chars.isSpace((char) c));
    }
}
