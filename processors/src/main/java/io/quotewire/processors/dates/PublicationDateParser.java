package io.quotewire.processors.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses the {@code date <date>} header that opens every article file. Plain Java.
 *
 * <p>The header's date is followed on the same line by the article text, so the parser takes the longest
 * prefix after {@code date } that is a date in one of the accepted forms.
 */
public class PublicationDateParser {

    /**
     * @param text the raw article text, starting with {@code date}
     * @return the date and where the body starts
     * @throws InvalidDateException when there is no header, or its date is unparseable or impossible
     */
    public DatedText parseHeader(String text) throws InvalidDateException {
        if (!text.startsWith("date")) {
            throw new InvalidDateException("no 'date' header");
        }
        int i = 4;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int tokenStart = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String token = text.substring(tokenStart, i);
        if (token.isEmpty()) {
            throw new InvalidDateException("empty 'date' header");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(token);
        } catch (DateTimeException e) {
            throw new InvalidDateException("unparseable date '" + token + "'");
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return new DatedText(new PublicationDate(date, null, token), i);
    }
}
