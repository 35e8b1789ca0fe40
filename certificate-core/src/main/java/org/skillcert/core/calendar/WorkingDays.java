package org.skillcert.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days by the State Council holiday schedule (RULES R-CAL).
 *
 * <p>A working day is Monday–Friday, minus the public-holiday days, plus the weekend days declared
 * working days (调休上班) (R-CAL-1). The bundled schedule, {@link #stateCouncil()}, covers 2020–2026:
 * it is the resource {@code org/skillcert/core/calendar/cn-holidays-2020-2026.json}, taken from
 * github.com/NateScarlet/holiday-cn and checked year by year against the State Council notices
 * listed in the {@code cn-holidays-2020-2026.meta.json} beside it. Later years are added as data
 * with {@link #withData(CharSequence)}, never guessed: asking about a year without data throws
 * {@link CalendarException.Reason#NO_DATA_FOR_YEAR} unless the caller chose
 * {@link #withWeekendsOnlyFallback()} (R-CAL-3).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDays {
    private static final String BUNDLED = "cn-holidays-2020-2026.json";
    private static final WorkingDays STATE_COUNCIL = fromJson(readBundled());

    private final Map<Integer, YearSchedule> years;
    private final boolean weekendsOnlyFallback;

    private WorkingDays(Map<Integer, YearSchedule> years, boolean weekendsOnlyFallback) {
        this.years = Collections.unmodifiableMap(years);
        this.weekendsOnlyFallback = weekendsOnlyFallback;
    }

    /**
     * Returns the bundled State Council schedule, 2020–2026, with no fallback.
     *
     * @return the calendar
     */
    public static WorkingDays stateCouncil() {
        return STATE_COUNCIL;
    }

    /**
     * Reads a schedule from data in the bundled format:
     * {@code {"2027": {"holidays": ["2027-01-01", ...], "workdays": ["2027-02-06", ...]}}}.
     * Dates are grouped by their calendar year; {@code workdays} lists only the adjusted weekend
     * working days.
     *
     * @param json the data
     * @return a calendar of exactly those years, with no fallback
     * @throws CalendarException if the data is malformed or contradicts itself
     */
    public static WorkingDays fromJson(CharSequence json) {
        return new WorkingDays(HolidayDataReader.read(json), false);
    }

    /**
     * Returns this calendar with the years in {@code json} added; a year already present is
     * replaced by the new data (a corrected schedule).
     *
     * @param json data in the format of {@link #fromJson(CharSequence)}
     * @return a new calendar
     * @throws CalendarException if the data is malformed or contradicts itself
     */
    public WorkingDays withData(CharSequence json) {
        Map<Integer, YearSchedule> merged = new HashMap<>(years);
        merged.putAll(HolidayDataReader.read(json));
        return new WorkingDays(merged, weekendsOnlyFallback);
    }

    /**
     * Returns this calendar treating years without data as plain Monday–Friday weeks. Only for
     * callers who decided that a guess is acceptable (R-CAL-3).
     *
     * @return a new calendar with the fallback
     */
    public WorkingDays withWeekendsOnlyFallback() {
        return new WorkingDays(years, true);
    }

    /**
     * Returns the years that have State Council data.
     *
     * @return the years, ascending
     */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /**
     * Tells whether the schedule of a year is loaded.
     *
     * @param year the Gregorian year
     * @return true if there is data for the year
     */
    public boolean hasDataFor(int year) {
        return years.containsKey(year);
    }

    /**
     * Tells whether a date is a working day (R-CAL-1).
     *
     * @param date the date
     * @return true on a working day
     * @throws CalendarException if the year has no data and no fallback was chosen (R-CAL-3)
     */
    public boolean isWorkingDay(LocalDate date) {
        YearSchedule year = years.get(date.getYear());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (year == null) {
            if (!weekendsOnlyFallback) {
                throw new CalendarException(CalendarException.Reason.NO_DATA_FOR_YEAR, Integer.toString(date.getYear()), 0,
                        "no State Council holiday data for " + date.getYear() + " (R-CAL-3): add the year with"
                                + " withData(...) or choose withWeekendsOnlyFallback()");
            }
            return !weekend;
        }
        if (weekend) {
            return year.workdays.contains(date);
        }
        return !year.holidays.contains(date);
    }

    /**
     * Returns the {@code n}-th working day strictly after {@code date}: the deadline of "within
     * {@code n} working days after {@code date}" (R-CAL-2).
     *
     * @param date the starting day, not counted
     * @param n 0 or more; 0 returns {@code date}
     * @return the deadline
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarException if a day to be counted lies in a year without data (R-CAL-3)
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }
        LocalDate d = date;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Counts the working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. If {@code to} is before
     * {@code from} the count is negative: minus the working days after {@code to} up to
     * {@code from}.
     *
     * @param from the first day, not counted
     * @param to the last day, counted
     * @return the number of working days
     * @throws CalendarException if a counted day lies in a year without data (R-CAL-3)
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Describes the calendar: the years with data and whether the fallback is on.
     *
     * @return e.g. {@code WorkingDays[2020-2026]}
     */
    @Override
    public String toString() {
        SortedSet<Integer> ys = years();
        String range = ys.isEmpty() ? "" : ys.size() == ys.last() - ys.first() + 1
                ? ys.first() + "-" + ys.last() : ys.toString();
        return "WorkingDays[" + range + (weekendsOnlyFallback ? ", weekends-only fallback" : "") + "]";
    }

    private static String readBundled() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + BUNDLED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
