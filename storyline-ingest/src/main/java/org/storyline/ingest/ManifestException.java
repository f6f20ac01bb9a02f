package org.storyline.ingest;

/** A manifest file that cannot be used; the message names the file and the problem. */
public final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ManifestException(String message, Throwable cause) {
        super(message, cause);
    }

    ManifestException(String message) {
        super(message);
    }
}
