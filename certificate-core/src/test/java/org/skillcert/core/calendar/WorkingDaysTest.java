package org.skillcert.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.Property;

class WorkingDaysTest {
    private static final WorkingDays CAL = WorkingDays.stateCouncil();

    /**
     * The dates of one list ("holidays" or "workdays") in the bundled file, found with a regular
     * expression rather than the calendar's own reader, so that the two can disagree.
     */
    private static Set<LocalDate> listed(String list) throws IOException {
        String text;
        try (InputStream in = WorkingDays.class.getResourceAsStream("cn-holidays-2020-2026.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<LocalDate> dates = new HashSet<>();
        Matcher block = Pattern.compile("\"" + list + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(text);
        while (block.find()) {
            Matcher date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(block.group(1));
            while (date.find()) {
                dates.add(LocalDate.parse(date.group()));
            }
        }
        return dates;
    }

    // R-CAL-1, R-CAL-3: every date of the reference file, and every other day of 2020-2026
    @Test
    void everyDateOfTheReferenceFile() throws IOException {
        Set<LocalDate> holidays = listed("holidays");
        Set<LocalDate> workdays = listed("workdays");
        assertEquals(254, holidays.size() + workdays.size());
        for (LocalDate d : holidays) {
            assertFalse(CAL.isWorkingDay(d), d::toString);
        }
        for (LocalDate d : workdays) {
            assertTrue(CAL.isWorkingDay(d), d::toString);
        }
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            if (holidays.contains(d) || workdays.contains(d)) {
                continue;
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend, CAL.isWorkingDay(d), d::toString);
        }
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(CAL.years()));
    }

    // R-CAL-1: adjusted weekend working days (调休上班)
    @Test
    void adjustedWeekendWorkingDays() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2025, 9, 28).getDayOfWeek());
        assertTrue(CAL.isWorkingDay(LocalDate.of(2025, 9, 28)));
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 2, 14).getDayOfWeek());
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    // R-CAL-2, R-ISS-1: 15 working days after 2026-09-24 (Thu). Counting strictly after D, from the data:
    // 09-25 Fri, 09-26 Sat, 09-27 Sun are 中秋 holidays; 09-28 Mon (1), 09-29 (2), 09-30 (3);
    // 10-01..10-07 国庆 holidays; 10-08 Thu (4), 10-09 Fri (5), 10-10 Sat adjusted working day (6),
    // 10-11 Sun off; 10-12..10-16 Mon-Fri (7-11); 10-17/18 weekend; 10-19 (12), 10-20 (13),
    // 10-21 (14), 10-22 Thu (15).
    @Test
    void fifteenWorkingDaysAfterMidAutumn2026() {
        assertEquals(LocalDate.of(2026, 10, 22), CAL.plusWorkingDays(LocalDate.of(2026, 9, 24), 15));
        assertEquals(15, CAL.workingDaysBetween(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 22)));
        assertEquals(-15, CAL.workingDaysBetween(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 9, 24)));
    }

    // R-CAL-2: the start day is never counted, even when it is a working day
    @Test
    void startDayIsNotCounted() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2026, 3, 3), CAL.plusWorkingDays(monday, 1));
        assertEquals(monday, CAL.plusWorkingDays(monday, 0));
        assertEquals(LocalDate.of(2026, 3, 9), CAL.plusWorkingDays(LocalDate.of(2026, 3, 6), 1));
        assertThrows(IllegalArgumentException.class, () -> CAL.plusWorkingDays(monday, -1));
    }

    // R-CAL-2: plusWorkingDays and workingDaysBetween agree, and the deadline is a working day
    @Test
    void plusAndBetweenAgree() {
        Property.forAll("between(d, plus(d, n)) == n", 2_000,
                r -> new Object[] {LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2_400)), r.nextInt(40)},
                c -> {
                    LocalDate d = (LocalDate) c[0];
                    int n = (Integer) c[1];
                    LocalDate deadline = CAL.plusWorkingDays(d, n);
                    assertEquals(n, CAL.workingDaysBetween(d, deadline));
                    if (n > 0) {
                        assertTrue(CAL.isWorkingDay(deadline));
                        assertEquals(n - 1, CAL.workingDaysBetween(d, deadline.minusDays(1)));
                    }
                });
    }

    // R-CAL-3: a year without data is refused, not guessed
    @Test
    void yearWithoutDataIsRefused() {
        CalendarException e = assertThrows(CalendarException.class, () -> CAL.isWorkingDay(LocalDate.of(2027, 3, 1)));
        assertEquals(CalendarException.Reason.NO_DATA_FOR_YEAR, e.reason());
        assertEquals("2027", e.input());
        assertThrows(CalendarException.class, () -> CAL.plusWorkingDays(LocalDate.of(2026, 12, 28), 5));
        assertFalse(CAL.hasDataFor(2019));
        assertThrows(CalendarException.class, () -> CAL.isWorkingDay(LocalDate.of(2019, 12, 31)));
    }

    // R-CAL-3: the weekends-only fallback is the caller's explicit choice
    @Test
    void weekendsOnlyFallbackWhenChosen() {
        WorkingDays guessing = CAL.withWeekendsOnlyFallback();
        assertTrue(guessing.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(guessing.isWorkingDay(LocalDate.of(2027, 1, 2)));
        assertFalse(guessing.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2027, 1, 4), guessing.plusWorkingDays(LocalDate.of(2026, 12, 31), 2));
        assertEquals("WorkingDays[2020-2026, weekends-only fallback]", guessing.toString());
    }

    // R-CAL-3: new years are added as data, not code
    @Test
    void moreYearsAsData() {
        WorkingDays extended = CAL.withData(" {\"2027\": {\"holidays\": [\"2027-01-01\"], \"workdays\": [\"2027-02-06\"],"
                + " \"note\": [1, {\"x\": true}]}}");
        assertFalse(extended.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(extended.isWorkingDay(LocalDate.of(2027, 2, 6)));
        assertTrue(extended.isWorkingDay(LocalDate.of(2027, 1, 4)));
        assertTrue(extended.hasDataFor(2026));
        assertEquals("WorkingDays[2020-2027]", extended.toString());
        assertFalse(CAL.hasDataFor(2027));
    }

    @Test
    void badDataIsRefusedWithPosition() {
        CalendarException missingBracket = assertThrows(CalendarException.class,
                () -> WorkingDays.fromJson("{\"2027\": {\"holidays\": [\"2027-01-01\"}}"));
        assertEquals(CalendarException.Reason.MALFORMED_DATA, missingBracket.reason());
        assertEquals(36, missingBracket.position());
        CalendarException notADate = assertThrows(CalendarException.class,
                () -> WorkingDays.fromJson("{\"2027\": {\"holidays\": [\"2027-02-30\"]}}"));
        assertEquals(CalendarException.Reason.MALFORMED_DATA, notADate.reason());
        assertEquals(24, notADate.position());
        CalendarException wrongYear = assertThrows(CalendarException.class,
                () -> WorkingDays.fromJson("{\"2027\": {\"holidays\": [\"2028-01-01\"]}}"));
        assertEquals(CalendarException.Reason.INCONSISTENT_DATA, wrongYear.reason());
        CalendarException weekdayWorkday = assertThrows(CalendarException.class,
                () -> WorkingDays.fromJson("{\"2027\": {\"workdays\": [\"2027-02-08\"]}}"));
        assertEquals(CalendarException.Reason.INCONSISTENT_DATA, weekdayWorkday.reason());
        CalendarException both = assertThrows(CalendarException.class,
                () -> WorkingDays.fromJson("{\"2027\": {\"holidays\": [\"2027-02-06\"], \"workdays\": [\"2027-02-06\"]}}"));
        assertEquals(CalendarException.Reason.INCONSISTENT_DATA, both.reason());
        assertEquals(CalendarException.Reason.MALFORMED_DATA,
                assertThrows(CalendarException.class, () -> WorkingDays.fromJson("{} x")).reason());
    }
}
