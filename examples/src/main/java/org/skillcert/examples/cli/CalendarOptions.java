package org.skillcert.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import javax.annotation.Nullable;
import org.skillcert.core.calendar.WorkingDate;
import org.skillcert.core.calendar.WorkingDays;
import picocli.CommandLine.Option;

/**
 * The working-day calendar options (R-CAL-3): extra years from a folder, and what a year without a
 * State Council notice gets (provisional statutory holidays by default, or a refusal).
 */
final class CalendarOptions {
    /** The environment variable naming the folder of extra years. */
    static final String ENV = "SKILLCERT_CALENDAR_DIR";

    @Option(names = "--calendar-dir", paramLabel = "DIR",
            description = "A folder of extra years of State Council data (*.json, as `skillcert calendar import`"
                    + " writes); default: $" + ENV + ".")
    @Nullable
    Path folder;

    @Option(names = "--strict-calendar",
            description = "Refuse a year without a State Council notice (R-CAL-3) instead of counting it"
                    + " provisionally by the statutory holidays.")
    boolean strict;

    /** Returns the folder of extra years, if one is configured. */
    @Nullable
    Path folder(SkillcertCommand parent) {
        if (folder != null) {
            return folder;
        }
        String env = parent.environment(ENV);
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /** Returns the bundled schedule with the folder's years and the provisional fallback unless strict. */
    WorkingDays calendar(SkillcertCommand parent) {
        WorkingDays calendar = WorkingDays.stateCouncil();
        Path dir = folder(parent);
        if (dir != null) {
            calendar = calendar.withDataFrom(dir);
        }
        return strict ? calendar : calendar.withProvisionalFallback();
    }

    /** Prints the line {@code provisional: no State Council notice for 2027 loaded} for a provisional answer. */
    static void sayIfProvisional(WorkingDate date, PrintStream out) {
        if (date.provisional()) {
            out.println(provisionalLine(date));
        }
    }

    static String provisionalLine(WorkingDate date) {
        return provisionalLine(date.provisionalYears().toString().replaceAll("[\\[\\]]", ""));
    }

    /** The same line for an answer that falls in {@code year}, e.g. a replacement proof's due date. */
    static String provisionalLine(int year) {
        return provisionalLine(Integer.toString(year));
    }

    private static String provisionalLine(String years) {
        return "provisional: no State Council notice for " + years + " loaded"
                + " (statutory holidays only; import it with `skillcert calendar import NOTICE.txt`)";
    }
}
