package io.quotewire.processors.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * Where the quotations lie among the tokens: for each token the quotation it is inside (or -1), and for each
 * quotation its opening-mark token and the first token after its closing mark.
 */
record QuoteTokens(int[] quoteOf, int[] openTok, int[] afterTok) {

    static QuoteTokens of(Tokens tokens, List<QuoteSpan> spans) {
        int[] quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        int[] openTok = new int[spans.size()];
        int[] afterTok = new int[spans.size()];
        for (int q = 0; q < spans.size(); q++) {
            QuoteSpan s = spans.get(q);
            int a = tokens.indexAt(s.open());
            int b = tokens.indexAt(s.close() >= 0 ? s.close() + 1 : s.end());
            openTok[q] = a;
            afterTok[q] = b;
            for (int k = a; k < b; k++) {
                quoteOf[k] = q;
            }
        }
        return new QuoteTokens(quoteOf, openTok, afterTok);
    }
}
