package io.quotewire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes input folders for the job's tests: articles with quotations, exact duplicates and unusable files. */
public final class TestArticles {
    private static final String[] SPEAKERS = {"Maria Lopez", "John Carter", "Aiko Tanaka", "Samuel Osei"};
    private static final String[] TOPICS = {"the harbour bridge", "the new budget", "school meals", "the rail strike",
            "water prices", "the night buses", "the city library", "housing permits"};

    private static final String[] WORDS = {"ferry", "granite", "orchard", "lantern", "meadow", "copper", "violet",
            "harvest", "canal", "pepper", "saddle", "marble", "willow", "thunder", "velvet", "cobalt", "pebble", "falcon",
            "juniper", "quarry", "ribbon", "tundra", "walnut", "zephyr", "almond", "beacon", "cinder", "dune", "ember",
            "fjord", "glacier", "hazel", "indigo", "jasmine", "kettle", "lagoon", "mosaic", "nectar", "oyster", "prairie"};

    private TestArticles() {
    }

    /**
     * A sentence of words picked by the article's number: without it, two stories of the same speaker and topic
     * differ in two numbers only, and the deduplicator rightly takes the later for a copy of the earlier.
     */
    static String distinctSentence(int i) {
        StringBuilder sb = new StringBuilder("Neighbours mentioned");
        for (int k = 0; k < 14; k++) {
            sb.append(' ').append(WORDS[(i * 31 + k * k * 7 + k * 13) % WORDS.length]);
        }
        return sb.append('.').toString();
    }

    /**
     * Writes {@code count} articles a0001.txt ... with two quotations each; every tenth article is an exact copy
     * (re-wrapped, other case) of the one before, and three unusable files are added: empty, binary, no date.
     */
    public static void writeFolder(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        LocalDate day = LocalDate.of(2020, 1, 1);
        String previous = null;
        LocalDate previousDate = day;
        for (int i = 1; i <= count; i++) {
            String text;
            LocalDate published = day.plusDays(i % 5);
            if (i % 10 == 0 && previous != null) {
                // the copy comes out a day after the original
                text = previous.toUpperCase().replace(". ", ".\n");
                published = previousDate.plusDays(1);
            } else {
                String speaker = SPEAKERS[i % SPEAKERS.length];
                String topic = TOPICS[i % TOPICS.length];
                String surname = speaker.substring(speaker.indexOf(' ') + 1);
                text = "Council debates " + topic + " (story " + i + ")\n\n"
                        + speaker + " said on Tuesday that “the plan for " + topic + " number " + i
                        + " is not finished yet.” The council met for three hours.\n\n"
                        + "“We will vote again next week,” " + surname + " added. Residents asked about " + topic
                        + " and the costs of item " + (i * 7) + ".\n\n" + distinctSentence(i);
            }
            previous = text;
            previousDate = published;
            Files.writeString(folder.resolve(String.format("a%04d.txt", i)),
                    "date " + published + " " + text, StandardCharsets.UTF_8);
        }
        Files.write(folder.resolve("z-empty.txt"), new byte[0]);
        Files.write(folder.resolve("z-binary.txt"), new byte[] {'d', 'a', 't', 'e', ' ', 0, 0, 1, 2, 3});
        Files.writeString(folder.resolve("z-nodate.txt"), "An article without its date header.");
    }
}
