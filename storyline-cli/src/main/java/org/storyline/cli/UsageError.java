package org.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Bad usage found after parsing (a bad manifest, an unknown output extension); the message names the fix. */
final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
