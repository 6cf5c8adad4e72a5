package org.sitrep.app;

/**
 * A command could not finish for a reason the user can act on (the pipeline cannot be built, an
 * output cannot be written). {@link Main} prints the message as one line, without a stack trace, and
 * exits with {@link ExitStatus#ERROR}.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
