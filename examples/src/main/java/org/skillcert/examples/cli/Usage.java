package org.skillcert.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** What a command that only groups subcommands does when called alone: usage on standard error, exit 2. */
final class Usage {
    private Usage() {
    }

    /**
     * Prints a command's usage to standard error as UTF-8.
     *
     * @param spec the command
     * @param err standard error
     * @return {@link SkillcertCommand#USAGE}
     */
    static int print(CommandSpec spec, PrintStream err) {
        spec.commandLine().usage(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return SkillcertCommand.USAGE;
    }
}
