package io.quotewire.writers.report;

import java.util.List;

/**
 * JSON for the inside of an HTML {@code <script>} element. The HTML parser ends a script at the first
 * {@code </script} and treats {@code <!--} specially whatever the JSON means, so every {@code <}, {@code >} and
 * {@code &} in a string is written as a {@code \\u} escape (the JSON structure has none); U+2028 and U+2029, which
 * older JavaScript treats as line ends, and lone surrogates, which UTF-8 cannot carry, are escaped too. The text
 * then holds no markup at all, and {@code JSON.parse} gives back the exact strings.
 */
public final class ScriptJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ScriptJson() {
    }

    /** The quotations as a JSON array of objects (the keys the page's script reads). */
    static void quotations(StringBuilder out, List<RunReport.QuotationLine> quotations) {
        out.append('[');
        for (int i = 0; i < quotations.size(); i++) {
            RunReport.QuotationLine q = quotations.get(i);
            out.append(i == 0 ? "" : ",\n").append("{\"id\":");
            string(out, q.id());
            out.append(",\"text\":");
            string(out, q.text());
            out.append(",\"speaker\":");
            string(out, q.speaker());
            out.append(",\"first\":");
            string(out, String.valueOf(q.firstDate()));
            out.append(",\"last\":");
            string(out, String.valueOf(q.lastDate()));
            out.append(",\"occurrences\":").append(q.occurrences()).append(",\"articles\":").append(q.articles())
                    .append(",\"articleIds\":[");
            for (int k = 0; k < q.articleIds().size(); k++) {
                out.append(k == 0 ? "" : ",");
                string(out, q.articleIds().get(k));
            }
            out.append("]}");
        }
        out.append(']');
    }

    /** A JSON string literal that is safe inside a script element. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder();
        string(out, s);
        return out.toString();
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        String text = s == null ? "" : s;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> escape(out, c);
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        escape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        escape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void escape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
