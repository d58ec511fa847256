package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.dedup.Occurrence;
import io.quotewire.core.dedup.QuotationSummary;
import io.quotewire.core.dedup.QuotationUpdates;
import io.quotewire.core.dedup.SpeakerCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationAggregatorTest {
    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);
    private static final String TWEET = "Spoke with @HeikoMaas about @realDonaldTrump's decision to take defensive "
            + "action to eliminate Qassem Soleimani. Germany is also concerned over the Iranian regime\u2019s continued "
            + "military provocations. The U.S. remains committed to de-escalation.";

    private final InMemoryQuotationStore store = new InMemoryQuotationStore();
    private final QuotationAggregator aggregator = new QuotationAggregator(store);

    private static Quote quote(String articleId, int n, int start, String text, QuoteKind kind, String speaker,
                               LocalDate date) {
        Speaker s = speaker == null ? Speaker.UNKNOWN : new Speaker(speaker, SpeakerType.PERSON, null);
        return new Quote(Quote.idFor(articleId, n), start, start + text.length(), text, kind, s, null, date, null);
    }

    /** The seed article's Pompeo quotes (and two others), in text order. */
    private static List<Quote> seedLike(String articleId) {
        return List.of(
                quote(articleId, 1, 58, "depart Iraq immediately", QuoteKind.PARTIAL, "US State Department", DAY),
                quote(articleId, 2, 748, "aimed at deterring future Iranian attack plans.", QuoteKind.PARTIAL,
                        "Pentagon", DAY),
                quote(articleId, 3, 865, "de-escalation", QuoteKind.PARTIAL, "Mike Pompeo", DAY),
                quote(articleId, 4, 895, "defensive action to eliminate Qassem Soleimani.", QuoteKind.PARTIAL,
                        "Mike Pompeo", DAY),
                quote(articleId, 5, 1150, TWEET, QuoteKind.POST, "Mike Pompeo", DAY),
                quote(articleId, 6, 1482, "vigorous revenge", QuoteKind.PARTIAL, "Iranian officials", DAY),
                quote(articleId, 7, 1585, "revenge awaits the criminals who have stained their hands in his blood.",
                        QuoteKind.FULL, "Ali Khamenei", DAY));
    }

    @Test
    void seedFragmentsFoldIntoPompeosTweet() {
        QuotationUpdates u = aggregator.aggregate("seed", null, seedLike("seed"));
        String tweetId = QuotationKey.idFor(QuotationKey.normalize(TWEET));
        assertThat(u.quotes()).extracting(Quote::quotationId).containsExactly(
                QuotationKey.idFor("depart iraq immediately"),
                QuotationKey.idFor("aimed at deterring future iranian attack plans"),
                tweetId, tweetId, tweetId,
                QuotationKey.idFor("vigorous revenge"),
                QuotationKey.idFor(QuotationKey.normalize(u.quotes().get(6).text())));
        assertThat(store.size()).isEqualTo(5);
        QuotationSummary tweet = aggregator.summarize(tweetId);
        assertThat(tweet.numOccurrences()).isEqualTo(3);
        assertThat(tweet.quotation()).isEqualTo(TWEET);
        assertThat(tweet.occurrences()).extracting(Occurrence::quoteId)
                .containsExactly("seed#q3", "seed#q4", "seed#q5");
        assertThat(tweet.speaker()).isEqualTo("Mike Pompeo");
        assertThat(tweet.probas()).containsExactly(List.of("Mike Pompeo", 1.0));
        assertThat(tweet.articleIds()).containsExactly("seed");
        assertThat(u.updated()).hasSize(5).contains(tweetId);
    }

    @Test
    void aLongerFormArrivingLaterAbsorbsItsFragmentsWithTheSameId() {
        List<Quote> seed = seedLike("a1");
        aggregator.aggregate("a1", null, List.of(seed.get(2), seed.get(3))); // the fragments alone first
        assertThat(store.size()).isEqualTo(2);
        Quote tweet = quote("a2", 1, 0, TWEET, QuoteKind.POST, "Mike Pompeo", DAY.plusDays(1));
        QuotationUpdates u = aggregator.aggregate("a2", null, List.of(tweet));
        String tweetId = QuotationKey.idFor(QuotationKey.normalize(TWEET));
        assertThat(u.quotes().get(0).quotationId()).isEqualTo(tweetId);
        assertThat(u.merged()).containsOnlyKeys(QuotationKey.idFor("de escalation"),
                QuotationKey.idFor("defensive action to eliminate qassem soleimani")).containsValue(tweetId);
        assertThat(store.size()).isEqualTo(1);
        QuotationSummary s = aggregator.summarize(tweetId);
        assertThat(s.numOccurrences()).isEqualTo(3);
        assertThat(s.date()).isEqualTo(DAY);
        assertThat(s.articleIds()).containsExactly("a1", "a2");
        // a later copy of a merged fragment goes straight to the surviving quotation
        QuotationUpdates later = aggregator.aggregate("a3", null,
                List.of(quote("a3", 1, 0, "De-escalation!", QuoteKind.PARTIAL, "Mike Pompeo", DAY.plusDays(2))));
        assertThat(later.quotes().get(0).quotationId()).isEqualTo(tweetId);
        assertThat(aggregator.summarize(tweetId).numOccurrences()).isEqualTo(4);
    }

    /** A fragment folded into one speaker's statement is that speaker's: the same words by others stay apart. */
    @Test
    void foldedFragmentsDoNotCaptureTheSameWordsOfOtherSpeakersInEitherOrder() {
        String longer = "like many other developing countries, which are reneging on their debts";
        for (boolean fragmentFirst : new boolean[] {false, true}) {
            InMemoryQuotationStore s = new InMemoryQuotationStore();
            QuotationAggregator agg = new QuotationAggregator(s);
            Quote whole = quote("a", 1, 0, longer, QuoteKind.FULL, "Ann Minister", DAY);
            Quote many = quote("b", 1, 0, "many", QuoteKind.PARTIAL, "Ann Minister", DAY);
            agg.aggregate(fragmentFirst ? "b" : "a", null, List.of(fragmentFirst ? many : whole));
            agg.aggregate(fragmentFirst ? "a" : "b", null, List.of(fragmentFirst ? whole : many));
            String longId = QuotationKey.idFor(QuotationKey.normalize(longer));
            assertThat(agg.summarize(longId).numOccurrences()).as("fragment first: %s", fragmentFirst).isEqualTo(2);

            String byBob = agg.aggregate("c", null, List.of(quote("c", 1, 0, "Many", QuoteKind.PARTIAL, "Bob Banker",
                    DAY))).quotes().get(0).quotationId();
            String byCarl = agg.aggregate("d", null, List.of(quote("d", 1, 0, "many!", QuoteKind.PARTIAL, "Carl Clerk",
                    DAY))).quotes().get(0).quotationId();
            String byAnnAgain = agg.aggregate("e", null, List.of(quote("e", 1, 0, "many", QuoteKind.PARTIAL,
                    "Ann Minister", DAY.plusDays(60)))).quotes().get(0).quotationId();
            assertThat(byBob).isNotEqualTo(longId).isEqualTo(byCarl);
            assertThat(byAnnAgain).isEqualTo(longId);
            assertThat(agg.summarize(byBob).probas()).containsExactly(List.of("Bob Banker", 0.5), List.of("Carl Clerk", 0.5));
            assertThat(agg.summarize(longId).numOccurrences()).isEqualTo(3);
            assertThat(s.size()).isEqualTo(2);
        }
    }

    @Test
    void sameTextUpToCasePunctuationAndSpacesIsOneQuotationWithTheLongestFormAndEarliestDate() {
        aggregator.aggregate("b", null, List.of(quote("b", 1, 0, "we will not back down", QuoteKind.FULL,
                "Jane Roe", DAY.plusDays(3))));
        aggregator.aggregate("a", null, List.of(quote("a", 1, 0, "We will   not back down!", QuoteKind.FULL,
                "Jane Roe", DAY.plusDays(1))));
        aggregator.aggregate("c", null, List.of(quote("c", 1, 0, "We will not back-down.", QuoteKind.FULL,
                "J. Roe", DAY.plusDays(2))));
        assertThat(store.size()).isEqualTo(1);
        QuotationSummary s = aggregator.summarize(QuotationKey.idFor("we will not back down"));
        // the longest form, its whitespace folded
        assertThat(s.quotation()).isEqualTo("We will not back down!");
        assertThat(s.date()).isEqualTo(DAY.plusDays(1));
        assertThat(s.numOccurrences()).isEqualTo(3);
        assertThat(s.articleIds()).containsExactly("a", "c", "b");
        assertThat(s.speaker()).isEqualTo("Jane Roe");
        assertThat(s.probas()).containsExactly(List.of("Jane Roe", 0.6667), List.of("J. Roe", 0.3333));
    }

    @Test
    void eachOccurrenceKeepsItsSpeakersTypeAndADescriptionApartFromNames() {
        QuotationUpdates named = aggregator.aggregate("n", null, List.of(quote("n", 1, 0, "The bridge opens in May",
                QuoteKind.FULL, "Jane Roe", DAY)));
        QuotationUpdates described = aggregator.aggregate("d", null, List.of(new Quote(Quote.idFor("d", 1), 0, 20,
                "Prices will rise soon", QuoteKind.FULL, new Speaker("a senior official", SpeakerType.PERSON, null),
                null, DAY, null)));
        QuotationUpdates nobody = aggregator.aggregate("u", null, List.of(quote("u", 1, 0, "Nobody knows who said this",
                QuoteKind.FULL, null, DAY)));
        assertThat(store.occurrencesOf(named.quotes().get(0).quotationId()))
                .containsExactly(new Occurrence("n", "n#q1", DAY, "Jane Roe", "person", null));
        assertThat(store.occurrencesOf(described.quotes().get(0).quotationId()))
                .containsExactly(new Occurrence("d", "d#q1", DAY, "a senior official", "person", "a senior official"));
        assertThat(store.occurrencesOf(nobody.quotes().get(0).quotationId()))
                .containsExactly(new Occurrence("u", "u#q1", DAY, null, "unknown", null));
    }

    @Test
    void aQuotationsTextHasItsHardLineBreaksFoldedWhileTheQuoteKeepsTheBodysCharacters() {
        Quote wrapped = quote("w", 1, 0, "We will keep the\n  harbour open\nall winter,\u00a0he said", QuoteKind.FULL,
                "Jane Roe", DAY);
        QuotationUpdates u = aggregator.aggregate("w", null, List.of(wrapped));
        assertThat(u.quotes().get(0).text()).isEqualTo(wrapped.text());
        assertThat(aggregator.summarize(u.quotes().get(0).quotationId()).quotation())
                .isEqualTo("We will keep the harbour open all winter, he said");
        // the same words wrapped elsewhere are the same quotation, read the same
        QuotationUpdates again = aggregator.aggregate("x", null, List.of(quote("x", 1, 0,
                "We will keep the harbour\nopen all winter, he said", QuoteKind.FULL, "Jane Roe", DAY)));
        assertThat(again.quotes().get(0).quotationId()).isEqualTo(u.quotes().get(0).quotationId());
    }

    @Test
    void fragmentsOfAnotherSpeakerOrOutsideTheWindowOrNotAtWordBoundariesStayApart() {
        aggregator.aggregate("a", null, List.of(quote("a", 1, 0, TWEET, QuoteKind.POST, "Mike Pompeo", DAY)));
        aggregator.aggregate("b", null, List.of(
                quote("b", 1, 0, "de-escalation", QuoteKind.PARTIAL, "Heiko Maas", DAY),
                quote("b", 2, 20, "continued military provocations", QuoteKind.PARTIAL, null, DAY),
                quote("b", 3, 60, "military provocation", QuoteKind.PARTIAL, "Mike Pompeo", DAY),
                quote("b", 4, 80, "Germany is also concerned", QuoteKind.PARTIAL, "Mike Pompeo", DAY.plusDays(31))));
        assertThat(store.size()).isEqualTo(5);
        assertThat(aggregator.summarize(QuotationKey.idFor(QuotationKey.normalize(TWEET))).numOccurrences()).isEqualTo(1);
        assertThat(aggregator.summarize(QuotationKey.idFor("continued military provocations")).speaker())
                .isEqualTo(SpeakerCount.NONE);
    }

    @Test
    void aSharedRunOfEightWordsFoldsTheShorterIntoTheLonger() {
        String longer = "we have always said that the people of this city deserve better schools and safer streets";
        String overlapping = "the people of this city deserve better schools, and we will deliver them";
        String sevenOnly = "the people of this city deserve better, and nothing less";
        aggregator.aggregate("a", null, List.of(quote("a", 1, 0, longer, QuoteKind.FULL, "Ann Mayor", DAY)));
        QuotationUpdates u = aggregator.aggregate("b", null, List.of(
                quote("b", 1, 0, overlapping, QuoteKind.FULL, "Ann Mayor", DAY),
                quote("b", 2, 100, sevenOnly, QuoteKind.FULL, "Ann Mayor", DAY)));
        String id = QuotationKey.idFor(longer);
        assertThat(u.quotes().get(0).quotationId()).isEqualTo(id);
        assertThat(u.quotes().get(1).quotationId()).isNotEqualTo(id);
        assertThat(aggregator.summarize(id).quotation()).isEqualTo(longer);

        // the other arrival order: the longer one absorbs the earlier overlapping quotation
        InMemoryQuotationStore other = new InMemoryQuotationStore();
        QuotationAggregator reversed = new QuotationAggregator(other);
        reversed.aggregate("b", null, List.of(quote("b", 1, 0, overlapping, QuoteKind.FULL, "Ann Mayor", DAY)));
        QuotationUpdates v = reversed.aggregate("a", null, List.of(quote("a", 1, 0, longer, QuoteKind.FULL, "Ann Mayor", DAY)));
        assertThat(v.quotes().get(0).quotationId()).isEqualTo(id);
        assertThat(v.merged()).containsEntry(QuotationKey.idFor(QuotationKey.normalize(overlapping)), id);
        assertThat(reversed.summarize(id).numOccurrences()).isEqualTo(2);
    }

    @Test
    void aDuplicateArticleIsNotCountedAndARerunIsNotCountedTwice() {
        aggregator.aggregate("a", null, seedLike("a"));
        int before = store.all().stream().mapToInt(q -> q.numOccurrences()).sum();
        QuotationUpdates dup = aggregator.aggregate("b", "a", seedLike("b"));
        assertThat(dup.updated()).isEmpty();
        assertThat(dup.quotes()).extracting(Quote::quotationId).doesNotContainNull();
        QuotationUpdates rerun = aggregator.aggregate("a", null, seedLike("a"));
        assertThat(rerun.updated()).isEmpty();
        assertThat(rerun.quotes()).extracting(Quote::quotationId)
                .containsExactlyElementsOf(dup.quotes().stream().map(Quote::quotationId).toList());
        assertThat(store.all().stream().mapToInt(q -> q.numOccurrences()).sum()).isEqualTo(before).isEqualTo(7);
    }

    /** The same articles in the same order give the same quotations, ids and counts; arrival order of forms does not change ids. */
    @Test
    void idsAreDeterministicAndIndependentOfTheArrivalOrderOfForms() {
        List<List<Quote>> articles = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            List<Quote> seed = seedLike("x" + a);
            articles.add(a % 2 == 0 ? seed.subList(2, 4) : seed);
        }
        List<String> forward = run(articles);
        List<List<Quote>> backwards = new ArrayList<>(articles);
        java.util.Collections.reverse(backwards);
        List<String> backward = run(backwards);
        assertThat(backward).isEqualTo(forward);
        assertThat(forward).hasSize(5);
    }

    private static List<String> run(List<List<Quote>> articles) {
        InMemoryQuotationStore s = new InMemoryQuotationStore();
        QuotationAggregator agg = new QuotationAggregator(s);
        for (List<Quote> quotes : articles) {
            String articleId = quotes.get(0).id().substring(0, quotes.get(0).id().indexOf('#'));
            agg.aggregate(articleId, null, quotes);
        }
        return s.all().stream().map(q -> q.id() + " " + q.numOccurrences() + " " + q.text()).toList();
    }

    @Test
    void wordBoundaryContainment() {
        assertThat(QuotationAggregator.containsWords("the us remains committed to de escalation", "de escalation")).isTrue();
        assertThat(QuotationAggregator.containsWords("the us remains committed to de escalation", "escalation")).isTrue();
        assertThat(QuotationAggregator.containsWords("the us remains committed to deescalation", "escalation")).isFalse();
        assertThat(QuotationAggregator.containsWords("abc abcd", "abcd")).isTrue();
        assertThat(QuotationAggregator.containsWords("abcd abc", "bc")).isFalse();
        assertThat(QuotationAggregator.wordCount("a b c")).isEqualTo(3);
        assertThat(QuotationAggregator.runShingles("one two three four five six seven", 8)).isEmpty();
        assertThat(QuotationAggregator.runShingles("one two three four five six seven eight nine", 8)).hasSize(2);
    }
}
