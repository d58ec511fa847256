package io.quotewire.processors.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.Speaker;
import io.quotewire.core.SpeakerType;
import io.quotewire.core.dedup.Quotation;
import io.quotewire.core.dedup.QuotationSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The chunk store reads ahead and writes at the end of a chunk, but the aggregator must decide over it exactly as
 * over a store that is written at once: the same quotation for every quote, the same quotations, occurrences and
 * redirects at the end, whatever the chunk boundaries. Checked on generated nights full of repeats, fragments of
 * longer statements (contained, and sharing an 8-word run), longer forms arriving after their fragments (merges),
 * the same words by several speakers, unknown speakers and duplicate articles.
 */
class ChunkQuotationStoreTest {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final String[] SPEAKERS = {"Ann Lee", "Bo Park", "Cy Young", "Di Ross", null};
    private static final String[] WORDS = ("the plan will cut taxes for families and raise wages across the country "
            + "we will not back down from this fight because our workers deserve better jobs today and tomorrow "
            + "nobody should pay more for less while the rich pay nothing at all").split(" ");

    private record Article(String id, String duplicateOf, List<Quote> quotes) {
    }

    /** A night of articles: each quote a statement from a small pool, or a run of words out of one. */
    private static List<Article> night(long seed, int articles) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int length = 6 + random.nextInt(18);
            int from = random.nextInt(WORDS.length - length);
            StringBuilder sb = new StringBuilder();
            for (int w = from; w < from + length; w++) {
                sb.append(w == from ? "" : " ").append(WORDS[w]);
            }
            statements.add(sb.toString());
        }
        List<Article> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String id = String.format("a%04d", a);
            LocalDate day = START.plusDays(a * 90L / articles);
            if (a > 3 && random.nextInt(10) == 0) { // a duplicate of an earlier article: its quotes again
                Article of = out.get(random.nextInt(out.size()));
                List<Quote> again = new ArrayList<>();
                for (Quote q : of.quotes()) {
                    again.add(new Quote(Quote.idFor(id, again.size() + 1), q.start(), q.end(), q.text(), q.kind(),
                            q.speaker(), null, day, null));
                }
                out.add(new Article(id, of.duplicateOf() != null ? of.duplicateOf() : of.id(), again));
                continue;
            }
            List<Quote> quotes = new ArrayList<>();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String[] words = statements.get(random.nextInt(statements.size())).split(" ");
                int len = random.nextInt(3) == 0 ? words.length : 1 + random.nextInt(words.length);
                int from = random.nextInt(words.length - len + 1);
                String text = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
                String name = SPEAKERS[random.nextInt(SPEAKERS.length)];
                Speaker speaker = name == null ? Speaker.UNKNOWN : new Speaker(name, SpeakerType.PERSON, null);
                LocalDate date = day.minusDays(random.nextInt(3));
                quotes.add(new Quote(Quote.idFor(id, i + 1), i * 100, i * 100 + text.length(), text,
                        QuoteKind.FULL, speaker, null, date, null));
            }
            out.add(new Article(id, null, quotes));
        }
        return out;
    }

    /** Each article's quotation ids, in order: what the writer stores in the article row. */
    private static List<String> aggregateAtOnce(List<Article> night, InMemoryQuotationStore store) {
        QuotationAggregator aggregator = new QuotationAggregator(store);
        List<String> ids = new ArrayList<>();
        for (Article a : night) {
            aggregator.aggregate(a.id(), a.duplicateOf(), a.quotes()).quotes()
                    .forEach(q -> ids.add(a.id() + " " + q.id() + " " + q.quotationId()));
        }
        return ids;
    }

    private static List<String> aggregateByChunks(List<Article> night, InMemoryQuotationStore database, long seed,
                                                  int maxChunk) {
        ChunkQuotationStore chunks = new ChunkQuotationStore(database, database, QuotationAggregator.Config.defaults());
        QuotationAggregator aggregator = new QuotationAggregator(chunks);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        for (int start = 0; start < night.size(); ) {
            int end = Math.min(night.size(), start + 1 + random.nextInt(maxChunk));
            List<ChunkQuotationStore.ArticleQuotes> chunk = new ArrayList<>();
            for (Article a : night.subList(start, end)) {
                chunk.add(new ChunkQuotationStore.ArticleQuotes(a.id(), a.duplicateOf(), a.quotes()));
            }
            chunks.readAhead(chunk);
            for (ChunkQuotationStore.ArticleQuotes a : chunk) {
                aggregator.aggregate(a.articleId(), a.duplicateOf(), a.quotes()).quotes()
                        .forEach(q -> ids.add(a.articleId() + " " + q.id() + " " + q.quotationId()));
            }
            chunks.flush();
            start = end;
        }
        return ids;
    }

    private static List<String> contents(InMemoryQuotationStore store) {
        QuotationAggregator aggregator = new QuotationAggregator(store);
        List<String> out = new ArrayList<>();
        for (Quotation q : store.all()) {
            QuotationSummary s = aggregator.summarize(q.id());
            out.add(q + " " + s.probas() + " " + s.occurrences());
        }
        return out;
    }

    @Test
    void chunksDecideAsTheStoreWrittenAtOnce() {
        int merges = 0;
        for (long seed = 1; seed <= 30; seed++) {
            List<Article> night = night(seed, 200);
            InMemoryQuotationStore once = new InMemoryQuotationStore();
            List<String> expected = aggregateAtOnce(night, once);
            for (int maxChunk : new int[] {1, 7, 50, 200}) {
                InMemoryQuotationStore chunked = new InMemoryQuotationStore();
                List<String> actual = aggregateByChunks(night, chunked, seed * 31 + maxChunk, maxChunk);
                assertThat(actual).as("seed %d, chunks of up to %d", seed, maxChunk).isEqualTo(expected);
                assertThat(contents(chunked)).as("seed %d, chunks of up to %d", seed, maxChunk)
                        .isEqualTo(contents(once));
                for (String id : expected) {
                    String quotation = id.substring(id.lastIndexOf(' ') + 1);
                    assertThat(chunked.resolve(quotation)).isEqualTo(once.resolve(quotation));
                }
            }
            for (String id : expected) {
                String quotation = id.substring(id.lastIndexOf(' ') + 1);
                if (!"null".equals(quotation) && !once.resolve(quotation).equals(quotation)) {
                    merges++;
                }
            }
        }
        // the nights must exercise merges (a longer form after its fragments), or the test proves little
        assertThat(merges).as("quotes whose quotation was later merged into a longer one").isGreaterThan(20);
    }
}
