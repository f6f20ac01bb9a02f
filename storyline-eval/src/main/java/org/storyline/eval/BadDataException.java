package org.storyline.eval;

/**
 * The {@code --data} path does not hold the benchmark the task expects. The message names the path, what was
 * wrong and the expected layout; the command line turns it into exit code 2.
 */
public final class BadDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadDataException(String message) {
        super(message);
    }
}
