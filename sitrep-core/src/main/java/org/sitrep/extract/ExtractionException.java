package org.sitrep.extract;

/** A document from which no article could be extracted; the message is the reason, for the user. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
