package org.skillcert.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The period options of {@code report} and {@code export}: {@code --from} and {@code --to}, both inclusive. */
final class PeriodOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, inclusive (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, inclusive (yyyy-MM-dd).")
    LocalDate to;

    /**
     * Checks the period's order.
     *
     * @throws CommandLine.ParameterException if {@code --to} is before {@code --from} (a usage error)
     */
    void check() {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
    }
}
