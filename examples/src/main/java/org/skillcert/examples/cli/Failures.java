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
        String message = message(shown);
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        commandLine.getErr().flush();
        return code;
    }

    /**
     * One line for people: a file system failure names the file and what is wrong with it, in
     * words rather than the JDK's class names; everything else gives its first message line.
     */
    static String message(Throwable shown) {
        if (shown instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) shown;
            String what = f.getReason() != null ? f.getReason()
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists (and is not a folder)"
                    : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                    : "cannot be used";
            return (f.getFile() == null ? "" : f.getFile() + ": ") + what;
        }
        String text = shown.getMessage();
        if (shown instanceof IOException && (text == null || shown.getCause() != null || !text.contains(" "))) {
            text = shown.toString();
        }
        return OpenFailure.firstLine(text == null ? shown.toString() : text);
    }
}
