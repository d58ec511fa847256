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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code speakers}: canonical speaker names by occurrences, with their type and counts; bare descriptions and the
 * unknown speaker apart, so that "official" and "a spokesman" are not taken for people.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"List speakers by occurrences: names with their type, then descriptions that name nobody",
                "(\"official\", \"a spokesman\"), then the unknown speaker."})
public final class SpeakersCommand extends ReadOnlyCommand {
    /** Occurrences whose quote is looked up for a speaker's type: the engine types a name the same way each time. */
    private static final int TYPE_SAMPLES = 3;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "count occurrences on or after this date")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "count occurrences on or before this date")
    LocalDate until;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "at most N names and N descriptions (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format;

    public SpeakersCommand(QueryContext context) {
        super(context);
    }

    /** A speaker's counts; {@code type} is person, organization, group or unknown, as in the articles file. */
    record Speaker(String speaker, SpeakerKind kind, String type, long quotations, long occurrences) {
        Map<String, Object> json() {
            return Output.object("speaker", speaker, "kind", kind.name(), "type", type, "numQuotations", quotations,
                    "numOccurrences", occurrences);
        }

        List<String> cells() {
            return List.of(kind == SpeakerKind.unknown ? "(unknown)" : speaker, type, String.valueOf(quotations),
                    String.valueOf(occurrences));
        }
    }

    @Override
    int run(Connection c) throws SQLException {
        if (top < 1) {
            throw new CommandException(ExitCodes.USAGE, "--top must be at least 1, not " + top);
        }
        // descriptions are stored with a null name and their words in speaker_description (since V10); older rows
        // have the description as the name: both are counted as descriptions
        StringBuilder sql = new StringBuilder("SELECT speaker, speaker_description, speaker_type, COUNT(DISTINCT quotation_id), "
                + "COUNT(*) FROM occurrence WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (since != null) {
            sql.append(" AND quote_date >= ?");
            args.add(since);
        }
        if (until != null) {
            sql.append(" AND quote_date <= ?");
            args.add(until);
        }
        sql.append(" GROUP BY speaker, speaker_description, speaker_type");
        Map<SpeakerKind, Map<String, long[]>> byKind = new HashMap<>();
        Map<String, Map<String, Long>> typesOf = new HashMap<>();
        long unknownQuotations = 0;
        long unknownOccurrences = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String description = rs.getString(2);
                    SpeakerKind kind = name == null && description != null && !description.isBlank()
                            ? SpeakerKind.description : SpeakerKind.of(name);
                    String label = name == null ? description : name;
                    if (kind == SpeakerKind.unknown) {
                        // null and None are one speaker; a quotation counted under both is counted twice here
                        unknownQuotations += rs.getLong(4);
                        unknownOccurrences += rs.getLong(5);
                    } else {
                        long[] counts = byKind.computeIfAbsent(kind, k -> new HashMap<>())
                                .computeIfAbsent(label, l -> new long[2]);
                        counts[0] += rs.getLong(4); // a quotation under two rows of one label is counted twice
                        counts[1] += rs.getLong(5);
                        if (rs.getString(3) != null) {
                            typesOf.computeIfAbsent(kind + "\u0000" + label, k -> new HashMap<>())
                                    .merge(rs.getString(3), rs.getLong(5), Long::sum);
                        }
                    }
                }
            }
        }
        Comparator<Speaker> order = Comparator.comparingLong(Speaker::occurrences).reversed()
                .thenComparing(Comparator.comparingLong(Speaker::quotations).reversed()).thenComparing(Speaker::speaker);
        List<Speaker> names = typed(c, top(speakers(byKind.get(SpeakerKind.name), SpeakerKind.name), order), typesOf);
        List<Speaker> descriptions = typed(c, top(speakers(byKind.get(SpeakerKind.description), SpeakerKind.description),
                order), typesOf);
        List<Speaker> unknown = unknownOccurrences == 0 ? List.of()
                : List.of(new Speaker(Quotations.NONE, SpeakerKind.unknown, "unknown", unknownQuotations, unknownOccurrences));
        print(names, descriptions, unknown);
        return ExitCodes.OK;
    }

    private static List<Speaker> speakers(Map<String, long[]> counts, SpeakerKind kind) {
        if (counts == null) {
            return null;
        }
        List<Speaker> out = new ArrayList<>();
        counts.forEach((label, n) -> out.add(new Speaker(label, kind, null, n[0], n[1])));
        return out;
    }

    private List<Speaker> top(List<Speaker> speakers, Comparator<Speaker> order) {
        if (speakers == null) {
            return List.of();
        }
        speakers.sort(order);
        return speakers.subList(0, Math.min(top, speakers.size()));
    }

    /**
     * Each speaker with its occurrences' most frequent type; for rows older than the type column, the type of its
     * first occurrences' quotes (the most frequent of them).
     */
    private static List<Speaker> typed(Connection c, List<Speaker> speakers, Map<String, Map<String, Long>> typesOf)
            throws SQLException {
        List<Speaker> out = new ArrayList<>(speakers.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT o.quote_id, a.quotes FROM occurrence o JOIN article a "
                + "ON a.article_id = o.article_id WHERE o.speaker = ? FETCH FIRST " + TYPE_SAMPLES + " ROWS ONLY")) {
            for (Speaker s : speakers) {
                Map<String, Long> stored = typesOf.get(s.kind() + "\u0000" + s.speaker());
                if (stored != null) {
                    out.add(new Speaker(s.speaker(), s.kind(), stored.entrySet().stream()
                            .max(Map.Entry.<String, Long>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                            .map(Map.Entry::getKey).orElseThrow(), s.quotations(), s.occurrences()));
                    continue;
                }
                ps.setString(1, s.speaker());
                Map<String, Integer> types = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Json.quote(rs.getString(2), rs.getString(1)).map(Json.QuoteSpan::speakerType)
                                .ifPresent(type -> types.merge(type, 1, Integer::sum));
                    }
                }
                String type = types.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .map(Map.Entry::getKey).orElse("unknown");
                out.add(new Speaker(s.speaker(), s.kind(), type, s.quotations(), s.occurrences()));
            }
        }
        return out;
    }

    private void print(List<Speaker> names, List<Speaker> descriptions, List<Speaker> unknown) {
        PrintStream out = context().out();
        List<Speaker> all = new ArrayList<>(names);
        all.addAll(descriptions);
        all.addAll(unknown);
        switch (format) {
            case jsonl -> all.forEach(s -> Output.jsonLine(out, s.json()));
            case csv -> Output.csv(out, List.of("speaker", "kind", "type", "numQuotations", "numOccurrences"),
                    all.stream().map(s -> List.of(s.speaker(), s.kind().name(), s.type(), String.valueOf(s.quotations()),
                            String.valueOf(s.occurrences()))).toList());
            case table -> {
                if (all.isEmpty()) {
                    out.println("no occurrences" + (since != null || until != null ? " in these dates" : ""));
                    return;
                }
                table(out, "SPEAKER", names);
                if (!descriptions.isEmpty()) {
                    if (!names.isEmpty()) {
                        out.println();
                    }
                    table(out, "DESCRIPTION (names nobody)", descriptions);
                }
                if (!unknown.isEmpty()) {
                    out.println();
                    table(out, "UNKNOWN", unknown);
                }
            }
        }
    }

    private void table(PrintStream out, String header, List<Speaker> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = Math.min(120, context().width());
        Output.table(out, width, List.of(Output.Column.left(header, Math.max(20, width - 51)),
                Output.Column.left("TYPE", 12), Output.Column.right("QUOTATIONS", 10),
                Output.Column.right("OCCURRENCES", 11)), rows.stream().map(Speaker::cells).toList());
    }
}
