package io.quotewire.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON for the query commands without Jackson's object mapper, whose start-up (about a second on this machine)
 * would be most of a command's time: values written by hand, the article's quotes read with the streaming parser.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** A quote's span and speaker type, from an article's {@code quotes} column. */
    record QuoteSpan(String id, int start, int end, String speakerType) {
    }

    /** Writes maps, lists, strings, numbers, booleans and null. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else {
            string(sb, value.toString());
        }
    }

    /**
     * Appends {@code s} as a JSON string; control characters and the line and paragraph separators escaped, so a
     * line stays one. The bench report's JSON writes its strings with it too.
     */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** The quote {@code quoteId} of an article's quotes JSON array ({@code [{id, start, end, speaker {type}}...]}). */
    static Optional<QuoteSpan> quote(String quotesJson, String quoteId) {
        for (QuoteSpan q : quotes(quotesJson)) {
            if (q.id().equals(quoteId)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    static List<QuoteSpan> quotes(String quotesJson) {
        List<QuoteSpan> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), quotesJson)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return out;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String type = null;
                int start = -1;
                int end = -1;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (name) {
                        case "id" -> id = p.getString();
                        case "start" -> start = p.getIntValue();
                        case "end" -> end = p.getIntValue();
                        case "speaker" -> {
                            if (t == JsonToken.START_OBJECT) {
                                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                                    String field = p.currentName();
                                    p.nextToken();
                                    if (field.equals("type")) {
                                        type = p.getString();
                                    } else {
                                        p.skipChildren();
                                    }
                                }
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                if (id != null) {
                    out.add(new QuoteSpan(id, start, end, type));
                }
            }
        }
        return out;
    }
}
