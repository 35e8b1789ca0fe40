package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.calendar.CalendarException;
import org.skillcert.core.calendar.WorkingDays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert calendar}: working-day questions (RULES R-CAL), answered from the State
 * Council schedule bundled with the library.
 */
@Command(name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Working days per the State Council holiday schedule (R-CAL).",
        subcommands = {CalendarCommand.Due.class})
final class CalendarCommand implements Callable<Integer> {
    @ParentCommand
    private SkillcertCommand parent;

    @Spec
    private CommandSpec spec;

    /**
     * Without a subcommand: prints the usage to standard error, a usage error.
     *
     * @return {@link SkillcertCommand#USAGE}
     */
    @Override
    public Integer call() {
        return Usage.print(spec, parent.err());
    }

    /** {@code skillcert calendar due}: the deadline N working days after a date (R-CAL-2, R-ISS-1). */
    @Command(name = "due",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Prints the N-th working day strictly after a date: the deadline of \"within N working days"
                    + " after DATE\" (R-CAL-2). Certificates are due 15 working days after the result is"
                    + " queryable (R-ISS-1); replacement proofs 5 working days after the application (R-ISS-2).",
                "",
                "Exit status: 0 answered, 2 usage error or a year the schedule does not cover (R-CAL-3).",
                ""
            })
    static final class Due implements Callable<Integer> {
        @ParentCommand
        private CalendarCommand calendar;

        @Option(names = "--from", required = true, paramLabel = "DATE",
                description = "The starting day, not counted, as yyyy-MM-dd.")
        private LocalDate from;

        @Option(names = "--days", defaultValue = "15", paramLabel = "N",
                description = "How many working days, 0 or more (default: ${DEFAULT-VALUE}, R-ISS-1).")
        private int days;

        @Option(names = "--holidays", paramLabel = "FILE.json",
                description = "More years of State Council data, in the format of the bundled"
                        + " cn-holidays-2020-2026.json; a year in the file replaces the bundled one.")
        @Nullable
        private Path holidays;

        @Option(names = "--weekends-only-fallback",
                description = "Count a year without data as plain Monday-Friday weeks instead of refusing (R-CAL-3).")
        private boolean weekendsOnly;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        private boolean json;

        @Override
        public Integer call() {
            PrintStream out = calendar.parent.out();
            PrintStream err = calendar.parent.err();
            if (days < 0) {
                err.println("skillcert calendar due: --days must be 0 or more, was " + days);
                return SkillcertCommand.USAGE;
            }
            WorkingDays workingDays = WorkingDays.stateCouncil();
            try {
                if (holidays != null) {
                    workingDays = workingDays.withData(Files.readString(holidays, StandardCharsets.UTF_8));
                }
                if (weekendsOnly) {
                    workingDays = workingDays.withWeekendsOnlyFallback();
                }
                LocalDate due = workingDays.plusWorkingDays(from, days);
                Skipped skipped = Skipped.count(workingDays, from, due);
                out.println(json ? json(due, skipped) : text(due, skipped));
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("skillcert calendar due: cannot read --holidays " + holidays + ": " + e);
                return SkillcertCommand.USAGE;
            } catch (CalendarException e) {
                err.println("skillcert calendar due: " + e.getMessage()
                        + (e.reason() == CalendarException.Reason.NO_DATA_FOR_YEAR
                                ? " (add the year with --holidays FILE.json, or choose --weekends-only-fallback)" : ""));
                return SkillcertCommand.USAGE;
            }
        }

        private String text(LocalDate due, Skipped skipped) {
            return "Due: " + due + " (" + weekday(due) + ")" + System.lineSeparator()
                    + "  " + days + " working days after " + from + " (" + weekday(from) + "), "
                    + (due.toEpochDay() - from.toEpochDay()) + " calendar days;" + System.lineSeparator()
                    + "  not counted: " + skipped.weekendDays + " weekend days, " + skipped.holidays
                    + " public-holiday weekdays; counted: " + skipped.adjustedWorkdays + " adjusted weekend working days";
        }

        private String json(LocalDate due, Skipped skipped) {
            return "{\"from\": \"" + from + "\", \"days\": " + days + ", \"due\": \"" + due + "\", \"calendarDays\": "
                    + (due.toEpochDay() - from.toEpochDay()) + ", \"weekendDays\": " + skipped.weekendDays
                    + ", \"holidays\": " + skipped.holidays + ", \"adjustedWorkdays\": " + skipped.adjustedWorkdays + "}";
        }

        private static String weekday(LocalDate date) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** The days between a start and a deadline that were not counted, or counted on a weekend. */
    private static final class Skipped {
        int weekendDays;
        int holidays;
        int adjustedWorkdays;

        static Skipped count(WorkingDays workingDays, LocalDate from, LocalDate due) {
            Skipped s = new Skipped();
            for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean working = workingDays.isWorkingDay(d);
                if (weekend && working) {
                    s.adjustedWorkdays++;
                } else if (weekend) {
                    s.weekendDays++;
                } else if (!working) {
                    s.holidays++;
                }
            }
            return s;
        }
    }
}
