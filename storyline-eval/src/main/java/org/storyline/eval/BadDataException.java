package org.storyline.eval;

/**
 * Bad input on the command line: a {@code --data} path without the benchmark the task expects (the message
 * names the path, what was wrong and the expected layout), an unknown {@code --systems} name or a negative
 * {@code --limit}. The command line turns it into exit code 2.
 */
public final class BadDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadDataException(String message) {
        super(message);
    }
}
