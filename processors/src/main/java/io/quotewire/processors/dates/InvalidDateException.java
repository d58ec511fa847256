package io.quotewire.processors.dates;

/** The {@code date} header is missing, unparseable or names an impossible date; the message says which. */
public class InvalidDateException extends Exception {
    public InvalidDateException(String message) {
        super(message);
    }
}
