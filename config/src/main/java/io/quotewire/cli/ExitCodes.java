package io.quotewire.cli;

/** The exit codes of every quotewire command, documented in the README for cron and systemd. */
public final class ExitCodes {
    /** The job completed (or the command did what it was asked). */
    public static final int OK = 0;
    /** The job failed; {@code status} shows the exit message, {@code restart} resumes it. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The job stopped on request; {@code restart} resumes it. */
    public static final int STOPPED = 3;
    /** The same run is already going on in a live process. */
    public static final int ALREADY_RUNNING = 4;
    /** The run for this input folder and date already completed: nothing to do. */
    public static final int ALREADY_COMPLETE = 5;
    /** The input folder is missing or not a folder, or the output folder cannot be made. */
    public static final int BAD_INPUT = 6;
    /** The database cannot be opened or migrated. */
    public static final int DATABASE = 7;
    /** There is no failed, stopped or abandoned-by-a-dead-process execution to restart, or no such execution. */
    public static final int NOTHING_TO_DO = 8;

    private ExitCodes() {
    }
}
