package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.dedup.ArticleIndex;
import io.quotewire.core.dedup.BandHit;
import io.quotewire.core.dedup.DedupDecision;
import io.quotewire.core.dedup.DedupDecision.Match;
import io.quotewire.core.dedup.IndexEntry;
import io.quotewire.core.dedup.IndexedArticle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArticleDeduplicatorTest {
    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final SyntheticNews news = new SyntheticNews();

    private ArticleDeduplicator.Item item(String id, LocalDate published, String body) {
        return new ArticleDeduplicator.Item(id, published, body, fingerprinter.fingerprint(body));
    }

    private static List<String> paragraphsWith(List<String> paragraphs, int drop) {
        List<String> copy = new ArrayList<>(paragraphs);
        copy.remove(drop);
        return copy;
    }

    @Test
    void exactCopyIsADuplicateOfTheFirstWhateverTheDate() {
        SyntheticNews.Story story = news.story(new SplittableRandom(1), 8, 10);
        ArticleDeduplicator dedup = new ArticleDeduplicator(new InMemoryArticleIndex());
        List<DedupDecision> d = dedup.decide(List.of(item("a", DAY, story.body()),
                item("b", DAY.plusDays(1), story.wrapped(64).toUpperCase()), item("c", DAY.plusDays(40), story.body())));
        assertThat(d).extracting(DedupDecision::duplicateOf).containsExactly(null, "a", "a");
        assertThat(d).extracting(DedupDecision::match).containsExactly(Match.NONE, Match.EXACT, Match.EXACT);
    }

    @Test
    void exactMatchesCanBeLimitedToTheWindow() {
        SyntheticNews.Story story = news.story(new SplittableRandom(1), 8, 10);
        ArticleDeduplicator dedup = new ArticleDeduplicator(new InMemoryArticleIndex(), fingerprinter,
                new ArticleDeduplicator.Config(0.8, 2, true));
        List<DedupDecision> d = dedup.decide(List.of(item("a", DAY, story.body()),
                item("c", DAY.plusDays(40), story.body())));
        assertThat(d).extracting(DedupDecision::duplicateOf).containsExactly(null, null);
    }

    @Test
    void nearDuplicateWithinTheWindowIsConfirmedByJaccardAndOutsideItIsNot() {
        SyntheticNews.Story story = news.story(new SplittableRandom(2), 10, 10);
        int shortest = 0;
        for (int i = 1; i < story.paragraphs().size(); i++) {
            if (story.paragraphs().get(i).length() < story.paragraphs().get(shortest).length()) {
                shortest = i;
            }
        }
        String edited = new SyntheticNews.Story("A Completely New Headline", paragraphsWith(story.paragraphs(), shortest))
                .body();
        double similarity = Fingerprinter.jaccard(fingerprinter.shingles(story.body()), fingerprinter.shingles(edited));
        assertThat(similarity).isBetween(0.8, 0.97);

        ArticleDeduplicator dedup = new ArticleDeduplicator(new InMemoryArticleIndex());
        List<DedupDecision> d = dedup.decide(List.of(item("a", DAY, story.body()), item("b", DAY.plusDays(2), edited),
                item("c", DAY.plusDays(3), edited.replace("A Completely", "An Entirely"))));
        assertThat(d.get(1)).isEqualTo(new DedupDecision("b", "a", Match.NEAR, similarity));
        // c is 3 days after a but 1 day after b: it joins a's cluster through b (the root, not b)
        assertThat(d.get(2).duplicateOf()).isEqualTo("a");

        ArticleDeduplicator other = new ArticleDeduplicator(new InMemoryArticleIndex());
        List<DedupDecision> far = other.decide(List.of(item("a", DAY, story.body()), item("b", DAY.plusDays(3), edited)));
        assertThat(far.get(1).duplicateOf()).isNull();
    }

    @Test
    void thresholdAndWindowAreConfigurable() {
        SyntheticNews.Story story = news.story(new SplittableRandom(3), 10, 10);
        List<String> half = new ArrayList<>(story.paragraphs().subList(0, 7));
        SplittableRandom random = new SplittableRandom(4);
        half.add(news.paragraph(random));
        half.add(news.paragraph(random));
        String edited = new SyntheticNews.Story(story.headline(), half).body();
        double similarity = Fingerprinter.jaccard(fingerprinter.shingles(story.body()), fingerprinter.shingles(edited));
        assertThat(similarity).isBetween(0.5, 0.79);

        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex())
                .decide(List.of(item("a", DAY, story.body()), item("b", DAY, edited))).get(1).duplicateOf()).isNull();
        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex(), fingerprinter,
                new ArticleDeduplicator.Config(similarity - 0.01, 5, false))
                .decide(List.of(item("a", DAY, story.body()), item("b", DAY.plusDays(5), edited))).get(1).duplicateOf())
                .isEqualTo("a");
    }

    @Test
    void theBestConfirmedCandidateGivesTheRoot() {
        SplittableRandom random = new SplittableRandom(5);
        SyntheticNews.Story x = news.story(random, 10, 10);
        SyntheticNews.Story y = news.story(random, 10, 10);
        // z is mostly y with a little of x: similar enough to y only
        List<String> zParagraphs = new ArrayList<>(y.paragraphs());
        zParagraphs.set(9, x.paragraphs().get(9));
        String z = new SyntheticNews.Story(y.headline(), zParagraphs).body();
        List<DedupDecision> d = new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("x", DAY, x.body()), item("y", DAY, y.body()), item("z", DAY, z)));
        assertThat(d).extracting(DedupDecision::duplicateOf).containsExactly(null, null, "y");
    }

    /**
     * A story republished by many outlets in one window: each later copy compares at most maxCandidates texts (those
     * sharing the most keys with it, then the earliest), still finds its story, and decides the same whatever the
     * chunking.
     */
    @Test
    void manyCopiesOfAStoryCostEachCopyAtMostMaxCandidatesComparisons() {
        SplittableRandom random = new SplittableRandom(8);
        SyntheticNews.Story story = news.story(random, 10, 10);
        List<ArticleDeduplicator.Item> items = new ArrayList<>();
        items.add(item("a-original", DAY, story.body()));
        for (int i = 0; i < 60; i++) {
            // each outlet its own headline and sign-off line: near copies, none exact
            List<String> paragraphs = new ArrayList<>(story.paragraphs());
            paragraphs.add("Reporting by outlet number " + i + "; editing by desk " + i + ".");
            items.add(item(String.format("copy-%02d", i), DAY.plusDays(i % 2),
                    new SyntheticNews.Story("Outlet " + i + " headline", paragraphs).body()));
        }
        items.sort(Comparator.comparing(ArticleDeduplicator.Item::published).thenComparing(ArticleDeduplicator.Item::articleId));
        ArticleDeduplicator.Config config = new ArticleDeduplicator.Config(0.8, 2, false, 0.9, 8);

        CountingIndex counting = new CountingIndex(new InMemoryArticleIndex());
        List<DedupDecision> whole = new ArrayList<>();
        for (ArticleDeduplicator.Item item : items) {
            counting.maxBodies = 0;
            whole.addAll(new ArticleDeduplicator(counting, fingerprinter, config).decide(List.of(item)));
            // two rules, each its own candidates: near (band keys) and contained (lead keys)
            assertThat(counting.maxBodies).as(item.articleId()).isLessThanOrEqualTo(2 * 8);
        }
        assertThat(whole.subList(1, whole.size())).allSatisfy(d -> assertThat(d.duplicateOf()).isEqualTo("a-original"));
        assertThat(whole.get(0).duplicateOf()).isNull();

        for (int chunk : new int[] {7, items.size()}) {
            InMemoryArticleIndex index = new InMemoryArticleIndex();
            List<DedupDecision> chunked = new ArrayList<>();
            for (int i = 0; i < items.size(); i += chunk) {
                chunked.addAll(new ArticleDeduplicator(index, fingerprinter, config)
                        .decide(items.subList(i, Math.min(items.size(), i + chunk))));
            }
            assertThat(chunked).as("chunk size %d", chunk).isEqualTo(whole);
        }
    }

    /** A story's first paragraphs under another headline, with a sign-off line: how outlets republish wire copy. */
    private SyntheticNews.Story trimmed(SyntheticNews.Story story, int keep, SplittableRandom random) {
        List<String> ps = new ArrayList<>(story.paragraphs().subList(0, keep));
        ps.add("Reporting by " + news.word(random) + " " + news.word(random) + "; editing by " + news.word(random) + " "
                + news.word(random));
        return new SyntheticNews.Story(news.headline(random), ps);
    }

    @Test
    void aTrimmedCopyIsFoldedIntoTheEarlierStoryThatContainsIt() {
        SplittableRandom random = new SplittableRandom(30);
        SyntheticNews.Story story = news.story(random, 12, 12, 1, 3);
        String copy = trimmed(story, 6, random).body();
        long[] copyShingles = fingerprinter.shingles(copy);
        long[] storyShingles = fingerprinter.shingles(story.body());
        assertThat(Fingerprinter.jaccard(copyShingles, storyShingles)).as("Jaccard: no near duplicate").isLessThan(0.6);

        List<DedupDecision> d = new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, story.body()), item("b", DAY.plusDays(1), copy)));
        assertThat(d.get(1).duplicateOf()).isEqualTo("a");
        assertThat(d.get(1).match()).isEqualTo(Match.CONTAINED);
        assertThat(d.get(1).similarity()).isGreaterThanOrEqualTo(0.9);

        // found across chunks too: through the lead keys stored in the index
        InMemoryArticleIndex index = new InMemoryArticleIndex();
        new ArticleDeduplicator(index).decide(List.of(item("a", DAY, story.body())));
        assertThat(new ArticleDeduplicator(index).decide(List.of(item("b", DAY.plusDays(2), copy))).get(0))
                .isEqualTo(d.get(1));
    }

    @Test
    void onlyALaterArticleIsFoldedIntoAnEarlierOneThatContainsIt() {
        SplittableRandom random = new SplittableRandom(31);
        SyntheticNews.Story story = news.story(random, 12, 12, 1, 3);
        String copy = trimmed(story, 7, random).body();
        // the short version came first: the fuller story published after it is a story of its own (folding it would
        // drop the quotes of its last paragraphs), and the short one, decided before, stays a root
        List<DedupDecision> d = new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, copy), item("b", DAY, story.body())));
        assertThat(d).extracting(DedupDecision::duplicateOf).containsExactly(null, null);
    }

    @Test
    void aRoundupQuotingThreeParagraphsOfAStoryStaysAStoryOfItsOwn() {
        SplittableRandom random = new SplittableRandom(32);
        SyntheticNews.Story story = news.story(random, 12, 12, 1, 3);
        List<String> ps = new ArrayList<>();
        ps.addAll(news.story(random, 4, 4, 1, 3).paragraphs());
        ps.addAll(story.paragraphs().subList(0, 3)); // the lead: the roundup shares the story's lead keys
        ps.addAll(news.story(random, 4, 4, 1, 3).paragraphs());
        ps.addAll(news.story(random, 4, 4, 1, 3).paragraphs());
        String roundup = new SyntheticNews.Story("Roundup: " + news.headline(random), ps).body();
        assertThat(ArticleDeduplicator.containment(fingerprinter.shingles(roundup),
                fingerprinter.shingles(story.body()))).isLessThan(0.4);

        // either order: neither is a copy of the other
        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, story.body()), item("b", DAY, roundup)))).extracting(DedupDecision::duplicateOf)
                .containsExactly(null, null);
        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, roundup), item("b", DAY, story.body())))).extracting(DedupDecision::duplicateOf)
                .containsExactly(null, null);
        // a roundup that starts with the story's lead, as its first item
        List<String> leading = new ArrayList<>(story.paragraphs().subList(0, 3));
        leading.addAll(ps.subList(0, 4));
        leading.addAll(ps.subList(7, ps.size()));
        String first = new SyntheticNews.Story("Roundup: " + news.headline(random), leading).body();
        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, story.body()), item("b", DAY, first))).get(1).duplicateOf()).isNull();
    }

    @Test
    void containmentIsConfigurableAndHeldToTheWindow() {
        SplittableRandom random = new SplittableRandom(33);
        SyntheticNews.Story story = news.story(random, 12, 12, 1, 3);
        String copy = trimmed(story, 6, random).body();
        List<ArticleDeduplicator.Item> items = List.of(item("a", DAY, story.body()), item("b", DAY.plusDays(2), copy));
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 2, false, 0.9), items)).isEqualTo("a");
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 2, false, 0.0), items)).as("off").isNull();
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 1, false, 0.9), items)).as("window").isNull();
        // without its headline and sign-off lines, the copy is wholly contained; with a word of the story changed, not
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 2, false, 1.0), items)).isEqualTo("a");
        String edited = copy.replaceFirst("\\n(\\S+)", "\nChanged");
        assertThat(edited).isNotEqualTo(copy);
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 2, false, 1.0),
                List.of(items.get(0), item("b", DAY.plusDays(2), edited)))).isNull();
        assertThat(decideWith(new ArticleDeduplicator.Config(0.8, 2, false, 0.9),
                List.of(items.get(0), item("b", DAY.plusDays(2), edited)))).isEqualTo("a");
        assertThat(ArticleDeduplicator.Config.defaults().containment()).isEqualTo(0.9);
    }

    @Test
    void aShortLastLineIsTheOutletsSignOffNotPartOfTheCopy() {
        String head = "Headline\n";
        String story = "Shares of the company rose on Monday after it said profits doubled.\n";
        String signOff = "(Reporting by Jane Roe; Editing by John Doe)";
        assertThat(signOffWords(head + story + signOff + "\n \n")).isEqualTo(8);
        // the only line after the headline is the story itself, however short
        assertThat(signOffWords(head + signOff)).isZero();
        // a last line of more than MAX_SIGN_OFF_WORDS words is the story's own
        String longLine = "word ".repeat(ArticleDeduplicator.MAX_SIGN_OFF_WORDS + 1).strip();
        assertThat(signOffWords(head + story + longLine)).isZero();
        String fifteen = "word ".repeat(ArticleDeduplicator.MAX_SIGN_OFF_WORDS).strip();
        assertThat(signOffWords(head + story + fifteen)).isEqualTo(ArticleDeduplicator.MAX_SIGN_OFF_WORDS);

        // a copy of a short story: its sign-off would be a tenth of its shingles, more than the 0.9 bar allows
        SplittableRandom random = new SplittableRandom(35);
        SyntheticNews.Story shortStory = news.story(random, 5, 5, 1, 1);
        String copy = trimmed(shortStory, 3, random).body();
        int first = LeadKeys.leadStart(copy);
        long[] words = Fingerprinter.wordHashes(copy.substring(first));
        long[] withSignOff = fingerprinter.shingles(copy.substring(first));
        long[] without = fingerprinter.shingles(Arrays.copyOf(words, words.length - signOffWords(copy)));
        long[] theirs = fingerprinter.shingles(shortStory.body());
        assertThat(without.length).isGreaterThanOrEqualTo(ArticleDeduplicator.MIN_CONTAINED_SHINGLES);
        assertThat(ArticleDeduplicator.containment(withSignOff, theirs)).isLessThan(0.9);
        assertThat(ArticleDeduplicator.containment(without, theirs)).isEqualTo(1.0);
        assertThat(decideWith(ArticleDeduplicator.Config.defaults(),
                List.of(item("a", DAY, shortStory.body()), item("b", DAY, copy)))).isEqualTo("a");
    }

    /** The sign-off words of a body, counted as the deduplicator counts them. */
    private static int signOffWords(String body) {
        return ArticleDeduplicator.signOffWords(body,
                Fingerprinter.wordHashes(body.substring(LeadKeys.leadStart(body))).length);
    }

    private String decideWith(ArticleDeduplicator.Config config, List<ArticleDeduplicator.Item> items) {
        return new ArticleDeduplicator(new InMemoryArticleIndex(), fingerprinter, config).decide(items).get(1).duplicateOf();
    }

    @Test
    void aFewLinesContainedInALongerStoryAreNotACopy() {
        SplittableRandom random = new SplittableRandom(34);
        SyntheticNews.Story story = news.story(random, 12, 12, 1, 3);
        // a brief: a headline and the story's first sentence only
        String brief = news.headline(random) + "\n" + story.paragraphs().get(0).split("\\. ")[0] + ".\n";
        assertThat(fingerprinter.shingles(brief).length).isLessThan(ArticleDeduplicator.MIN_CONTAINED_SHINGLES);
        assertThat(new ArticleDeduplicator(new InMemoryArticleIndex()).decide(List.of(
                item("a", DAY, story.body()), item("b", DAY, brief))).get(1).duplicateOf()).isNull();
    }

    /** Same order, any chunking, any restart: the same decisions. */
    @Test
    void decisionsDoNotDependOnChunkingOrRestarts() {
        List<ArticleDeduplicator.Item> items = corpusWithDuplicates(400, 21);
        List<DedupDecision> whole = new ArticleDeduplicator(new InMemoryArticleIndex()).decide(items);
        assertThat(whole.stream().filter(DedupDecision::isDuplicate).count()).isGreaterThan(100);
        assertThat(whole.stream().filter(d -> d.match() == Match.NEAR).count()).isGreaterThan(50);
        assertThat(whole.stream().filter(d -> d.match() == Match.CONTAINED).count()).isGreaterThan(30);

        for (int chunk : new int[] {1, 3, 17, 100}) {
            InMemoryArticleIndex index = new InMemoryArticleIndex();
            List<DedupDecision> chunked = new ArrayList<>();
            for (int i = 0; i < items.size(); i += chunk) {
                // a new engine per chunk: as after a restart, only the index remembers
                chunked.addAll(new ArticleDeduplicator(index).decide(items.subList(i, Math.min(items.size(), i + chunk))));
            }
            assertThat(chunked).as("chunk size %d", chunk).isEqualTo(whole);
        }
    }

    /**
     * A chunk that fails after the engine decided it (say, in the writer) is rolled back with its index writes; the
     * restarted step redoes it with new engine instances and decides exactly as an uninterrupted run.
     */
    @Test
    void aChunkRolledBackAndRedoneDecidesAsAnUninterruptedRun() {
        List<ArticleDeduplicator.Item> items = corpusWithDuplicates(200, 24);
        List<DedupDecision> uninterrupted = new ArrayList<>();
        InMemoryArticleIndex plain = new InMemoryArticleIndex();
        for (int i = 0; i < items.size(); i += 25) {
            uninterrupted.addAll(new ArticleDeduplicator(plain).decide(items.subList(i, Math.min(items.size(), i + 25))));
        }
        TransactionalIndex index = new TransactionalIndex(new InMemoryArticleIndex());
        List<DedupDecision> restarted = new ArrayList<>();
        int failAt = 100;
        for (int i = 0; i < items.size(); i += 25) {
            List<ArticleDeduplicator.Item> chunk = items.subList(i, Math.min(items.size(), i + 25));
            List<DedupDecision> decided = new ArticleDeduplicator(index).decide(chunk);
            if (i == failAt) {
                index.rollback(); // the writer failed: the transaction is rolled back, the job stops
                decided = new ArticleDeduplicator(index).decide(chunk); // restart from the last commit
            }
            index.commit();
            restarted.addAll(decided);
        }
        assertThat(restarted).isEqualTo(uninterrupted);
        assertThat(restarted.subList(failAt, failAt + 25)).anyMatch(DedupDecision::isDuplicate);
    }

    /** An index whose writes become visible on commit and vanish on rollback, as in a database transaction. */
    private static final class TransactionalIndex implements ArticleIndex {
        private final InMemoryArticleIndex committed;
        private final List<IndexEntry> pending = new ArrayList<>();

        TransactionalIndex(InMemoryArticleIndex committed) {
            this.committed = committed;
        }

        void commit() {
            committed.addAll(pending);
            pending.clear();
        }

        void rollback() {
            pending.clear();
        }

        public Map<String, IndexedArticle> findByIds(Collection<String> ids) {
            return committed.findByIds(ids);
        }

        public List<IndexedArticle> findByContentHashes(Collection<String> hashes) {
            return committed.findByContentHashes(hashes);
        }

        public List<BandHit> findByBandKeys(long[] keys, LocalDate from, LocalDate to) {
            return committed.findByBandKeys(keys, from, to);
        }

        public Map<String, String> loadBodies(Collection<String> ids) {
            return committed.loadBodies(ids);
        }

        public void addAll(List<IndexEntry> entries) {
            pending.addAll(entries);
        }
    }

    @Test
    void aRerunReturnsTheStoredDecisionsWithoutIndexingTwice() {
        List<ArticleDeduplicator.Item> items = corpusWithDuplicates(60, 22);
        InMemoryArticleIndex index = new InMemoryArticleIndex();
        ArticleDeduplicator dedup = new ArticleDeduplicator(index);
        List<DedupDecision> first = dedup.decide(items);
        int size = index.size();
        List<DedupDecision> again = dedup.decide(items.subList(20, 40));
        assertThat(index.size()).isEqualTo(size);
        for (int i = 0; i < 20; i++) {
            assertThat(again.get(i).match()).isEqualTo(Match.ALREADY_INDEXED);
            assertThat(again.get(i).duplicateOf()).isEqualTo(first.get(20 + i).duplicateOf());
        }
    }

    @Test
    void portCallsPerChunkAreConstantAndTheEngineKeepsNoHistory() throws Exception {
        List<ArticleDeduplicator.Item> items = corpusWithDuplicates(300, 23);
        CountingIndex index = new CountingIndex(new InMemoryArticleIndex());
        ArticleDeduplicator dedup = new ArticleDeduplicator(index);
        int chunks = 0;
        for (int i = 0; i < items.size(); i += 50) {
            dedup.decide(items.subList(i, Math.min(items.size(), i + 50)));
            chunks++;
        }
        assertThat(index.calls).isLessThanOrEqualTo(5 * chunks);
        assertThat(index.maxKeys).isLessThanOrEqualTo(50 * (Fingerprinter.DEFAULT_BANDS + LeadKeys.DEFAULT.count()));
        for (Field f : ArticleDeduplicator.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
                assertThat(f.getType()).isIn(ArticleIndex.class, Fingerprinter.class, ArticleDeduplicator.Config.class,
                        RecentShingles.class); // bounded, and decides nothing (the test below)
            }
        }
    }

    @Test
    void theRecentArticlesShinglesSpareLoadingTheirBodiesAgainAndDecideNothing() {
        List<ArticleDeduplicator.Item> items = corpusWithDuplicates(300, 24);
        items.sort(java.util.Comparator.comparing(ArticleDeduplicator.Item::published)
                .thenComparing(ArticleDeduplicator.Item::articleId));
        CountingIndex withCache = new CountingIndex(new InMemoryArticleIndex());
        CountingIndex without = new CountingIndex(new InMemoryArticleIndex());
        ArticleDeduplicator cached = new ArticleDeduplicator(withCache, new Fingerprinter(), ArticleDeduplicator.Config.defaults());
        ArticleDeduplicator uncached = new ArticleDeduplicator(without, new Fingerprinter(),
                ArticleDeduplicator.Config.defaults(), 0);
        List<DedupDecision> a = new ArrayList<>();
        List<DedupDecision> b = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 20) {
            List<ArticleDeduplicator.Item> chunk = items.subList(i, Math.min(items.size(), i + 20));
            a.addAll(cached.decide(chunk));
            b.addAll(uncached.decide(chunk));
        }
        assertThat(a).isEqualTo(b);
        assertThat(a).filteredOn(d -> d.match() == Match.NEAR || d.match() == Match.CONTAINED).isNotEmpty();
        assertThat(without.bodiesLoaded).isPositive();
        assertThat(withCache.bodiesLoaded).isLessThan(without.bodiesLoaded / 2);
    }

    /**
     * Memory does not grow with history: with the history behind a port that keeps it elsewhere (here: nowhere),
     * deciding 10 times more articles leaves the engine's heap where it was.
     */
    @Test
    void heapDoesNotGrowWithHistory() {
        ArticleIndex database = new ArticleIndex() { // a stand-in for the database: keeps nothing in this JVM
            public Map<String, IndexedArticle> findByIds(Collection<String> ids) {
                return Map.of();
            }

            public List<IndexedArticle> findByContentHashes(Collection<String> hashes) {
                return List.of();
            }

            public List<BandHit> findByBandKeys(long[] keys, LocalDate from, LocalDate to) {
                return List.of();
            }

            public Map<String, String> loadBodies(Collection<String> ids) {
                return Map.of();
            }

            public void addAll(List<IndexEntry> entries) {
            }
        };
        ArticleDeduplicator dedup = new ArticleDeduplicator(database);
        SplittableRandom random = new SplittableRandom(9);
        List<ArticleDeduplicator.Item> pool = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pool.add(item("p" + i, DAY, news.story(random, 3, 5).body()));
        }
        long[] used = new long[2];
        int done = 0;
        for (int phase = 0; phase < 2; phase++) {
            int target = phase == 0 ? 2_000 : 20_000;
            while (done < target) {
                List<ArticleDeduplicator.Item> chunk = new ArrayList<>();
                for (int i = 0; i < 100; i++, done++) {
                    ArticleDeduplicator.Item p = pool.get(done % pool.size());
                    chunk.add(new ArticleDeduplicator.Item("a" + done, DAY.plusDays(done / 1000), p.body(), p.fingerprint()));
                }
                dedup.decide(chunk);
            }
            used[phase] = usedHeapAfterGc();
        }
        assertThat(used[1] - used[0]).as("heap growth from 2,000 to 20,000 articles").isLessThan(8L << 20);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    /** Stories with exact and edited copies within the window, in (published, id) order. */
    private List<ArticleDeduplicator.Item> corpusWithDuplicates(int stories, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ArticleDeduplicator.Item> items = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            SyntheticNews.Story story = news.story(random, 6, 10);
            LocalDate day = DAY.plusDays(random.nextInt(20));
            items.add(item(String.format("s%04d", s), day, story.body()));
            int copies = random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                List<String> ps = new ArrayList<>(story.paragraphs());
                if (random.nextBoolean()) {
                    ps.add(news.paragraph(random));
                }
                String body = random.nextBoolean() ? new SyntheticNews.Story(news.headline(random), ps).body()
                        : story.wrapped(70);
                items.add(item(String.format("s%04d-%d", s, c), day.plusDays(random.nextInt(3)), body));
            }
            if (random.nextInt(4) == 0) {
                int keep = Math.max(2, (int) Math.round(story.paragraphs().size() * (0.4 + 0.35 * random.nextDouble())));
                items.add(item(String.format("s%04d-t", s), day.plusDays(random.nextInt(3)),
                        trimmed(story, keep, random).body()));
            }
        }
        items.sort(Comparator.comparing(ArticleDeduplicator.Item::published).thenComparing(ArticleDeduplicator.Item::articleId));
        return items;
    }

    private static final class CountingIndex implements ArticleIndex {
        private final ArticleIndex delegate;
        int calls;
        int maxKeys;
        int maxBodies;
        int bodiesLoaded;

        CountingIndex(ArticleIndex delegate) {
            this.delegate = delegate;
        }

        public Map<String, IndexedArticle> findByIds(Collection<String> ids) {
            calls++;
            return delegate.findByIds(ids);
        }

        public List<IndexedArticle> findByContentHashes(Collection<String> hashes) {
            calls++;
            return delegate.findByContentHashes(hashes);
        }

        public List<BandHit> findByBandKeys(long[] keys, LocalDate from, LocalDate to) {
            calls++;
            maxKeys = Math.max(maxKeys, keys.length);
            return delegate.findByBandKeys(keys, from, to);
        }

        public Map<String, String> loadBodies(Collection<String> ids) {
            calls++;
            maxBodies = Math.max(maxBodies, ids.size());
            bodiesLoaded += ids.size();
            return delegate.loadBodies(ids);
        }

        public void addAll(List<IndexEntry> entries) {
            calls++;
            delegate.addAll(entries);
        }
    }
}
