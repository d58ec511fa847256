package io.quotewire.processors.speakers;

import io.quotewire.core.Quote;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.dedup.NameSighting;
import io.quotewire.core.dedup.SpeakerNameStore;
import io.quotewire.processors.dedup.DateWindows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The speakers of the quotation database: across articles, the same person is one speaker. Plain Java, over the
 * {@link SpeakerNameStore} port. For each quote of a chunk (the article's speaker as the per-article step gave it):
 *
 * <ul>
 * <li><b>A short form takes the unambiguous full name.</b> A person's surname alone or with a title or initials
 *     ({@code Reagan}, {@code Mr. Reagan}, {@code R. Reagan}) becomes the full name ({@code Ronald Reagan}) when
 *     exactly one person with that surname (and initial) was a speaker within ± {@link Config#windowDays} days of the
 *     article's date, in the night's articles or in the history. {@code Bush} with {@code George Bush} and
 *     {@code Jeb Bush} stays {@code Bush}. Forms of one full name that differ only after the first given name
 *     ({@code James Baker}, {@code James A. Baker}) are one person; the one seen on most days is taken (then the
 *     longest, then the first in code-point order).</li>
 * <li><b>A description is not a name.</b> Words that describe rather than name ({@code official},
 *     {@code a Treasury official}, {@code the president}, or one capitalised word such as {@code Official} at a
 *     sentence start) go to {@link Speaker#description()}, and the name is null.</li>
 * <li><b>No speaker has a reason</b> ({@link Reason}), from what the per-article step kept: its cue and mention.</li>
 * </ul>
 *
 * The result does not depend on the articles' order nor on the chunking: the night's full names are read once,
 * before the first chunk ({@link SpeakerNameStore#night}), so a short form seen before its full form resolves as
 * after it; the history is looked up by key, a chunk at a time, only within the window around the chunk's dates, so
 * a chunk's cost does not grow with the database. The night's sightings the chunks record are the night's table
 * again, so reading them back changes nothing.
 */
public final class CrossArticleSpeakers {

    /**
     * @param windowDays how far (days, either way) from the article's date a full name of the history counts for a
     *                   short form
     * @param wholeNight whether every full name of the night counts, whatever its date (else the night's names are
     *                   windowed like the history's)
     */
    public record Config(int windowDays, boolean wholeNight) {
        public Config {
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays >= 0");
            }
        }

        /** The quotation aggregator's fragment window, 30 days, for the history; the whole night. */
        public static Config defaults() {
            return new Config(30, true);
        }
    }

    /** Why a quote has no speaker, as far as the per-article step's cue and mention tell. */
    public enum Reason {
        /** No reporting words were found for the quote (no "said", no "according to"). */
        NO_CUE,
        /** Reporting words, but no words naming anyone at them. */
        NO_SPEAKER_AT_CUE,
        /** A pronoun ("he", "she", "they") that the article did not resolve to a name. */
        UNRESOLVED_PRONOUN,
        /** Other words that point at a speaker without naming one ("another", "several", "others"). */
        UNRESOLVED_MENTION
    }

    /** One article of a chunk: its date (the window is around it) and its quotes as the per-article step gave them. */
    public record ArticleSpeakers(LocalDate published, List<Quote> quotes) {
        public ArticleSpeakers {
            Objects.requireNonNull(published, "published");
            quotes = List.copyOf(quotes);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "we", "i",
            "you", "his", "its", "their", "one");
    /** Capitalised single words that describe rather than name (a sentence-initial "Official said ..."). */
    private static final Set<String> DESCRIPTION_WORDS = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "spokesmen", "analyst", "analysts", "trader", "traders", "dealer", "dealers", "source",
            "sources", "banker", "bankers", "diplomat", "diplomats", "economist", "economists", "aide", "aides",
            "broker", "brokers", "observer", "observers", "expert", "experts", "executive", "executives", "president",
            "chairman", "minister", "director", "witnesses", "witness", "residents", "critics");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "one", "another", "some", "several");

    private final SpeakerNameStore store;
    private final Config config;
    private KnownNames night;

    public CrossArticleSpeakers(SpeakerNameStore store, Config config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The full person names among these quotes' speakers (as the per-article step gave them), dated {@code published}:
     * what the per-article step records of each article for the night's table.
     */
    public static List<NameSighting> sightingsOf(List<Quote> quotes, LocalDate published) {
        Map<String, NameSighting> out = new TreeMap<>();
        for (Quote q : quotes) {
            if (q.speaker().type() != SpeakerType.PERSON || describes(q.speaker().name())) {
                continue;
            }
            PersonName.parse(q.speaker().name()).filter(PersonName::full)
                    .ifPresent(p -> out.putIfAbsent(p.key() + '\t' + p.text(), new NameSighting(p.key(), p.text(), published)));
        }
        return List.copyOf(out.values());
    }

    /**
     * Each article's quotes with their speakers resolved (in the same order; everything else as given), and the chunk's
     * full names recorded in the history. Call it once per chunk, in the chunk's transaction.
     */
    public List<List<Quote>> resolve(List<ArticleSpeakers> chunk) {
        if (night == null) {
            night = new KnownNames(store.night());
        }
        Set<String> keys = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        List<NameSighting> seen = new ArrayList<>();
        for (ArticleSpeakers a : chunk) {
            dates.add(a.published());
            for (Quote q : a.quotes()) {
                shortForm(q.speaker()).ifPresent(p -> keys.add(p.key()));
            }
            seen.addAll(sightingsOf(a.quotes(), a.published()));
        }
        List<NameSighting> history = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (LocalDate[] w : DateWindows.around(dates, config.windowDays())) {
                history.addAll(store.sightings(keys, w[0], w[1]));
            }
        }
        KnownNames stored = new KnownNames(history);
        List<List<Quote>> out = new ArrayList<>(chunk.size());
        for (ArticleSpeakers a : chunk) {
            List<Quote> quotes = new ArrayList<>(a.quotes().size());
            for (Quote q : a.quotes()) {
                Speaker s = speakerOf(q, a.published(), stored);
                quotes.add(s.equals(q.speaker()) ? q : new Quote(q.id(), q.start(), q.end(), q.text(), q.kind(), s,
                        q.cue(), q.date(), q.quotationId()));
            }
            out.add(quotes);
        }
        if (!seen.isEmpty()) {
            store.record(seen);
        }
        return out;
    }

    /** The quote's speaker for the quotation database (see the class comment). */
    Speaker speakerOf(Quote q, LocalDate published, KnownNames stored) {
        Speaker s = q.speaker();
        String name = s.name() == null ? null : String.join(" ", PersonName.words(s.name()));
        if (name == null || name.isEmpty()) {
            return new Speaker(null, s.type(), s.mention(), null, reasonOf(q).name());
        }
        if (describes(name)) {
            return new Speaker(null, s.type(), s.mention(), name, null);
        }
        Optional<PersonName> shortForm = shortForm(s);
        if (shortForm.isEmpty()) {
            return name.equals(s.name()) ? s : new Speaker(name, s.type(), s.mention());
        }
        String full = fullNameOf(shortForm.get(), published, stored);
        return new Speaker(full != null ? full : name, s.type(), s.mention());
    }

    /** The one full name this short form can be within the window around {@code date}, or null (none, or several). */
    private String fullNameOf(PersonName shortForm, LocalDate date, KnownNames stored) {
        LocalDate from = date.minusDays(config.windowDays());
        LocalDate to = date.plusDays(config.windowDays());
        Map<String, TreeSet<LocalDate>> candidates = new TreeMap<>();
        if (config.wholeNight()) {
            night.collect(shortForm.key(), LocalDate.MIN, LocalDate.MAX, candidates);
        } else {
            night.collect(shortForm.key(), from, to, candidates);
        }
        stored.collect(shortForm.key(), from, to, candidates);
        Map<String, List<Map.Entry<String, TreeSet<LocalDate>>>> persons = new LinkedHashMap<>();
        for (Map.Entry<String, TreeSet<LocalDate>> c : candidates.entrySet()) {
            PersonName.parse(c.getKey()).filter(shortForm::canBe)
                    .ifPresent(f -> persons.computeIfAbsent(f.person(), k -> new ArrayList<>()).add(c));
        }
        if (persons.size() != 1) {
            return null;
        }
        return persons.values().iterator().next().stream()
                .min(Comparator.<Map.Entry<String, TreeSet<LocalDate>>>comparingInt(e -> -e.getValue().size())
                        .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** The speaker as a person's short form (a surname, with a title or initials), when it is one. */
    private static Optional<PersonName> shortForm(Speaker s) {
        if (s.type() != SpeakerType.PERSON || s.name() == null || describes(s.name())) {
            return Optional.empty();
        }
        return PersonName.parse(s.name()).filter(p -> !p.full());
    }

    /**
     * Whether the words describe rather than name: they begin with a lower-case word ({@link Speaker#descriptionOf}),
     * or are one capitalised description word ({@code Official}), or end in a lower-case description word
     * ({@code Treasury official}), or are an article followed by a lower-case word ({@code The spokesman},
     * {@code A Treasury official}).
     */
    static boolean describes(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (Speaker.descriptionOf(name) != null) {
            return true;
        }
        String[] words = PersonName.words(name);
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1) {
            return DESCRIPTION_WORDS.contains(first);
        }
        String last = words[words.length - 1];
        if (Character.isLowerCase(last.codePointAt(0)) && DESCRIPTION_WORDS.contains(last)) {
            return true; // "Treasury official", "Reagan administration official"
        }
        if (ARTICLES.contains(first)) {
            for (int i = 1; i < words.length; i++) {
                if (Character.isLowerCase(words[i].codePointAt(0))) {
                    return true; // "The spokesman", "A Treasury official"
                }
            }
        }
        return false;
    }

    /** Why there is no speaker, from the quote's cue and the mention the per-article step kept. */
    static Reason reasonOf(Quote q) {
        if (q.speaker().mention() != null && !q.speaker().mention().text().isBlank()) {
            String m = q.speaker().mention().text().strip().toLowerCase(Locale.ROOT);
            return PRONOUNS.contains(m) ? Reason.UNRESOLVED_PRONOUN : Reason.UNRESOLVED_MENTION;
        }
        return q.cue() == null ? Reason.NO_CUE : Reason.NO_SPEAKER_AT_CUE;
    }
}
