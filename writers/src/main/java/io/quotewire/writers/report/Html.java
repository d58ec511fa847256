package io.quotewire.writers.report;

/**
 * HTML escaping. Every text the report shows goes through {@link #text} (speaker names, article ids, file paths and
 * failure messages come from the input), in element content and in attribute values alike, inline SVG included.
 */
public final class Html {
    private Html() {
    }

    /** The text with &amp; &lt; &gt; &quot; &#39; escaped, and control characters other than tab and newline dropped. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    // NUL and other C0 controls are not allowed in HTML text; a lone surrogate is kept as is
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
