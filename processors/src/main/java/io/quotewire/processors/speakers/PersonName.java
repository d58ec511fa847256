package io.quotewire.processors.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name reduced to what the cross-article look-up compares: its surname key, the first given name (or its
 * initial) and whether it is a full name (a given name and a surname) or a short form (a surname, with a title or
 * initials: {@code Reagan}, {@code Mr. Reagan}, {@code J. Baker}).
 *
 * @param text      the name as written, without leading titles
 * @param key       the surname folded (NFKC, lower case, no periods, no possessive): what short forms are looked up by
 * @param given     the first given name folded ({@code ronald}) for a full name; the initial ({@code j}) or empty for
 *                  a short form
 * @param full      a full name (a given name that is not an initial, and a surname)
 */
record PersonName(String text, String key, String given, boolean full) {

    /** Words dropped from the front of a name: honorifics and offices ("Mr. Reagan", "Treasury Secretary" is not). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mme", "m", "herr", "dr", "prof",
            "professor", "sir", "dame", "lord", "lady", "president", "vice", "prime", "minister", "premier",
            "chancellor", "secretary", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov",
            "governor", "mayor", "judge", "justice", "gen", "general", "adm", "admiral", "col", "colonel", "capt",
            "captain", "lt", "sgt", "rev", "reverend", "father", "rabbi", "sheikh", "sheik", "king", "queen", "prince",
            "princess", "pope", "ambassador", "chairman", "chairwoman", "commissioner", "deputy", "attorney", "speaker");
    /** Words dropped from the end when comparing: generational suffixes. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Lower-case words a name may have inside it ("Ludwig van Beethoven", "Pedro de la Vega"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "di", "du", "la",
            "le", "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "y", "dos", "das");
    /**
     * Words that are not parts of a person's name although the per-article step sometimes types them as one (a
     * place, an office, an organisation or a nationality before or after a name: "British Sugar", "New York Fed",
     * "Energy Subroto", "Persian Gulf"): a name with one of them takes no part in the cross-article look-up.
     */
    private static final Set<String> NOT_NAMES = Set.of("new", "york", "fed", "world", "trade", "treasury", "gulf",
            "sugar", "bank", "group", "corp", "co", "inc", "ltd", "plc", "ag", "sa", "nv", "producers", "exchange",
            "market", "markets", "reserve", "board", "council", "commission", "agency", "ministry", "department",
            "government", "administration", "union", "association", "party", "house", "office", "court", "league",
            "federation", "institute", "fund", "bureau", "industry", "industries", "international", "national",
            "federal", "central", "western", "eastern", "northern", "southern", "pacific", "atlantic", "american",
            "japanese", "british", "french", "german", "italian", "persian", "soviet", "chinese", "european", "energy",
            "finance", "foreign", "economic", "economics", "oil", "petroleum", "agriculture", "state", "states",
            "united", "royal", "first", "chief", "senior", "acting", "former", "maize", "wheat", "grain", "coffee",
            "airlines", "motors", "securities", "capital", "holdings", "partners", "brothers", "communications",
            "systems", "technologies", "electric", "steel", "chemical", "financial", "savings", "loan", "trust", "chamber",
            "investors", "commerce", "city", "county", "republic", "kingdom");
    private static final Pattern NUMBER = Pattern.compile("(?i)(one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(-.*)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.?)+(-\\p{Lu}\\.?)*");

    /** The name's form, or empty when it is not written like a person's name (no capitalised surname, an acronym). */
    static Optional<PersonName> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>(List.of(words(name)));
        while (tokens.size() > 1 && TITLES.contains(fold(tokens.get(0)))) {
            tokens.remove(0);
        }
        String text = String.join(" ", tokens);
        List<String> core = new ArrayList<>(tokens);
        while (core.size() > 1 && SUFFIXES.contains(fold(core.get(core.size() - 1)))) {
            core.remove(core.size() - 1);
        }
        for (String t : core) {
            if (NOT_NAMES.contains(fold(t)) || NUMBER.matcher(t).matches()
                    || t.endsWith("'s") || t.endsWith("\u2019s") || t.endsWith("s'")) { // "Moody's Investors"
                return Optional.empty();
            }
        }
        String surname = core.get(core.size() - 1);
        String key = fold(surname);
        if (key.codePointCount(0, key.length()) < 2 || !Character.isUpperCase(surname.codePointAt(0))
                || surname.chars().noneMatch(Character::isLowerCase) || !key.chars().allMatch(PersonName::nameChar)) {
            return Optional.empty();
        }
        String given = "";
        boolean full = false;
        for (int i = 0; i < core.size() - 1; i++) {
            String t = core.get(i);
            if (PARTICLES.contains(t)) {
                continue;
            }
            if (!Character.isUpperCase(t.codePointAt(0))) {
                return Optional.empty();
            }
            if (INITIALS.matcher(t).matches()) {
                if (given.isEmpty()) {
                    given = fold(t.substring(0, 1));
                }
            } else {
                if (!full) {
                    given = fold(t);
                }
                full = true;
            }
        }
        return Optional.of(new PersonName(text, key, given, full));
    }

    /** Whether this short form can be the full name {@code f}: the same surname, and the initial of its given name. */
    boolean canBe(PersonName f) {
        return f.full && key.equals(f.key) && (given.isEmpty() || f.given.startsWith(given));
    }

    /** The same person when written in full: the first given name and the surname ("James Baker", "James A. Baker"). */
    String person() {
        return given + ' ' + key;
    }

    /** The name's words: split at runs of white space, after stripping its ends. */
    static String[] words(String name) {
        return SPACES.split(name.strip());
    }

    static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace(".", "").replace(",", "");
    }

    private static boolean nameChar(int c) {
        return Character.isLetter(c) || c == '-' || c == '\'';
    }
}
