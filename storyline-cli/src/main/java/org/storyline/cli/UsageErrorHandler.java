package org.storyline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Prints bad usage as one line that names the problem and the fix, instead of picocli's message plus the whole
 * usage text, and exits with {@link ExitCodes#USAGE}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        String message = problem.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        if (!(problem instanceof UsageError)) {
            message += "; see '" + name + " --help'";
        }
        err.println(name + ": " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
