package org.sitrep.store;

/**
 * The workspace could not be opened, read or written: the file is missing, not a Sitrep workspace,
 * of a newer schema, locked, or the disk failed. The message names the workspace and the reason in
 * words for the user.
 */
public final class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
