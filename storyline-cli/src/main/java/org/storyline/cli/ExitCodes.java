package org.storyline.cli;

/** The exit codes of every storyline command. */
final class ExitCodes {
    /** At least one article was briefed. */
    static final int OK = 0;
    /** Nothing could be briefed (every input was skipped), or the output could not be written. */
    static final int FAILURE = 1;
    /** Bad usage: an unknown option, a bad value, an unusable manifest. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
