package io.quotewire.processors.quotes;

/**
 * Who a quotation is attributed to, at token positions: the noun phrase naming the speaker and the reporting
 * words. Token indexes inclusive; cue indexes are -1 when there is no cue.
 *
 * @param npStart  first token of the speaker's mention
 * @param npEnd    last token of the speaker's mention
 * @param cueStart first token of the reporting words, or -1
 * @param cueEnd   last token of the reporting words, or -1
 * @param adjacent whether the reporting words stand right by the quotation ("…,” he said", "said: “…")
 */
record Attribution(int npStart, int npEnd, int cueStart, int cueEnd, boolean adjacent) {
}
