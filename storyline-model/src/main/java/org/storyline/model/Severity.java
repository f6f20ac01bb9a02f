package org.storyline.model;

/** How bad a {@link Diagnostic} is: {@code ERROR} means the input was skipped. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
