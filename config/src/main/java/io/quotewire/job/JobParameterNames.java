package io.quotewire.job;

/** The names of the quote job's parameters. */
public final class JobParameterNames {
    /** Identifying: the input folder, absolute and normalized. */
    public static final String INPUT = "input";
    /** Identifying: the night the run is for, ISO date. */
    public static final String RUN_DATE = "runDate";
    /** Not identifying: where the JSON Lines files go. */
    public static final String OUTPUT = "output";
    /** Not identifying: the threads (and partitions) of the analyze step; a restart keeps the first run's partitions. */
    public static final String THREADS = "threads";

    /** The export job's: the quote job instance (the night) whose rows it writes out again. */
    public static final String SOURCE_INSTANCE = "sourceInstance";

    private JobParameterNames() {
    }
}
