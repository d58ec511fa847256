package io.quotewire.processors.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of a statement, Quotebank-style: its text lowercased with punctuation and extra spaces removed.
 * Two quotes with the same key are one quotation.
 */
public final class QuotationKey {
    private QuotationKey() {
    }

    /** Lowercased words separated by single spaces; punctuation and symbols dropped. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.DASH_PUNCTUATION) {
                // isSpaceChar: the no-break spaces of web text (U+00A0, U+202F) separate words too
                gap = true;
            }
            // other punctuation (apostrophes, quote marks, commas) joins: "don't" -> "dont"
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A stable quotation id derived from the normalized text: {@code Q} and 16 hex digits of its SHA-256. */
    public static String idFor(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "Q" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
