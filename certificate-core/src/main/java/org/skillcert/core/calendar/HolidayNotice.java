package org.skillcert.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * A State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) read from its own standard
 * wording, so that a school adds next year's schedule itself, without a release (R-CAL-3). Each
 * numbered item reads like
 * {@code 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。}: the sentence with
 * 放假 gives the days off (one day, or a range {@code 至}), 共N天 is checked against the range, and
 * the sentence with 上班 lists the adjusted weekend working days. Parenthesised notes (weekday,
 * 农历 date) are ignored; a date may carry its year ({@code 2022年12月31日}).
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayNotice {
    private static final Pattern ITEM = Pattern.compile("[一二三四五六七八九十]+、\\s*([^：:]{1,20})[：:]");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年\\s*(?:部分)?\\s*节假日");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern RANGE = Pattern.compile("((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)(?:至((?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日))?");
    private static final Pattern TOTAL = Pattern.compile("共\\s*(\\d+)\\s*天");
    private static final Pattern ONE_DAY = Pattern.compile("放假\\s*(\\d+)\\s*天");

    private final int year;
    private final List<String> festivals;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> workdays;

    private HolidayNotice(int year, List<String> festivals, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays) {
        this.year = year;
        this.festivals = List.copyOf(festivals);
        this.holidays = Collections.unmodifiableSortedSet(holidays);
        this.workdays = Collections.unmodifiableSortedSet(workdays);
    }

    /**
     * Reads a notice whose year is named in its text ({@code 关于2027年部分节假日安排的通知} or
     * {@code 2027年元旦、春节…}).
     *
     * @param text the notice's text (title optional, the numbered items required)
     * @return the notice
     * @throws CalendarException {@code MALFORMED_DATA} if the year or an item cannot be read,
     *     {@code INCONSISTENT_DATA} if 共N天 does not match the dates or a 上班 day is not a weekend
     *     day; the position is the 1-based character index in the text
     */
    public static HolidayNotice parse(CharSequence text) {
        return parse(text, null);
    }

    /**
     * Reads a notice for a given year (for a text without its title).
     *
     * @param text the notice's text
     * @param year the notice's year, or {@code null} to read it from the text
     * @return the notice
     * @throws CalendarException as {@link #parse(CharSequence)}
     */
    public static HolidayNotice parse(CharSequence text, @Nullable Integer year) {
        String s = text.toString().replace('\u3000', ' ');
        int y;
        if (year != null) {
            y = year;
        } else {
            Matcher m = YEAR.matcher(s);
            if (!m.find()) {
                throw new CalendarException(CalendarException.Reason.MALFORMED_DATA, "year", 1,
                        "the notice does not name its year (e.g. 关于2027年部分节假日安排的通知): give the year");
            }
            y = Integer.parseInt(m.group(1));
        }
        List<int[]> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher item = ITEM.matcher(s);
        while (item.find()) {
            items.add(new int[] {item.start(), item.end()});
            names.add(item.group(1).strip());
        }
        if (items.isEmpty()) {
            throw new CalendarException(CalendarException.Reason.MALFORMED_DATA, "items", 1,
                    "no numbered item like 一、元旦：… found in the notice");
        }
        SortedSet<LocalDate> off = new TreeSet<>();
        SortedSet<LocalDate> work = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            int from = items.get(i)[1];
            int to = i + 1 < items.size() ? items.get(i + 1)[0] : s.length();
            item(s, from, to, y, names.get(i), off, work);
        }
        return new HolidayNotice(y, names, off, work);
    }

    private static void item(String s, int from, int to, int year, String name, SortedSet<LocalDate> off,
            SortedSet<LocalDate> work) {
        String body = s.substring(from, to);
        boolean seenOff = false;
        int sentenceStart = 0;
        for (String sentence : body.split("。")) {
            int at = from + body.indexOf(sentence, sentenceStart) + 1;
            sentenceStart += sentence.length() + 1;
            // weekday and lunar-date notes in parentheses carry no date of their own
            String plain = sentence.replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("\\s+", "");
            if (plain.contains("放假") && !seenOff) {
                seenOff = true;
                Matcher r = RANGE.matcher(plain);
                if (!r.find()) {
                    throw malformed(name, at, "no date before 放假");
                }
                LocalDate first = date(r.group(1), year, 0, name, at);
                LocalDate last = r.group(2) == null ? first : date(r.group(2), year, first.getMonthValue(), name, at);
                if (last.isBefore(first)) {
                    throw new CalendarException(CalendarException.Reason.INCONSISTENT_DATA, name, at,
                            name + ": " + first + " to " + last + " runs backwards");
                }
                long days = last.toEpochDay() - first.toEpochDay() + 1;
                Matcher total = TOTAL.matcher(plain);
                Matcher one = ONE_DAY.matcher(plain);
                Integer stated = total.find() ? Integer.valueOf(total.group(1))
                        : one.find() ? Integer.valueOf(one.group(1)) : null;
                if (stated != null && stated != days) {
                    throw new CalendarException(CalendarException.Reason.INCONSISTENT_DATA, name, at,
                            name + ": " + first + " to " + last + " is " + days + " days, the notice says 共" + stated + "天");
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    off.add(d);
                }
            } else if (plain.contains("上班")) {
                Matcher d = DATE.matcher(plain.substring(0, plain.lastIndexOf("上班")));
                int month = 0;
                while (d.find()) {
                    LocalDate day = date(d.group(), year, month, name, at);
                    month = day.getMonthValue();
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        throw new CalendarException(CalendarException.Reason.INCONSISTENT_DATA, name, at,
                                name + ": " + day + " (上班) is a " + day.getDayOfWeek() + ", not a weekend day");
                    }
                    work.add(day);
                }
            }
        }
        if (!seenOff) {
            throw malformed(name, from + 1, "no sentence with 放假");
        }
    }

    private static LocalDate date(String text, int year, int month, String name, int at) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw malformed(name, at, "'" + text + "' is not a date like 1月4日");
        }
        int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
        int mo = m.group(2) != null ? Integer.parseInt(m.group(2)) : month;
        if (mo == 0) {
            throw malformed(name, at, "'" + text + "' has no month");
        }
        try {
            return LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw malformed(name, at, "'" + text + "' is not a real date");
        }
    }

    private static CalendarException malformed(String name, int at, String why) {
        return new CalendarException(CalendarException.Reason.MALFORMED_DATA, name, at, name + ": " + why);
    }

    /**
     * Returns the notice's year.
     *
     * @return the Gregorian year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the festival names of the numbered items, e.g. {@code 元旦}, {@code 国庆节、中秋节}.
     *
     * @return the names, in the notice's order
     */
    public List<String> festivals() {
        return festivals;
    }

    /**
     * Returns every day off the notice gives, weekend days inside a holiday period included.
     *
     * @return the days, ascending
     */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Returns the adjusted weekend working days (调休上班).
     *
     * @return the days, ascending
     */
    public SortedSet<LocalDate> workdays() {
        return workdays;
    }

    /**
     * Returns the notice as data in the format of {@link WorkingDays#fromJson(CharSequence)}, one
     * year: the days of other years (a 元旦 period starting on 31 December) are left out, since the
     * format keeps a date under its own year and a partial year would replace a whole one.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder s = new StringBuilder("{\n  \"").append(year).append("\": {\n    \"holidays\": [");
        list(s, holidays);
        s.append("],\n    \"workdays\": [");
        list(s, workdays);
        return s.append("]\n  }\n}\n").toString();
    }

    private void list(StringBuilder s, SortedSet<LocalDate> days) {
        boolean first = true;
        for (LocalDate d : days) {
            if (d.getYear() != year) {
                continue;
            }
            s.append(first ? "" : ", ").append('"').append(d).append('"');
            first = false;
        }
    }

    @Override
    public String toString() {
        return "HolidayNotice[" + year + ": " + holidays.size() + " days off, " + workdays.size() + " working weekend days]";
    }
}
