package org.skillcert.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionalCalendarTest {
    private static final WorkingDays NOTICES = WorkingDays.stateCouncil();

    private static String resource(String name) throws IOException {
        try (InputStream in = ProvisionalCalendarTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<LocalDate> daysOff(WorkingDays calendar, int year) {
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !calendar.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    // R-CAL-3: the lunar table is data, checked against every year we have a notice for: 春节 (初一),
    // 清明, 端午 and 中秋 are days off in each notice; 除夕 too since the 2024 amendment (2025 on)
    @Test
    void theLunarTableAgreesWithEveryNotice() {
        for (int year : NOTICES.years()) {
            LocalDate[] f = StatutoryHolidays.festivals(year);
            for (int i = 0; i < 4; i++) {
                assertFalse(NOTICES.isWorkingDay(f[i]), year + " festival " + i + " " + f[i]);
            }
            if (year >= 2025) {
                assertFalse(NOTICES.isWorkingDay(f[0].minusDays(1)), year + " 除夕");
            }
        }
        assertEquals(31, StatutoryHolidays.years().size());
    }

    // R-CAL-3: for the years under the amended rule the provisional days off are all days off in the notice
    // (the notice adds bridge days and adjusted weekends, never takes a statutory day away)
    @Test
    void provisionalDaysOffAreASubsetOfTheNoticesDaysOff() {
        for (int year : new int[] {2025, 2026}) {
            YearSchedule provisional = StatutoryHolidays.provisional(year);
            for (LocalDate d : provisional.holidays) {
                assertFalse(NOTICES.isWorkingDay(d), year + ": " + d);
            }
            assertTrue(provisional.workdays.isEmpty());
        }
    }

    // R-CAL-3: 2027 by the statute: 元旦 Fri 1 Jan; 春节 除夕 Fri 5 Feb to 初三 Mon 8 Feb (Sat, Sun made up
    // Tue 9, Wed 10); 清明 Mon 5 Apr; 劳动节 Sat 1, Sun 2 May (made up Mon 3, Tue 4); 端午 Wed 9 Jun;
    // 中秋 Wed 15 Sep; 国庆 Fri 1 to Sun 3 Oct (made up Mon 4, Tue 5)
    @Test
    void theProvisional2027ScheduleFollowsTheStatute() {
        WorkingDays calendar = NOTICES.withProvisionalFallback();
        Set<LocalDate> expected = new TreeSet<>();
        for (String d : new String[] {"2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10",
            "2027-04-05", "2027-05-03", "2027-05-04", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-04",
            "2027-10-05"}) {
            expected.add(LocalDate.parse(d));
        }
        assertEquals(expected, daysOff(calendar, 2027));
        assertTrue(calendar.isProvisional(2027));
        assertFalse(calendar.isProvisional(2026));
        assertFalse(NOTICES.isProvisional(2027));
    }

    // R-CAL-3: the answer says it is provisional; the fail-fast calendar still refuses
    @Test
    void aDeadlineIntoAYearWithoutANoticeIsFlaggedProvisional() {
        LocalDate from = LocalDate.of(2026, 12, 20);
        CalendarException e = assertThrows(CalendarException.class, () -> NOTICES.plusWorkingDays(from, 15));
        assertEquals(CalendarException.Reason.NO_DATA_FOR_YEAR, e.reason());
        assertEquals("2027", e.input());
        WorkingDate due = NOTICES.withProvisionalFallback().deadline(from, 15);
        // 21-31 Dec: 9 working days; 2027: 1 Jan off, 4-8 Jan make 14, Monday 11 Jan is the 15th
        assertEquals(LocalDate.of(2027, 1, 11), due.date());
        assertTrue(due.provisional());
        assertEquals(Set.of(2027), due.provisionalYears());
        WorkingDate inside = NOTICES.withProvisionalFallback().deadline(LocalDate.of(2026, 3, 2), 15);
        assertFalse(inside.provisional());
        assertEquals(NOTICES.plusWorkingDays(LocalDate.of(2026, 3, 2), 15), inside.date());
        // outside the lunar table there is nothing to be provisional with
        assertEquals(CalendarException.Reason.NO_DATA_FOR_YEAR, assertThrows(CalendarException.class,
                () -> NOTICES.withProvisionalFallback().isWorkingDay(LocalDate.of(2051, 3, 1))).reason());
    }

    // R-CAL-3: the yearly update is a user action: the notice's own wording becomes the data format
    @Test
    void theNoticesTextImportsToTheShippedData() throws IOException {
        WorkingDays shipped = WorkingDays.stateCouncil();
        for (int year : new int[] {2025, 2026}) {
            HolidayNotice notice = HolidayNotice.parse(resource("notice-" + year + ".txt"));
            assertEquals(year, notice.year());
            WorkingDays imported = WorkingDays.fromJson(notice.toJson());
            assertEquals(Set.of(year), imported.years());
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertEquals(shipped.isWorkingDay(d), imported.isWorkingDay(d), year + ": " + d);
            }
        }
        HolidayNotice n2026 = HolidayNotice.parse(resource("notice-2026.txt"));
        assertEquals(33, n2026.holidays().size());
        assertEquals(6, n2026.workdays().size());
        assertEquals("元旦", n2026.festivals().get(0));
    }

    @Test
    void aNoticeThatContradictsItselfIsRefusedNamingTheItem() {
        CalendarException wrongTotal = assertThrows(CalendarException.class, () -> HolidayNotice.parse(
                "一、元旦：1月1日（周五）至3日（周日）放假，共4天。", 2027));
        assertEquals(CalendarException.Reason.INCONSISTENT_DATA, wrongTotal.reason());
        assertEquals("元旦", wrongTotal.input());
        CalendarException weekday = assertThrows(CalendarException.class, () -> HolidayNotice.parse(
                "一、元旦：1月1日（周五）至3日（周日）放假，共3天。1月6日（周三）上班。", 2027));
        assertEquals(CalendarException.Reason.INCONSISTENT_DATA, weekday.reason());
        assertEquals(CalendarException.Reason.MALFORMED_DATA,
                assertThrows(CalendarException.class, () -> HolidayNotice.parse("一、元旦：1月1日放假。")).reason());
        assertEquals(CalendarException.Reason.MALFORMED_DATA,
                assertThrows(CalendarException.class, () -> HolidayNotice.parse("nothing here", 2027)).reason());
        // a 元旦 period starting on 31 December keeps only the notice's own year in the data
        HolidayNotice n = HolidayNotice.parse("一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。", 2023);
        assertEquals(3, n.holidays().size());
        assertEquals(Set.of(2023), WorkingDays.fromJson(n.toJson()).years());
    }

    // R-CAL-3: extra years come from a configured folder; a notice there replaces the provisional answer
    @Test
    void extraYearsLoadFromAFolder(@TempDir Path dir) throws IOException {
        String fake2027 = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月5日至11日放假调休，共7天。2月20日（周六）上班。";
        Files.writeString(dir.resolve("cn-holidays-2027.json"), HolidayNotice.parse(fake2027, 2027).toJson());
        Files.writeString(dir.resolve("notes.txt"), "not data");
        WorkingDays calendar = WorkingDays.stateCouncil().withDataFrom(dir).withProvisionalFallback();
        assertTrue(calendar.hasDataFor(2027));
        assertFalse(calendar.isProvisional(2027));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 20)));
        assertFalse(calendar.deadline(LocalDate.of(2026, 12, 20), 15).provisional());
        assertEquals(WorkingDays.stateCouncil().years(), WorkingDays.stateCouncil().withDataFrom(dir.resolve("none")).years());
        Files.writeString(dir.resolve("broken.json"), "{\"2028\": [}");
        CalendarException e = assertThrows(CalendarException.class, () -> WorkingDays.stateCouncil().withDataFrom(dir));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    }
}
