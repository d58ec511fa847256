package io.quotewire.processors.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Cue;
import io.quotewire.core.Mention;
import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.dedup.NameSighting;
import io.quotewire.core.dedup.SpeakerNameStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossArticleSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(1987, 3, 2);

    /** The port in memory: the night is every article given to {@link #night}; the history a set of rows. */
    static final class MemoryNames implements SpeakerNameStore {
        final List<NameSighting> nightRows = new ArrayList<>();
        final Set<NameSighting> history = new LinkedHashSet<>();
        int nightReads;
        int lookUps;
        int records;

        MemoryNames night(List<Article> articles) {
            for (Article a : articles) {
                nightRows.addAll(CrossArticleSpeakers.sightingsOf(a.quotes, a.published));
            }
            return this;
        }

        @Override
        public List<NameSighting> night() {
            nightReads++;
            return List.copyOf(nightRows);
        }

        @Override
        public List<NameSighting> sightings(Collection<String> keys, LocalDate from, LocalDate to) {
            lookUps++;
            return history.stream().filter(s -> keys.contains(s.key()) && !s.date().isBefore(from) && !s.date().isAfter(to))
                    .toList();
        }

        @Override
        public void record(Collection<NameSighting> sightings) {
            records++;
            history.addAll(sightings);
        }
    }

    record Article(String id, LocalDate published, List<Quote> quotes) {
    }

    private static Quote quote(String id, String name, SpeakerType type) {
        return new Quote(id, 0, 5, "words of " + id, QuoteKind.FULL, new Speaker(name, type, new Mention(10, 15,
                name == null ? "x" : name)), new Cue(16, 20, "said"), DAY, null);
    }

    private static Quote person(String id, String name) {
        return quote(id, name, SpeakerType.PERSON);
    }

    private static Article article(String id, LocalDate published, String... names) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            quotes.add(person(id + "#q" + (i + 1), names[i]));
        }
        return new Article(id, published, quotes);
    }

    /** The resolved speaker of every quote, running the night in this order and these chunk sizes. */
    private static Map<String, Speaker> run(MemoryNames store, List<Article> night, int chunkSize) {
        CrossArticleSpeakers engine = new CrossArticleSpeakers(store, CrossArticleSpeakers.Config.defaults());
        Map<String, Speaker> out = new LinkedHashMap<>();
        for (int from = 0; from < night.size(); from += chunkSize) {
            List<Article> chunk = night.subList(from, Math.min(night.size(), from + chunkSize));
            List<List<Quote>> resolved = engine.resolve(chunk.stream()
                    .map(a -> new CrossArticleSpeakers.ArticleSpeakers(a.published, a.quotes)).toList());
            for (List<Quote> quotes : resolved) {
                quotes.forEach(q -> out.put(q.id(), q.speaker()));
            }
        }
        return out;
    }

    private static Map<String, String> names(Map<String, Speaker> speakers) {
        Map<String, String> out = new LinkedHashMap<>();
        speakers.forEach((id, s) -> out.put(id, s.name()));
        return out;
    }

    private static Map<String, String> resolve(List<Article> night, NameSighting... history) {
        MemoryNames store = new MemoryNames().night(night);
        store.history.addAll(List.of(history));
        return names(run(store, night, 2));
    }

    @Test
    void aSurnameTakesTheNightsOnlyFullNameEvenWhenItComesFirst() {
        List<Article> night = List.of(article("a1", DAY, "Reagan"), article("a2", DAY.plusDays(1), "Ronald Reagan"),
                article("a3", DAY.plusDays(2), "Mr. Reagan", "President Reagan"));
        Map<String, String> names = resolve(night);
        assertThat(names).containsEntry("a1#q1", "Ronald Reagan").containsEntry("a2#q1", "Ronald Reagan")
                .containsEntry("a3#q1", "Ronald Reagan").containsEntry("a3#q2", "Ronald Reagan");
    }

    @Test
    void twoPersonsOfOneSurnameLeaveTheSurnameAsItIs() {
        List<Article> night = List.of(article("a1", DAY, "Bush"), article("a2", DAY, "George Bush"),
                article("a3", DAY, "Jeb Bush"));
        assertThat(resolve(night)).containsEntry("a1#q1", "Bush").containsEntry("a2#q1", "George Bush")
                .containsEntry("a3#q1", "Jeb Bush");
    }

    @Test
    void anInitialPicksAmongPersonsOfOneSurname() {
        List<Article> night = List.of(article("a1", DAY, "Ronald Reagan", "Nancy Reagan"),
                article("a2", DAY, "R. Reagan", "N. Reagan", "Reagan", "J. Reagan"));
        assertThat(resolve(night)).containsEntry("a2#q1", "Ronald Reagan").containsEntry("a2#q2", "Nancy Reagan")
                .containsEntry("a2#q3", "Reagan").containsEntry("a2#q4", "J. Reagan");
    }

    @Test
    void formsOfOneFullNameAreOnePersonAndTheMostSeenIsTaken() {
        List<Article> night = List.of(article("a1", DAY, "James Baker"), article("a2", DAY.plusDays(1), "James Baker"),
                article("a3", DAY.plusDays(2), "James A. Baker"), article("a4", DAY.plusDays(3), "Baker"));
        assertThat(resolve(night)).containsEntry("a4#q1", "James Baker");
    }

    @Test
    void theHistoryCountsWithinTheWindowOnly() {
        List<Article> night = List.of(article("a1", DAY, "Bush"), article("a2", DAY, "George Bush"));
        NameSighting longAgo = new NameSighting("bush", "Jeb Bush", DAY.minusDays(31));
        NameSighting recent = new NameSighting("bush", "Jeb Bush", DAY.minusDays(30));
        assertThat(resolve(night, longAgo)).containsEntry("a1#q1", "George Bush");
        assertThat(resolve(night, recent)).containsEntry("a1#q1", "Bush");
        // a full name of the history alone resolves a short form of the night
        assertThat(resolve(List.of(article("b1", DAY, "Lawson")), new NameSighting("lawson", "Nigel Lawson",
                DAY.plusDays(12)))).containsEntry("b1#q1", "Nigel Lawson");
    }

    @Test
    void theNightsNamesCountWhateverTheirDate() {
        List<Article> night = List.of(article("a1", DAY, "Reagan"), article("a2", DAY.plusDays(200), "Ronald Reagan"));
        assertThat(resolve(night)).containsEntry("a1#q1", "Ronald Reagan");
    }

    @Test
    void theSameSpeakersForAnyOrderOfTheNightAndAnyChunkSize() {
        String[] first = {"Ronald", "Nancy", "George", "Jeb", "James", "Howard", "Nigel", "Paul"};
        String[] last = {"Reagan", "Reagan", "Bush", "Bush", "Baker", "Baker", "Lawson", "Volcker"};
        Random random = new Random(13);
        List<Article> night = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int p = random.nextInt(first.length);
            String name = switch (random.nextInt(4)) {
                case 0 -> first[p] + ' ' + last[p];
                case 1 -> "Mr. " + last[p];
                case 2 -> first[p].charAt(0) + ". " + last[p];
                default -> last[p];
            };
            night.add(article(String.format("a%03d", i), DAY.plusDays(random.nextInt(90)), name, "official"));
        }
        List<NameSighting> history = List.of(new NameSighting("volcker", "Paul A. Volcker", DAY.minusDays(3)),
                new NameSighting("lawson", "Dominic Lawson", DAY.minusDays(400)));
        MemoryNames reference = new MemoryNames().night(night);
        reference.history.addAll(history);
        Map<String, String> expected = new java.util.TreeMap<>(names(run(reference, night, night.size())));
        for (int attempt = 0; attempt < 6; attempt++) {
            List<Article> shuffled = new ArrayList<>(night);
            Collections.shuffle(shuffled, random);
            MemoryNames store = new MemoryNames().night(night);
            store.history.addAll(history);
            int chunk = 1 + random.nextInt(17);
            assertThat(new java.util.TreeMap<>(names(run(store, shuffled, chunk)))).as("chunks of %d", chunk)
                    .isEqualTo(expected);
            assertThat(store.nightReads).isEqualTo(1);
            assertThat(store.records).as("one write per chunk at most").isLessThanOrEqualTo((shuffled.size() + chunk - 1) / chunk);
        }
        // and what it says: Lawson is Nigel Lawson (Dominic is outside the window), Volcker is one person
        assertThat(expected.values()).doesNotContain("Lawson", "Mr. Lawson", "Volcker", "Mr. Volcker");
        // the history took the night's full names, with their dates
        MemoryNames after = new MemoryNames().night(night);
        run(after, night, 10);
        assertThat(after.history).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(after.nightRows));
    }

    @Test
    void aDescriptionIsNotAName() {
        List<Article> night = List.of(article("a1", DAY, "official", "a Treasury official", "the president",
                "Official", "Treasury official", "The spokesman", "A Treasury official"));
        Map<String, Speaker> speakers = run(new MemoryNames().night(night), night, 5);
        for (Speaker s : speakers.values()) {
            assertThat(s.name()).isNull();
            assertThat(s.description()).isNotBlank();
            assertThat(s.reason()).isNull();
        }
        assertThat(speakers.get("a1#q2").description()).isEqualTo("a Treasury official");
        assertThat(speakers.get("a1#q2").type()).isEqualTo(SpeakerType.PERSON);
    }

    @Test
    void namesThatAreNotPersonsNeitherResolveNorAreRecorded() {
        Quote org = quote("a1#q1", "Exxon Corp", SpeakerType.ORGANIZATION);
        Quote fed = quote("a1#q2", "Fed", SpeakerType.PERSON);
        List<Article> night = List.of(new Article("a1", DAY, List.of(org, fed)),
                article("a2", DAY, "New York Fed", "British Sugar", "Twenty-nine Japanese"), article("a3", DAY, "Sugar"));
        assertThat(CrossArticleSpeakers.sightingsOf(night.get(1).quotes, DAY)).isEmpty();
        assertThat(resolve(night)).containsEntry("a1#q1", "Exxon Corp").containsEntry("a1#q2", "Fed")
                .containsEntry("a3#q1", "Sugar");
    }

    @Test
    void noSpeakerHasANullNameAndAReason() {
        Quote noCue = new Quote("a1#q1", 0, 5, "x", QuoteKind.FULL, Speaker.UNKNOWN, null, DAY, null);
        Quote cueOnly = new Quote("a1#q2", 0, 5, "y", QuoteKind.FULL, Speaker.UNKNOWN, new Cue(6, 10, "said"), DAY, null);
        Quote pronoun = new Quote("a1#q3", 0, 5, "z", QuoteKind.FULL, new Speaker(null, SpeakerType.PERSON,
                new Mention(6, 8, "he")), new Cue(9, 13, "said"), DAY, null);
        Quote another = new Quote("a1#q4", 0, 5, "w", QuoteKind.FULL, new Speaker(null, SpeakerType.PERSON,
                new Mention(6, 13, "Another")), new Cue(14, 18, "said"), DAY, null);
        Quote empty = new Quote("a1#q5", 0, 5, "v", QuoteKind.FULL, new Speaker("  ", SpeakerType.UNKNOWN, null),
                null, DAY, null);
        List<Article> night = List.of(new Article("a1", DAY, List.of(noCue, cueOnly, pronoun, another, empty)));
        Map<String, Speaker> speakers = run(new MemoryNames(), night, 1);
        assertThat(speakers.values()).allSatisfy(s -> {
            assertThat(s.name()).isNull();
            assertThat(s.description()).isNull();
        });
        assertThat(speakers.values()).extracting(Speaker::reason).containsExactly("NO_CUE", "NO_SPEAKER_AT_CUE",
                "UNRESOLVED_PRONOUN", "UNRESOLVED_MENTION", "NO_CUE");
    }

    @Test
    void personNamesAreReadWithTheirTitlesInitialsAndSuffixes() {
        assertThat(PersonName.parse("Mr. Reagan")).hasValueSatisfying(p -> {
            assertThat(p.full()).isFalse();
            assertThat(p.key()).isEqualTo("reagan");
        });
        assertThat(PersonName.parse("James A. Baker III")).hasValueSatisfying(p -> {
            assertThat(p.full()).isTrue();
            assertThat(p.person()).isEqualTo("james baker");
            assertThat(p.text()).isEqualTo("James A. Baker III");
        });
        assertThat(PersonName.parse("President Ronald Reagan")).hasValueSatisfying(p ->
                assertThat(p.text()).isEqualTo("Ronald Reagan"));
        assertThat(PersonName.parse("J.P. Morgan")).hasValueSatisfying(p -> assertThat(p.full()).isFalse());
        assertThat(PersonName.parse("OPEC")).isEmpty();
        assertThat(PersonName.parse("Moody's Investors")).isEmpty();
    }
}
