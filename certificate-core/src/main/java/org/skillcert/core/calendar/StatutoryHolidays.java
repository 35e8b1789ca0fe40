package org.skillcert.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 as amended in 2024 (in force from
 * 2025), for years without a State Council notice (R-CAL-3, provisional): 元旦 1 day (1 January),
 * 春节 4 days (除夕 to 正月初三), 清明 1 day, 劳动节 2 days (1–2 May), 端午 1 day, 中秋 1 day, 国庆 3
 * days (1–3 October). A holiday falling on a Saturday or Sunday is made up on the next weekday
 * after its festival (办法 第六条: 适逢周六、周日，应当在工作日补假). No adjusted weekend working
 * days (调休上班) are guessed: only a notice fixes those. The lunar dates come from the table
 * {@code cn-festivals-2020-2050.txt} beside this class.
 */
final class StatutoryHolidays {
    private static final String TABLE = "cn-festivals-2020-2050.txt";
    private static final Map<Integer, LocalDate[]> FESTIVALS = readTable();

    private StatutoryHolidays() {
    }

    /** The years the lunar table covers, ascending. */
    static Set<Integer> years() {
        return Collections.unmodifiableSet(new TreeSet<>(FESTIVALS.keySet()));
    }

    /** Returns 春节 (正月初一), 清明, 端午 and 中秋 of a year, or null outside the table. */
    static LocalDate[] festivals(int year) {
        LocalDate[] f = FESTIVALS.get(year);
        return f == null ? null : f.clone();
    }

    /**
     * Returns the provisional schedule of a year.
     *
     * @throws CalendarException {@code NO_DATA_FOR_YEAR} outside the lunar table's years
     */
    static YearSchedule provisional(int year) {
        LocalDate[] f = FESTIVALS.get(year);
        if (f == null) {
            throw new CalendarException(CalendarException.Reason.NO_DATA_FOR_YEAR, Integer.toString(year), 0,
                    "no State Council holiday data for " + year + " and no lunar dates for a provisional schedule"
                            + " (table " + TABLE + " covers " + Collections.min(FESTIVALS.keySet()) + "-"
                            + Collections.max(FESTIVALS.keySet()) + ", R-CAL-3)");
        }
        LocalDate springFestival = f[0];
        List<List<LocalDate>> festivals = List.of(
                days(LocalDate.of(year, 1, 1), 1),
                days(springFestival.minusDays(1), 4),
                days(f[1], 1),
                days(LocalDate.of(year, 5, 1), 2),
                days(f[2], 1),
                days(f[3], 1),
                days(LocalDate.of(year, 10, 1), 3));
        TreeSet<LocalDate> off = new TreeSet<>();
        festivals.forEach(off::addAll);
        for (List<LocalDate> festival : festivals) {
            long weekendDays = festival.stream().filter(StatutoryHolidays::weekend).count();
            LocalDate d = festival.get(festival.size() - 1);
            while (weekendDays > 0) {
                d = d.plusDays(1);
                if (!weekend(d) && off.add(d)) {
                    weekendDays--;
                }
            }
        }
        off.removeIf(d -> d.getYear() != year);
        return new YearSchedule(off, Set.of());
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<LocalDate> days(LocalDate first, int n) {
        List<LocalDate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(first.plusDays(i));
        }
        return out;
    }

    private static Map<Integer, LocalDate[]> readTable() {
        Map<Integer, LocalDate[]> table = new HashMap<>();
        try (InputStream in = StatutoryHolidays.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                int year = Integer.parseInt(parts[0]);
                LocalDate[] dates = new LocalDate[4];
                for (int i = 0; i < 4; i++) {
                    dates[i] = LocalDate.parse(parts[i + 1]);
                    if (dates[i].getYear() != year) {
                        throw new IllegalStateException(TABLE + ": " + line + ": a date outside its year");
                    }
                }
                table.put(year, dates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
