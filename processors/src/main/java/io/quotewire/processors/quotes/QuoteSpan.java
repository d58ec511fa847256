package io.quotewire.processors.quotes;

/**
 * A stretch of text between quote marks, as the scanner found it. Char indexes into the body.
 *
 * @param open           index of the opening mark
 * @param start          first char of the quoted text (after the mark and any spaces)
 * @param end            end of the quoted text, exclusive (before any spaces and the closing mark)
 * @param close          index of the closing mark, or -1 when the quote ran to the end of its paragraph unclosed
 * @param single         whether single marks (‘…’) delimit it
 * @param multiParagraph whether it runs over paragraphs re-opened with a mark
 */
record QuoteSpan(int open, int start, int end, int close, boolean single, boolean multiParagraph) {
    /** Index just after the closing mark, or the end of the text when unclosed. */
    int after() {
        return close >= 0 ? close + 1 : end;
    }
}
