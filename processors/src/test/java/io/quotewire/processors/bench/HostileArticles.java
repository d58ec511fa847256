package io.quotewire.processors.bench;

import io.quotewire.core.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Articles of a chosen size and shape, generated in code, for the growth benchmark and the tests that the engines
 * finish on large inputs. The shapes are the ones that once made the night hang: many short dated statements, long
 * runs of quoted paragraphs, a whole article on one line, and a long plausible newswire article. Deterministic: a
 * shape and a size always give the same text.
 */
public enum HostileArticles {
    /** Thousands of {@code He said on Monday “…”.} statements, one per paragraph. */
    STATEMENTS {
        @Override
        void piece(StringBuilder out, SplittableRandom random, int n) {
            out.append(pick(random, SPEAKERS)).append(" said on ").append(pick(random, DAYS)).append(" “")
                    .append(sentence(random)).append("”.\n\n");
        }
    },
    /** Paragraphs that are each one quotation, with no attribution. */
    QUOTED_PARAGRAPHS {
        @Override
        void piece(StringBuilder out, SplittableRandom random, int n) {
            out.append('“').append(sentence(random)).append(". ").append(sentence(random)).append(".”\n\n");
        }
    },
    /** Attributed, dated quotations and plain sentences on a single line, with no newline at all. */
    ONE_LINE {
        @Override
        void piece(StringBuilder out, SplittableRandom random, int n) {
            if (n % 3 == 0) {
                out.append('“').append(sentence(random)).append(",” ").append(pick(random, SPEAKERS))
                        .append(" told reporters on ").append(pick(random, DAYS)).append(". ");
            } else {
                out.append(sentence(random)).append(" in ").append(pick(random, MONTHS)).append(' ')
                        .append(1990 + random.nextInt(30)).append(". ");
            }
        }
    },
    /**
     * Newswire-like stories one after the other: a dateline, hard-wrapped indented paragraphs, figures, dates and
     * the odd attributed quotation, as a long wire digest would be.
     */
    NEWSWIRE {
        @Override
        void piece(StringBuilder out, SplittableRandom random, int n) {
            StringBuilder p = new StringBuilder();
            if (n % 6 == 0) {
                p.append(pick(random, CITIES)).append(", ").append(pick(random, MONTHS)).append(' ')
                        .append(1 + random.nextInt(28)).append(" - ");
            }
            p.append(pick(random, COMPANIES)).append(" said its net profit rose to ").append(random.nextInt(900) + 10)
                    .append('.').append(random.nextInt(10)).append(" mln dlrs in the ").append(pick(random, QUARTERS))
                    .append(" quarter from ").append(random.nextInt(900) + 10).append(" mln a year earlier. ");
            if (random.nextInt(3) == 0) {
                p.append('"').append(sentence(random)).append(",\" ").append(pick(random, SPEAKERS))
                        .append(" said in a statement last week. ");
            }
            p.append(sentence(random)).append(" The company expects ").append(pick(random, WORDS)).append(" sales by ")
                    .append(pick(random, MONTHS)).append(' ').append(1987 + random.nextInt(3)).append('.');
            wrap(out, p, 65);
            out.append('\n');
        }
    };

    /** The first paragraph: too long to read as a headline, so that the shape starts at once. */
    private static final String LEAD = "This article was generated in code to show how the analysis of one long "
            + "article grows with its length; what follows repeats one shape of text until the article is as long as "
            + "asked.\n\n";
    private static final String[] SPEAKERS = {"He", "She", "Smith", "The minister", "A spokesman", "Jane Doe",
        "Mr. Lee", "The company"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] QUARTERS = {"first", "second", "third", "fourth"};
    private static final String[] CITIES = {"NEW YORK", "LONDON", "TOKYO", "WASHINGTON", "CHICAGO"};
    private static final String[] COMPANIES = {"Acme Corp", "General Widget Inc", "Northern Oil Co",
        "First Union Bank", "Pacific Grain Ltd"};
    private static final String[] WORDS = {"the", "plan", "is", "working", "we", "will", "not", "stop", "prices",
        "growth", "market", "higher", "lower", "talks", "government", "policy", "next", "year", "strong", "weak",
        "exports", "rates", "demand", "supply", "oil", "wheat", "shares", "profit", "loss", "deal"};

    /** Appends one unit of the shape (a paragraph or a sentence); {@code n} counts the units so far. */
    abstract void piece(StringBuilder out, SplittableRandom random, int n);

    /** The article text ({@code date} header included) of at least {@code bytes} UTF-8 bytes, cut at a unit. */
    public String text(int bytes) {
        SplittableRandom random = new SplittableRandom(ordinal() * 7919L + 1);
        StringBuilder out = new StringBuilder(bytes + 256);
        out.append("date 2026-12-01 ").append(this == ONE_LINE ? LEAD.strip() + " " : LEAD);
        long size = 16;
        int n = 0;
        while (size < bytes) {
            int before = out.length();
            piece(out, random, n++);
            size += utf8Length(out, before);
        }
        return out.toString();
    }

    /** The article as the reader hands it on. */
    public RawArticle article(int bytes) {
        String id = name().toLowerCase() + "-" + bytes;
        return new RawArticle(id, id + ".txt", text(bytes));
    }

    public static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long utf8Length(CharSequence s, int from) {
        long n = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String sentence(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int words = 6 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
            String w = pick(random, WORDS);
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(i == 0 ? "" : " ").append(w);
        }
        return s.toString();
    }

    /** Hard-wraps a paragraph at about {@code width} columns, each line indented by three spaces first. */
    private static void wrap(StringBuilder out, CharSequence paragraph, int width) {
        int column = 0;
        out.append("   ");
        for (String w : paragraph.toString().split(" ")) {
            if (column > 0 && column + w.length() + 1 > width) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(w);
            column += w.length();
        }
        out.append('\n');
    }
}
