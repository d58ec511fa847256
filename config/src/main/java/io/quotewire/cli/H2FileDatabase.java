package io.quotewire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An embedded H2 file database named by a JDBC URL, and the files quotewire keeps beside it: {@code NAME.mv.db} (H2's
 * store), {@code NAME.lock.db} (H2's lock, with the AUTO_SERVER port), {@code NAME.secret} (the generated password)
 * and {@code NAME.state} (what the database held after the last command).
 *
 * @param url  the JDBC URL as configured
 * @param base the database path without H2's suffix, absolute
 */
public record H2FileDatabase(String url, Path base) {

    /** The embedded file database of {@code url}; empty for memory, TCP/SSL server, other databases. */
    public static Optional<H2FileDatabase> of(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            name = name.substring(5);
        } else if (name.indexOf(':') > 1) {
            return Optional.empty();   // mem:, tcp://, ssl://, zip:, nio: and H2's other file systems: not ours to guard
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // H2 expands a leading ~ to the user's home; relative names are relative to the working directory
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(new H2FileDatabase(url, Path.of(name).toAbsolutePath().normalize()));
    }

    /** True when a URL setting (case-insensitive, as H2 reads them) is present, e.g. {@code AUTO_SERVER=TRUE}. */
    public boolean hasSetting(String setting) {
        return url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";" + setting.toUpperCase(Locale.ROOT));
    }

    public Path folder() {
        return base.getParent();
    }

    public Path storeFile() {
        return sibling(".mv.db");
    }

    public Path lockFile() {
        return sibling(".lock.db");
    }

    public Path secretFile() {
        return sibling(".secret");
    }

    public Path stateFile() {
        return sibling(".state");
    }

    /** The URL of a look at the file that can change nothing: read-only, never creating a database. */
    String readOnlyUrl() {
        return "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    }

    /** The generated password, when the secret file exists. */
    public Optional<String> readSecret() throws IOException {
        Path file = secretFile();
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()) : Optional.empty();
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
