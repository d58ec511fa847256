package io.quotewire.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints rows as a table, JSON Lines or CSV. */
final class Output {
    private Output() {
    }

    /** A column of a table: its header, its width (0: what is left of the terminal) and its alignment. */
    record Column(String header, int width, boolean right) {
        static Column left(String header, int width) {
            return new Column(header, width, false);
        }

        static Column right(String header, int width) {
            return new Column(header, width, true);
        }

        static Column rest(String header) {
            return new Column(header, 0, false);
        }
    }

    /**
     * Rows as aligned columns within {@code width} characters: a fixed column is cut to its width, the last one (width
     * 0) gets what is left, at least 10; a cut text ends with an ellipsis.
     */
    static void table(PrintStream out, int width, List<Column> columns, List<List<String>> rows) {
        int fixed = 0;
        for (Column c : columns) {
            fixed += c.width() == 0 ? 0 : c.width() + 2;
        }
        int rest = Math.max(10, width - fixed);
        List<String> header = columns.stream().map(Column::header).toList();
        out.println(line(columns, header, rest));
        for (List<String> row : rows) {
            out.println(line(columns, row, rest));
        }
    }

    private static String line(List<Column> columns, List<String> cells, int rest) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int w = c.width() == 0 ? rest : c.width();
            String text = cut(oneLine(cells.get(i)), w);
            boolean last = i == columns.size() - 1;
            if (c.right()) {
                sb.append(" ".repeat(w - length(text))).append(text);
            } else {
                sb.append(text);
                if (!last) {
                    sb.append(" ".repeat(w - length(text)));
                }
            }
            if (!last) {
                sb.append("  ");
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Line breaks and runs of whitespace as one space: a table row is one line. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code width} characters (code points), the last one an ellipsis when cut. */
    static String cut(String s, int width) {
        if (length(s) <= width) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1))).stripTrailing() + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** One JSON object on one line (JSON escapes line breaks inside strings). */
    static void jsonLine(PrintStream out, Map<String, ?> object) {
        out.println(Json.write(object));
    }

    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** RFC 4180: a header line, then the rows; fields with a comma, quote or line break are quoted. */
    static void csv(PrintStream out, List<String> header, List<List<String>> rows) {
        out.print(csvLine(header));
        for (List<String> row : rows) {
            out.print(csvLine(row));
        }
    }

    private static String csvLine(List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String f : fields) {
            String s = f == null ? "" : f;
            quoted.add(s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
