package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.skillcert.examples.roster.RosterException;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a refusal that escapes a subcommand into one line on standard error and an exit code,
 * the same way for every subcommand:
 * <ul>
 *   <li>2 (setup): the database cannot be opened, a file cannot be read, a roster has no header
 *       or lacks a column;</li>
 *   <li>1 (refused): the library refused the work itself, for example an illegal stock move
 *       (the message names the rule and, where there is one, the position).</li>
 * </ul>
 * Anything else is a bug and keeps its stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** Exit code of work the library refused. */
    static final int REFUSED = 1;

    /** Exit code of a usage or setup error. */
    static final int SETUP = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        int code;
        if (e instanceof StorageException || e instanceof RosterException || e instanceof UncheckedIOException
                || e instanceof IOException) {
            code = SETUP;
        } else if (e instanceof SkillcertException) {
            code = REFUSED;
        } else {
            throw e;
        }
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = shown instanceof java.nio.file.NoSuchFileException ? "no such file: " + shown.getMessage()
                : shown instanceof IOException && !(shown.getCause() == null && shown.getMessage() != null
                        && shown.getMessage().contains(" ")) ? shown.toString() : shown.getMessage();
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        commandLine.getErr().flush();
        return code;
    }
}
