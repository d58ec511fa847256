package io.quotewire.query;

import io.quotewire.cli.CommandException;
import io.quotewire.cli.ExitCodes;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes}: quotations, most quoted first (then the most recently said, then by id), filtered by speaker, dates
 * and words.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List quotations, most quoted first (ties: most recently said first).",
                "Filters combine: all must hold."})
public final class QuotesCommand extends ReadOnlyCommand {
    @Option(names = "--speaker", paramLabel = "NAME",
            description = "quotations this canonical speaker name has occurrences of (case-insensitive, whole name)")
    String speaker;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "said on or after this date (its last occurrence)")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "said on or before this date (its first occurrence)")
    LocalDate until;

    @Option(names = "--contains", paramLabel = "WORDS",
            description = "the quotation contains every one of these words (case-insensitive, anywhere in a word)")
    String contains;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N quotations (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, jsonl (the quotations file's lines) or csv (default: ${DEFAULT-VALUE})")
    Format format;

    public QuotesCommand(QueryContext context) {
        super(context);
    }

    @Override
    int run(Connection c) throws SQLException {
        if (limit < 1) {
            throw new CommandException(ExitCodes.USAGE, "--limit must be at least 1, not " + limit);
        }
        StringBuilder sql = new StringBuilder("SELECT " + Quotations.ROW_COLUMNS + " FROM quotation q WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            sql.append(" AND q.quotation_id IN (SELECT s.quotation_id FROM quotation_speaker s WHERE LOWER(s.speaker) = LOWER(?))");
            args.add(speaker.strip());
        }
        if (since != null) {
            sql.append(" AND q.last_date >= ?");
            args.add(since);
        }
        if (until != null) {
            sql.append(" AND q.first_date <= ?");
            args.add(until);
        }
        for (String word : words(contains)) {
            sql.append(" AND LOWER(q.quotation) LIKE LOWER(?) ESCAPE '!'");
            args.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        sql.append(" ORDER BY q.num_occurrences DESC, q.last_date DESC, q.quotation_id FETCH FIRST ").append(limit)
                .append(" ROWS ONLY");
        List<Quotations.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Quotations.Row.of(rs));
                }
            }
        }
        print(Quotations.summaries(c, rows));
        return ExitCodes.OK;
    }

    /** The words of {@code --contains} (the database lower-cases them as it lower-cases the text). */
    static List<String> words(String contains) {
        if (contains == null || contains.isBlank()) {
            return List.of();
        }
        return List.of(contains.strip().split("\\s+"));
    }

    private void print(List<Quotations.Summary> quotations) {
        PrintStream out = context().out();
        switch (format) {
            case jsonl -> quotations.forEach(q -> Output.jsonLine(out, q.json()));
            case csv -> Output.csv(out, List.of("quoteID", "date", "numOccurrences", "speaker", "quotation"),
                    quotations.stream().map(q -> List.of(q.row().id(), q.date().toString(),
                            String.valueOf(q.occurrences().size()), q.speaker(), Output.oneLine(q.row().quotation())))
                            .toList());
            case table -> {
                if (quotations.isEmpty()) {
                    out.println("no quotations match");
                    return;
                }
                int idWidth = quotations.stream().mapToInt(q -> q.row().id().length()).max().orElse(8);
                Output.table(out, context().width(), List.of(Output.Column.left("ID", Math.max(2, idWidth)),
                                Output.Column.left("DATE", 10), Output.Column.right("N", 4),
                                Output.Column.left("SPEAKER", 20), Output.Column.rest("QUOTATION")),
                        quotations.stream().map(q -> List.of(q.row().id(), q.date().toString(),
                                String.valueOf(q.occurrences().size()), q.speaker(), q.row().quotation())).toList());
            }
        }
    }
}
