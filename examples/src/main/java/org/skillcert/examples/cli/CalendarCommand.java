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
import org.skillcert.core.calendar.HolidayNotice;
import org.skillcert.core.calendar.WorkingDate;
import org.skillcert.core.calendar.WorkingDays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert calendar}: working-day questions (RULES R-CAL), answered from the State
 * Council schedule bundled with the library, extra years from a folder, and provisionally from the
 * statutory holidays for a year without a notice (said on a line of its own).
 */
@Command(name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Working days per the State Council holiday schedule (R-CAL).",
        subcommands = {CalendarCommand.Due.class, CalendarCommand.Import.class})
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
                "A year without a State Council notice is counted by the statutory holidays and the answer says"
                    + " `provisional: no State Council notice for YEAR loaded`; --strict-calendar refuses instead (R-CAL-3).",
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

        @picocli.CommandLine.Mixin
        CalendarOptions calendarOptions = new CalendarOptions();

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
            try {
                WorkingDays workingDays = calendarOptions.calendar(calendar.parent);
                if (holidays != null) {
                    workingDays = workingDays.withData(Files.readString(holidays, StandardCharsets.UTF_8));
                }
                if (weekendsOnly) {
                    workingDays = workingDays.withWeekendsOnlyFallback();
                }
                WorkingDate answer = workingDays.deadline(from, days);
                LocalDate due = answer.date();
                Skipped skipped = Skipped.count(workingDays, from, due);
                out.println(json ? json(due, skipped, answer) : text(due, skipped));
                if (!json) {
                    CalendarOptions.sayIfProvisional(answer, out);
                }
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("skillcert calendar due: cannot read --holidays " + holidays + ": " + e);
                return SkillcertCommand.USAGE;
            } catch (CalendarException e) {
                err.println("skillcert calendar due: " + e.getMessage()
                        + (e.reason() == CalendarException.Reason.NO_DATA_FOR_YEAR
                                ? " (import the notice with `skillcert calendar import NOTICE.txt`, add the year with"
                                        + " --holidays FILE.json, or drop --strict-calendar)" : ""));
                return SkillcertCommand.USAGE;
            }
        }

        private String text(LocalDate due, Skipped skipped) {
            return "Due: " + due + " (" + weekday(due) + ")" + System.lineSeparator()
                    + "  " + days + " working day" + (days == 1 ? "" : "s") + " after " + from + " (" + weekday(from) + "), "
                    + plural(due.toEpochDay() - from.toEpochDay(), "calendar day") + ";" + System.lineSeparator()
                    + "  not counted: " + plural(skipped.weekendDays, "weekend day") + ", "
                    + plural(skipped.holidays, "public-holiday weekday") + "; counted: "
                    + plural(skipped.adjustedWorkdays, "adjusted weekend working day");
        }

        private static String plural(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private String json(LocalDate due, Skipped skipped, WorkingDate answer) {
            return new JsonObject().put("from", from.toString()).put("days", days).put("due", due.toString())
                    .put("calendarDays", due.toEpochDay() - from.toEpochDay()).put("weekendDays", skipped.weekendDays)
                    .put("holidays", skipped.holidays).put("adjustedWorkdays", skipped.adjustedWorkdays)
                    .put("provisional", answer.provisional())
                    .put("provisionalYears", answer.provisionalYears().toString().replaceAll("[\\[\\] ]", "")).toString();
        }

        private static String weekday(LocalDate date) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** {@code skillcert calendar import}: a State Council notice's text into the data format (R-CAL-3). */
    @Command(name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Reads a State Council holiday notice (关于YEAR年部分节假日安排的通知) from its standard wording, e.g.",
                "  一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
                "and writes the year as cn-holidays-YEAR.json into the calendar folder, where every command that"
                    + " counts working days finds it (--calendar-dir or $" + CalendarOptions.ENV + "). No release needed.",
                "",
                "Exit status: 0 imported, 1 the notice could not be read (nothing written), 2 usage error.",
                ""
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        private CalendarCommand calendar;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "NOTICE.txt", description = "The notice's text, UTF-8.")
        private Path notice;

        @Option(names = "--year", paramLabel = "YEAR", description = "The notice's year, if its text does not name it.")
        @Nullable
        private Integer year;

        @picocli.CommandLine.Mixin
        CalendarOptions calendarOptions = new CalendarOptions();

        @Override
        public Integer call() throws IOException {
            PrintStream out = calendar.parent.out();
            PrintStream err = calendar.parent.err();
            String text;
            try {
                text = Files.readString(notice, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("skillcert calendar import: cannot read " + notice + ": " + e.getMessage());
                return SkillcertCommand.USAGE;
            }
            HolidayNotice parsed;
            try {
                parsed = HolidayNotice.parse(text, year);
            } catch (CalendarException e) {
                err.println("skillcert calendar import: " + notice + ": " + e.getMessage() + " (character " + e.position() + ")");
                return Failures.REFUSED;
            }
            Path dir = calendarOptions.folder(calendar.parent);
            if (dir == null) {
                err.println("skillcert calendar import: no calendar folder: give --calendar-dir DIR or set $"
                        + CalendarOptions.ENV);
                return SkillcertCommand.USAGE;
            }
            Files.createDirectories(dir);
            Path target = dir.resolve("cn-holidays-" + parsed.year() + ".json");
            // written whole then moved, so a crash never leaves half a year for the next reader
            Path tmp = Files.createTempFile(dir, "cn-holidays-" + parsed.year(), ".tmp");
            try {
                Files.writeString(tmp, parsed.toJson(), StandardCharsets.UTF_8);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            out.println("Imported " + parsed.year() + ": " + parsed.holidays().size() + " days off, "
                    + parsed.workdays().size() + " adjusted working days (" + String.join(", ", parsed.festivals())
                    + ") -> " + target);
            return CommandLine.ExitCode.OK;
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
