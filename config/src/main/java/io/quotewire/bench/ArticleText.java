package io.quotewire.bench;

import io.quotewire.processors.dates.DatedText;
import io.quotewire.processors.dates.InvalidDateException;
import io.quotewire.processors.dates.PublicationDateParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An article file's text as the corpus generator sees it: the {@code date} header, what follows it on the header
 * line (a Reuters headline), and the paragraphs after it. Paragraphs are separated by blank lines or start with an
 * indented line; their hard-wrapped lines are kept.
 *
 * @param tail       the text after the header's date, from the separator on: replacing the date is
 *                   {@code "date " + newDate + tail}
 * @param headline   the rest of the header line, or null when the body starts on the next line
 * @param paragraphs the paragraphs after the headline, without their indent
 */
record ArticleText(String tail, String headline, List<String> paragraphs) {
    static final String INDENT = "    ";

    /** @param text a decoded article text starting with its {@code date} header */
    static ArticleText parse(String text, PublicationDateParser parser) throws InvalidDateException {
        DatedText dated = parser.parseHeader(text);
        int dateStart = 4;
        while (dateStart < text.length() && (text.charAt(dateStart) == ' ' || text.charAt(dateStart) == '\t')) {
            dateStart++;
        }
        int dateEnd = dateStart + dated.date().raw().length();
        String tail = text.substring(dateEnd);
        String body = text.substring(dated.bodyStart());
        boolean onHeaderLine = text.substring(dateEnd, dated.bodyStart()).indexOf('\n') < 0 && !body.isEmpty();
        String headline = null;
        String rest = body;
        if (onHeaderLine) {
            int nl = body.indexOf('\n');
            headline = (nl < 0 ? body : body.substring(0, nl)).strip();
            rest = nl < 0 ? "" : body.substring(nl + 1);
        }
        return new ArticleText(tail, headline, paragraphs(rest));
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean blank = line.isBlank();
            boolean indented = !blank && Character.isWhitespace(line.charAt(0));
            if ((blank || indented) && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!blank) {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(current.length() == 0 ? line.strip() : line.stripTrailing());
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** The file text with another date: everything after the date stays as it is. */
    String withDate(LocalDate date) {
        return "date " + date + tail;
    }

    /** Renders a headline (or none) and paragraphs in the Reuters layout: headline on the header line, indented paragraphs. */
    static String render(LocalDate date, String headline, List<String> paragraphs) {
        StringBuilder out = new StringBuilder("date ").append(date);
        if (headline != null && !headline.isBlank()) {
            out.append(' ').append(headline.strip());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append('\n');
            if (i > 0) {
                out.append(INDENT);
            }
            out.append(paragraphs.get(i));
        }
        return out.toString();
    }
}
