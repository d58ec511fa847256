package io.quotewire.writers.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/** Writes {@code report-<runDate>.json} and {@code report-<runDate>.html} into the output folder. */
public final class ReportFiles {
    private final ReportJson json;

    public ReportFiles(ReportJson json) {
        this.json = json;
    }

    public static Path jsonFile(Path folder, LocalDate runDate) {
        return folder.resolve("report-" + runDate + ".json");
    }

    public static Path htmlFile(Path folder, LocalDate runDate) {
        return folder.resolve("report-" + runDate + ".html");
    }

    /** Writes both files (each replaced whole, never left half-written) and returns their paths, JSON first. */
    public List<Path> write(RunReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        LocalDate runDate = report.run().runDate();
        Path jsonPath = jsonFile(folder, runDate);
        Path htmlPath = htmlFile(folder, runDate);
        replace(jsonPath, json.render(report) + "\n");
        replace(htmlPath, ReportHtml.render(report));
        return List.of(jsonPath, htmlPath);
    }

    private static void replace(Path target, String content) throws IOException {
        // a restart rewrites the report: write beside it, then move over it
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
