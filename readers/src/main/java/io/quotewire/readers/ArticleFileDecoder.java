package io.quotewire.readers;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
        for (byte b : bytes) {
            if (b == 0) {
                return new Rejection(articleId, source, RejectionReason.BINARY, "the file holds NUL bytes: not text");
            }
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return new Rejection(articleId, source, RejectionReason.NOT_DECODABLE,
                    "not valid UTF-8 (" + e.getClass().getSimpleName() + ")");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
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

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
