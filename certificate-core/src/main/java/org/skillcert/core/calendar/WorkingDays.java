package org.skillcert.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * with {@link #withData(CharSequence)} or {@link #withDataFrom(Path)} (a folder of such files, e.g.
 * written by {@link HolidayNotice#toJson()} from the notice's text), never guessed silently: asking
 * about a year without data throws {@link CalendarException.Reason#NO_DATA_FOR_YEAR} unless the
 * caller chose {@link #withProvisionalFallback()} (the statutory holidays of the year, every
 * answer flagged: {@link #deadline(LocalDate, int)}, {@link #isProvisional(int)}) or
 * {@link #withWeekendsOnlyFallback()} (R-CAL-3).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDays {
    private static final String BUNDLED = "cn-holidays-2020-2026.json";
    private static final WorkingDays STATE_COUNCIL = fromJson(readBundled());

    private final Map<Integer, YearSchedule> years;
    private final boolean weekendsOnlyFallback;
    private final boolean provisionalFallback;
    private final Map<Integer, YearSchedule> provisionalYears = new ConcurrentHashMap<>();

    private WorkingDays(Map<Integer, YearSchedule> years, boolean weekendsOnlyFallback) {
        this(years, weekendsOnlyFallback, false);
    }

    private WorkingDays(Map<Integer, YearSchedule> years, boolean weekendsOnlyFallback, boolean provisionalFallback) {
        this.years = Collections.unmodifiableMap(years);
        this.weekendsOnlyFallback = weekendsOnlyFallback;
        this.provisionalFallback = provisionalFallback;
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
        return new WorkingDays(merged, weekendsOnlyFallback, provisionalFallback);
    }

    /**
     * Returns this calendar with the years of every {@code *.json} file of a folder added (in
     * file-name order; a later file's year replaces an earlier one's): the yearly update as a user
     * action, without a release (see {@link HolidayNotice}). A folder that does not exist adds
     * nothing.
     *
     * @param folder the folder, e.g. the one {@code skillcert calendar import} writes to
     * @return a new calendar
     * @throws CalendarException if a file is malformed (the message names the file)
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public WorkingDays withDataFrom(Path folder) {
        if (!Files.isDirectory(folder)) {
            return this;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WorkingDays result = this;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                result = result.withData(text);
            } catch (CalendarException e) {
                throw new CalendarException(e.reason(), file.toString(), e.position(), file + ": " + e.getMessage());
            }
        }
        return result;
    }

    /**
     * Returns this calendar treating a year without a State Council notice by the statutory
     * holidays of 《全国年节及纪念日放假办法》 (2024 amendment: 元旦 1 day, 春节 4 days from 除夕,
     * 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3; a holiday on a weekend made up on the next weekday),
     * lunar dates from a bundled table (2020–2050), and no adjusted weekend working days. Answers
     * that count such a year say so ({@link #deadline(LocalDate, int)}, {@link #isProvisional(int)}).
     *
     * @return a new calendar with the provisional fallback
     */
    public WorkingDays withProvisionalFallback() {
        return new WorkingDays(years, false, true);
    }

    /**
     * Tells whether a year is answered from the provisional schedule: no notice loaded and the
     * provisional fallback chosen.
     *
     * @param year the Gregorian year
     * @return true if the year's working days are provisional
     */
    public boolean isProvisional(int year) {
        return provisionalFallback && !years.containsKey(year);
    }

    /**
     * Returns the {@code n}-th working day strictly after {@code date} (R-CAL-2), flagged with the
     * years that were counted from a provisional schedule.
     *
     * @param date the starting day, not counted
     * @param n 0 or more
     * @return the deadline and whether it is provisional
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarException if a day to be counted lies in a year without data and no fallback
     *     covers it (R-CAL-3)
     */
    public WorkingDate deadline(LocalDate date, int n) {
        LocalDate due = plusWorkingDays(date, n);
        java.util.SortedSet<Integer> provisional = new TreeSet<>();
        for (int y = date.plusDays(1).getYear(); y <= due.getYear(); y++) {
            if (isProvisional(y) && n > 0) {
                provisional.add(y);
            }
        }
        return new WorkingDate(due, provisional);
    }

    /**
     * Returns this calendar treating years without data as plain Monday–Friday weeks. Only for
     * callers who decided that a guess is acceptable (R-CAL-3).
     *
     * @return a new calendar with the fallback
     */
    public WorkingDays withWeekendsOnlyFallback() {
        return new WorkingDays(years, true, false);
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
        if (year == null && provisionalFallback) {
            year = provisionalYears.computeIfAbsent(date.getYear(), StatutoryHolidays::provisional);
        }
        if (year == null) {
            if (!weekendsOnlyFallback) {
                throw new CalendarException(CalendarException.Reason.NO_DATA_FOR_YEAR, Integer.toString(date.getYear()), 0,
                        "no State Council holiday data for " + date.getYear() + " (R-CAL-3): add the year with"
                                + " withData(...), or choose withProvisionalFallback() or withWeekendsOnlyFallback()");
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
        return "WorkingDays[" + range + (weekendsOnlyFallback ? ", weekends-only fallback" : "")
                + (provisionalFallback ? ", provisional fallback" : "") + "]";
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
