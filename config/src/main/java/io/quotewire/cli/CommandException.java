package io.quotewire.cli;

/** A failure the command reports as one line and an exit code, never as a stack trace. */
public class CommandException extends RuntimeException {
    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
