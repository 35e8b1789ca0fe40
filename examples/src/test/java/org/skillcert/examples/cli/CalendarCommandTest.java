package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    @Test
    void fifteenWorkingDaysAfterTheMidAutumnEveSpanTheNationalDayWeek() {
        // R-CAL-2, R-ISS-1: hand-checked against the 2026 schedule: 09-25..27 and 10-01..07 are
        // holidays, Saturday 10-10 is a working day; 7 weekend days and 6 holiday weekdays are skipped
        Cli cli = Cli.run("calendar", "due", "--from", "2026-09-24", "--days", "15", "--json");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("{\"from\": \"2026-09-24\", \"days\": 15, \"due\": \"2026-10-22\", \"calendarDays\": 28,"
                + " \"weekendDays\": 7, \"holidays\": 6, \"adjustedWorkdays\": 1}\n", cli.out().replace("\r\n", "\n"));
    }

    @Test
    void humanOutputNamesTheDayAndDefaultsToFifteenDays() {
        Cli cli = Cli.run("calendar", "due", "--from", "2026-09-24");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Due: 2026-10-22 (Thursday)"), cli.out());
        assertTrue(cli.out().contains("15 working days after 2026-09-24 (Thursday), 28 calendar days"), cli.out());
    }

    @Test
    void anAdjustedSaturdayIsAWorkingDay() {
        // R-CAL-1: 2026-02-14 (Saturday) is a working day before the Spring Festival
        Cli cli = Cli.run("calendar", "due", "--from", "2026-02-13", "--days", "1", "--json");
        assertTrue(cli.out().contains("\"due\": \"2026-02-14\""), cli.out());
    }

    @Test
    void aYearWithoutDataIsRefusedUnlessTheFallbackIsChosen() {
        // R-CAL-3
        Cli refused = Cli.run("calendar", "due", "--from", "2029-12-28", "--days", "5");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--holidays"), refused.err());
        assertEquals("", refused.out());
        Cli fallback = Cli.run("calendar", "due", "--from", "2030-01-01", "--days", "5", "--weekends-only-fallback");
        assertEquals(0, fallback.exitCode(), fallback.err());
        assertTrue(fallback.out().startsWith("Due: 2030-01-08 (Tuesday)"), fallback.out());
    }

    @Test
    void moreYearsComeAsData(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("2027.json");
        Files.writeString(data, "{\"2027\": {\"holidays\": [\"2027-01-01\"], \"workdays\": []}}", StandardCharsets.UTF_8);
        Cli cli = Cli.run("calendar", "due", "--from", "2026-12-31", "--days", "1", "--holidays", data.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Due: 2027-01-04 (Monday)"), cli.out());
        Cli missing = Cli.run("calendar", "due", "--from", "2026-12-31", "--holidays", dir.resolve("no.json").toString());
        assertEquals(2, missing.exitCode());
    }

    @Test
    void badInputIsAUsageError() {
        assertEquals(2, Cli.run("calendar", "due", "--from", "2026-13-01").exitCode());
        assertEquals(2, Cli.run("calendar", "due", "--days", "3").exitCode());
        assertEquals(2, Cli.run("calendar", "due", "--from", "2026-09-24", "--days", "-1").exitCode());
        assertEquals(2, Cli.run("calendar", "due", "--from", "2026-09-24", "--days", "x").exitCode());
        assertEquals(2, Cli.run("calendar").exitCode());
        Cli help = Cli.run("calendar", "due", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--from"), help.out());
    }
}
