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
                + " \"weekendDays\": 7, \"holidays\": 6, \"adjustedWorkdays\": 1, \"provisional\": false,"
                + " \"provisionalYears\": \"\"}\n", cli.out().replace("\r\n", "\n"));
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
    void aDeadlineInto2027IsProvisionalAndSaysSo() {
        // R-CAL-3 (issue 11): no 2027 notice yet; the statutory holidays answer, on a line of its own
        Cli cli = Cli.run("calendar", "due", "--from", "2026-12-20", "--days", "15");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Due: 2027-01-11 (Monday)"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("provisional: no State Council notice for 2027 loaded")),
                cli.out());
        Cli json = Cli.run("calendar", "due", "--from", "2026-12-20", "--days", "15", "--json");
        assertTrue(json.out().contains("\"provisional\": true, \"provisionalYears\": \"2027\""), json.out());
        // an answer inside the notices' years says nothing of the kind
        assertTrue(Cli.run("calendar", "due", "--from", "2026-03-02").out().lines().noneMatch(l -> l.startsWith("provisional")));
        // the fail-fast behaviour stays available
        Cli strict = Cli.run("calendar", "due", "--from", "2026-12-20", "--days", "15", "--strict-calendar");
        assertEquals(2, strict.exitCode());
        assertTrue(strict.err().contains("calendar import"), strict.err());
    }

    @Test
    void oneWorkingDayIsSingular() {
        Cli cli = Cli.run("calendar", "due", "--from", "2026-03-02", "--days", "1");
        assertTrue(cli.out().contains("1 working day after 2026-03-02 (Monday), 1 calendar day;"), cli.out());
        assertTrue(cli.out().contains("0 weekend days, 0 public-holiday weekdays"), cli.out());
    }

    @Test
    void anImportedNoticeIsFoundInTheCalendarFolder(@TempDir Path dir) throws IOException {
        // R-CAL-3: the yearly update needs no release: import the notice's text, then every answer uses it
        Path notice = dir.resolve("notice-2027.txt");
        Files.writeString(notice, "国务院办公厅关于2027年部分节假日安排的通知\n"
                + "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n"
                + "二、春节：2月5日（农历除夕、周五）至11日（农历正月初七、周四）放假调休，共7天。2月20日（周六）上班。\n",
                StandardCharsets.UTF_8);
        Path folder = dir.resolve("calendar");
        Cli imported = Cli.run("calendar", "import", notice.toString(), "--calendar-dir", folder.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("Imported 2027: 10 days off, 1 adjusted working days"), imported.out());
        assertTrue(Files.exists(folder.resolve("cn-holidays-2027.json")));
        Cli due = Cli.run(java.util.Map.of(CalendarOptions.ENV, folder.toString()),
                "calendar", "due", "--from", "2027-02-04", "--days", "2");
        assertEquals(0, due.exitCode(), due.err());
        // 5-11 Feb off; 12 Feb is the first working day, 15 Feb the second
        assertTrue(due.out().startsWith("Due: 2027-02-15 (Monday)"), due.out());
        assertTrue(due.out().lines().noneMatch(l -> l.startsWith("provisional")), due.out());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "一、元旦：1月1日至3日放假，共4天。", StandardCharsets.UTF_8);
        Cli refused = Cli.run("calendar", "import", bad.toString(), "--year", "2028", "--calendar-dir", folder.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("共4天"), refused.err());
        assertTrue(Files.notExists(folder.resolve("cn-holidays-2028.json")));
    }

    @Test
    void aYearWithoutDataIsRefusedUnlessTheFallbackIsChosen() {
        // R-CAL-3
        Cli refused = Cli.run("calendar", "due", "--from", "2029-12-28", "--days", "5", "--strict-calendar");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--holidays"), refused.err());
        assertEquals("", refused.out());
        assertEquals(2, Cli.run("calendar", "due", "--from", "2050-12-28", "--days", "5").exitCode(),
                "beyond the lunar table nothing can be provisional");
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
