package io.quotewire.query;

import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotation ID}: one quotation, its speakers' shares and every occurrence with its article and the sentence
 * around the quote. An id merged into a longer quotation leads to that one.
 */
@Command(name = "quotation", mixinStandardHelpOptions = true,
        description = "Show one quotation: its speakers' shares and every occurrence with its article and sentence.")
public final class QuotationCommand extends ReadOnlyCommand {
    @Parameters(paramLabel = "ID", description = "a quoteID (of the quotations file, or of quotes)")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, jsonl (one line: the quotations file's fields, occurrences with title and sentence) "
                    + "or csv (one row per occurrence) (default: ${DEFAULT-VALUE})")
    Format format;

    public QuotationCommand(QueryContext context) {
        super(context);
    }

    /** An occurrence with its article's title and publication date and the sentence around the quote. */
    record Shown(Quotations.Occurrence occurrence, String title, String published, String sentence) {
        Map<String, Object> json() {
            Quotations.Occurrence o = occurrence;
            return Output.object("articleId", o.articleId(), "quoteId", o.quoteId(), "date", o.date().toString(),
                    "speaker", o.speaker(), "title", title, "published", published, "sentence", sentence);
        }
    }

    @Override
    int run(Connection c) throws SQLException {
        String asked = id.strip();
        Optional<String> mergedInto = redirect(c, asked);
        String quotationId = mergedInto.orElse(asked);
        Quotations.Row row = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Quotations.ROW_COLUMNS
                + " FROM quotation q WHERE q.quotation_id = ?")) {
            ps.setString(1, quotationId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    row = Quotations.Row.of(rs);
                }
            }
        }
        if (row == null) {
            throw new CommandException(ExitCodes.NOTHING_TO_DO, "no quotation " + asked);
        }
        Quotations.Summary summary = Quotations.summaries(c, List.of(row)).get(0);
        List<Shown> shown = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.title, a.published, a.quotes, t.body FROM article a "
                + "LEFT JOIN article_text t ON t.article_id = a.article_id WHERE a.article_id = ?")) {
            for (Quotations.Occurrence o : summary.occurrences()) {
                ps.setString(1, o.articleId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        shown.add(new Shown(o, rs.getString(1), String.valueOf(rs.getObject(2)),
                                sentence(rs.getString(3), rs.getString(4), o.quoteId())));
                    } else {
                        shown.add(new Shown(o, null, null, ""));
                    }
                }
            }
        }
        print(summary, shown, mergedInto.isPresent() ? asked : null);
        return ExitCodes.OK;
    }

    private static Optional<String> redirect(Connection c, String quotationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM quotation_redirect WHERE quotation_id = ?")) {
            ps.setString(1, quotationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The sentence around the quote {@code quoteId}, by its offsets in the article's quotes. */
    private static String sentence(String quotes, String body, String quoteId) {
        if (quotes == null || body == null) {
            return "";
        }
        return Json.quote(quotes, quoteId).map(q -> Sentences.around(body, q.start(), q.end())).orElse("");
    }

    private void print(Quotations.Summary q, List<Shown> shown, String redirectedFrom) {
        PrintStream out = context().out();
        switch (format) {
            case jsonl -> {
                Map<String, Object> json = q.json();
                json.put("occurrences", shown.stream().map(Shown::json).toList());
                if (redirectedFrom != null) {
                    json.put("mergedFrom", redirectedFrom);
                }
                Output.jsonLine(out, json);
            }
            case csv -> Output.csv(out, List.of("quoteID", "articleId", "quoteId", "date", "speaker", "title", "sentence"),
                    shown.stream().map(s -> List.of(q.row().id(), s.occurrence().articleId(), s.occurrence().quoteId(),
                            s.occurrence().date().toString(), s.occurrence().shown(), Output.oneLine(s.title()),
                            s.sentence())).toList());
            case table -> table(out, q, shown, redirectedFrom);
        }
    }

    private void table(PrintStream out, Quotations.Summary q, List<Shown> shown, String redirectedFrom) {
        int width = context().width();
        out.println("quotation " + q.row().id() + (redirectedFrom != null ? " (" + redirectedFrom + " was merged into it)" : ""));
        for (String line : wrap("“" + Output.oneLine(q.row().quotation()) + "”", width - 2)) {
            out.println("  " + line);
        }
        out.println("speaker " + q.speaker() + ", " + q.occurrences().size() + " occurrence"
                + (q.occurrences().size() == 1 ? "" : "s") + " in " + q.articleIds().size() + " article"
                + (q.articleIds().size() == 1 ? "" : "s") + ", first " + q.date() + ", last " + q.row().lastDate());
        out.println();
        Output.table(out, width, List.of(Output.Column.left("SPEAKER", Math.min(40, Math.max(20, width - 30))),
                Output.Column.right("SHARE", 7), Output.Column.right("OCCURRENCES", 11)),
                q.shares().stream().map(s -> List.of(s.speaker(), String.format(Locale.ROOT, "%.1f%%", 100 * s.share()),
                        String.valueOf(s.count()))).toList());
        out.println();
        int articleWidth = Math.min(24, shown.stream().mapToInt(s -> s.occurrence().articleId().length()).max().orElse(7));
        Output.table(out, width, List.of(Output.Column.left("DATE", 10), Output.Column.left("ARTICLE", Math.max(7, articleWidth)),
                        Output.Column.left("SPEAKER", 18), Output.Column.rest("SENTENCE")),
                shown.stream().map(s -> List.of(s.occurrence().date().toString(), s.occurrence().articleId(),
                        s.occurrence().shown(), s.sentence())).toList());
    }

    /** Words in lines of at most {@code width} characters (a longer word on its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
