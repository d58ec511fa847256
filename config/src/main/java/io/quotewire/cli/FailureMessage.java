package io.quotewire.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says in one line why something failed, from the exception behind it: the cause a person can act on (a full disk and
 * which file, or the deepest message), no stack frames and no exception class names, and where the details are.
 *
 * @param database the database as the message names it (the H2 file, or the URL without its parameters)
 * @param logFile  the log file that holds the stack traces
 */
public record FailureMessage(String database, Path logFile) {
    /** "java.io.IOException: ", "org.h2.mvstore.MVStoreException: " and the like, inside messages. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*: ?");

    /** The database of a JDBC URL, as a message names it. */
    public static String databaseOf(String url) {
        if (url == null || url.isBlank()) {
            return "the database";
        }
        return H2FileDatabase.of(url).map(db -> db.storeFile().toString())
                .orElseGet(() -> url.split("[;?]", 2)[0]);   // parameters may hold a password
    }

    /**
     * The cause of {@code failure} in words, for a text that names neither the database nor the log file (the run
     * summary): the deepest message without class names, or a full disk as such.
     */
    public static String inWords(Throwable failure) {
        return new FailureMessage("the database", Path.of("")).cause(failure, Optional.empty());
    }

    /** The first line of a recorded exit description, without the exception class names in it. */
    public static String inWords(String description) {
        String line = SpringLauncher.firstLine(description).strip();
        String cleaned = CLASS_NAME.matcher(line).replaceAll("").strip();
        return cleaned.isEmpty() ? line : cleaned;
    }

    /**
     * The cause of {@code failure}; {@code file} is what the failing step writes, if anything, and names the place of
     * a full disk that is not the database's.
     */
    public String describe(Throwable failure, Optional<Path> file) {
        return cause(failure, file) + details();
    }

    String cause(Throwable failure, Optional<Path> file) {
        if (isNoSpace(failure)) {
            String where = isDatabase(failure) ? "the database " + database
                    : fileOf(failure).map(Path::toString).or(() -> file.map(Path::toString)).orElse("an output file");
            return "no space left on device writing " + where;
        }
        if (file.isPresent() && hasIOException(failure)) {
            // a full disk can also end in a short write, which Spring Batch reports without the system's words
            return (isFull(file.get()) ? "no space left on device writing " : "cannot write ") + file.get()
                    + (isFull(file.get()) ? "" : ": " + message(failure));
        }
        return message(failure);
    }

    /** Less than 64 KiB left where the file is: full for a writer of JSON lines. */
    private static boolean isFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && java.nio.file.Files.getFileStore(folder).getUsableSpace() < 64 * 1024;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean hasIOException(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    String details() {
        return " (details: " + logFile + ")";
    }

    /** ENOSPC (or a full quota) anywhere in the chain: Linux and the JDK say it in these words. */
    static boolean isNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Path> fileOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof FileSystemException fse && fse.getFile() != null) {
                return Optional.of(Path.of(fse.getFile()));
            }
        }
        return Optional.empty();
    }

    /** The deepest message of the chain (the first of an SQL error's: the driver repeats it), on one line. */
    static String message(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                if (t instanceof SQLException) {
                    break;
                }
            }
        }
        if (message == null) {
            return "an unexpected error without a message";
        }
        return inWords(message);
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }
}
