package io.quotewire.readers;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one article file into a {@link RawArticle}, or a {@link Rejection} that says why the file
 * cannot be used. Plain Java; thread-safe.
 */
public class ArticleFileDecoder {
    /** Control characters other than tab, line feed, form feed and carriage return, per 1,000, that make a file binary. */
    private static final int MAX_CONTROL_PER_MILLE = 10;

    /**
     * @param articleId the file name without {@code .txt}
     * @param source    the path relative to the input folder
     * @param bytes     the file's content
     */
    public ArticleInput decode(String articleId, String source, byte[] bytes) {
        if (isBlankBytes(bytes)) {
            return new Rejection(articleId, source, RejectionReason.EMPTY, "the file is empty");
        }
        String text;
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            // UTF-16 and UTF-32 files say what they are: decode them (their ASCII letters hold NUL bytes)
            try {
                text = strict(bom, bytes);
            } catch (CharacterCodingException e) {
                return new Rejection(articleId, source, RejectionReason.NOT_DECODABLE,
                        "starts with a " + bom.name() + " byte order mark but is not valid " + bom.name());
            }
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    return looksLikeUtf16(bytes)
                            ? new Rejection(articleId, source, RejectionReason.NOT_DECODABLE,
                                    "looks like UTF-16 without a byte order mark: save it as UTF-8, or with a BOM")
                            : new Rejection(articleId, source, RejectionReason.BINARY, "the file holds NUL bytes: not text");
                }
            }
            try {
                text = strict(StandardCharsets.UTF_8, bytes);
            } catch (CharacterCodingException e) {
                return new Rejection(articleId, source, RejectionReason.NOT_DECODABLE, "not valid UTF-8");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            return new Rejection(articleId, source, RejectionReason.BINARY, "the file holds NUL characters: not text");
        }
        if (controlPerMille(text) > MAX_CONTROL_PER_MILLE) {
            return new Rejection(articleId, source, RejectionReason.BINARY, "the file holds control characters: not text");
        }
        text = foldLineEnds(text).strip();
        if (text.isEmpty()) {
            return new Rejection(articleId, source, RejectionReason.EMPTY, "the file holds only whitespace");
        }
        if (!startsWithDateHeader(text)) {
            return new Rejection(articleId, source, RejectionReason.NO_DATE, "the file does not start with a 'date' header");
        }
        return new RawArticle(articleId, source, text);
    }

    private static boolean isBlankBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The charset a byte order mark names (UTF-32 first: its little-endian mark starts like UTF-16's), or null. */
    static Charset byteOrderMark(byte[] b) {
        if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Text in UTF-16 has NUL bytes in most even (or most odd) positions: the high bytes of ASCII letters. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = Math.max(1, n / 2);
        return Math.max(evenNul, oddNul) * 10 >= pairs * 8 && Math.min(evenNul, oddNul) * 10 <= pairs;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static int controlPerMille(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return (int) (control * 1000 / Math.max(1, text.length()));
    }

    /** CRLF and lone CR become LF, so offsets do not depend on the platform that wrote the file. */
    static String foldLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWithDateHeader(String text) {
        return text.length() > 4 && text.regionMatches(true, 0, "date", 0, 4) && Character.isWhitespace(text.charAt(4));
    }
}
