package org.newskg.cli;

/** The documented exit codes of {@code kg}; scripts rely on them. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs failed (each was reported with its file name); the others were processed. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The command could not run: unreadable store, bad query, missing data directory... */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
