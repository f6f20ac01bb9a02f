package org.storyline.model;

import java.util.Objects;

/**
 * A problem with the input, reported instead of thrown so that the rest of the batch goes on.
 *
 * @param severity how bad it is; {@link Severity#ERROR} means the input was skipped
 * @param code a stable upper-case code such as {@code EXTRACT_NO_BODY}, for scripts to match on
 * @param message one line for a person: what went wrong and how to fix it
 * @param location the input it concerns: a path, URL or article id
 */
public record Diagnostic(Severity severity, String code, String message, String location) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("expected an UPPER_SNAKE code, found '" + code + "'");
        }
    }

    public static Diagnostic error(String code, String message, String location) {
        return new Diagnostic(Severity.ERROR, code, message, location);
    }

    public static Diagnostic warning(String code, String message, String location) {
        return new Diagnostic(Severity.WARNING, code, message, location);
    }

    public static Diagnostic info(String code, String message, String location) {
        return new Diagnostic(Severity.INFO, code, message, location);
    }

    /** {@code location: message [CODE]}, the one-line form shown to users. */
    public String oneLine() {
        return location + ": " + message + " [" + code + "]";
    }
}
