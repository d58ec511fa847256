package io.quotewire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small corpus of wire-style stories (headline on the date line, hard-wrapped, indented paragraphs). */
final class SyntheticCorpus {
    private static final String[] PEOPLE = {"Maria Lopez", "John Carter", "Aiko Tanaka", "Samuel Osei", "Ruth Klein"};
    private static final String[] TOPICS = {"grain exports", "the rail strike", "interest rates", "the copper market",
            "housing permits", "oil output", "the coffee harvest"};

    private SyntheticCorpus() {
    }

    /** {@code count} usable stories s001.txt ..., plus one file without a date header (unusable). */
    static void write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String topic = TOPICS[i % TOPICS.length];
            StringBuilder text = new StringBuilder();
            text.append("date 1987-03-").append(String.format("%02d", 1 + i % 28)).append(' ')
                    .append(topic.toUpperCase()).append(" UPDATE ").append(i).append('\n');
            int paragraphs = 2 + i % 6;
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("    ");
                }
                text.append("Story ").append(i).append(" paragraph ").append(p).append(": ").append(person)
                        .append(" said on Tuesday that\n").append(topic).append(" would recover within ")
                        .append(i * 3 + p).append(" weeks, citing\nfigures from the ministry and traders in ")
                        .append(p % 2 == 0 ? "London" : "Chicago").append(".\n");
                if (p % 3 == 1) {
                    text.append("    \"We expect a steady improvement in story ").append(i).append(",\" ").append(person).append(" added,\n")
                            .append("speaking about item ").append(i * 11 + p).append(".\n");
                }
            }
            Files.writeString(folder.resolve(String.format("s%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("zz-nodate.txt"), "No header here, only text.\n", StandardCharsets.UTF_8);
    }
}
