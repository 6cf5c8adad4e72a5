package org.sitrep.app;

/**
 * The exit statuses of the {@code sitrep} command, as documented in its help and the README.
 */
public final class ExitStatus {

    /** Every input was read and the output written. */
    public static final int OK = 0;
    /** Some inputs failed (each reported on stderr); the rest were processed and the output written. */
    public static final int INPUTS_FAILED = 1;
    /** The command line was wrong: unknown option, bad value, no input, an output that cannot be written. */
    public static final int USAGE = 2;
    /** The run could not finish: the pipeline could not be built, writing failed, or a bug. */
    public static final int ERROR = 3;

    private ExitStatus() {
    }
}
