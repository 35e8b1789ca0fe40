package org.skillcert.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads holiday data of the form
 * {@code {"2026": {"holidays": ["2026-01-01", ...], "workdays": ["2026-01-04", ...]}, ...}}: a
 * small hand-written reader for exactly this shape, so that the core jar needs no JSON library.
 * Other keys in a year object are ignored; whitespace between tokens is free.
 */
final class HolidayDataReader {
    private final String text;
    private int at;
    private final Map<Integer, YearSchedule> years = new HashMap<>();

    private HolidayDataReader(String text) {
        this.text = text;
    }

    static Map<Integer, YearSchedule> read(CharSequence json) {
        HolidayDataReader reader = new HolidayDataReader(json.toString());
        reader.document();
        return reader.years;
    }

    private void document() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == '\uFEFF') {
            at++;
            skipSpace();
        }
        expect('{');
        if (!peek('}')) {
            do {
                int keyAt = at;
                String key = string();
                expect(':');
                int year;
                try {
                    year = Integer.parseInt(key);
                } catch (NumberFormatException notAYear) {
                    throw malformed(keyAt, "a year key like \"2026\"");
                }
                if (years.containsKey(year)) {
                    throw inconsistent(keyAt, key, "year listed twice");
                }
                years.put(year, year(year));
            } while (comma());
        }
        expect('}');
        skipSpace();
        if (at != text.length()) {
            throw malformed(at, "end of data");
        }
    }

    private YearSchedule year(int year) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        expect('{');
        if (!peek('}')) {
            do {
                String key = string();
                expect(':');
                if (key.equals("holidays")) {
                    dates(year, holidays, workdays, false);
                } else if (key.equals("workdays")) {
                    dates(year, workdays, holidays, true);
                } else {
                    skipValue();
                }
            } while (comma());
        }
        expect('}');
        return new YearSchedule(holidays, workdays);
    }

    private void dates(int year, Set<LocalDate> into, Set<LocalDate> other, boolean weekendOnly) {
        expect('[');
        if (!peek(']')) {
            do {
                int dateAt = at;
                String s = string();
                LocalDate date;
                try {
                    date = LocalDate.parse(s);
                } catch (DateTimeException notADate) {
                    throw malformed(dateAt, "a date like \"2026-01-01\"");
                }
                if (date.getYear() != year) {
                    throw inconsistent(dateAt, s, "date listed under year " + year);
                }
                if (weekendOnly && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw inconsistent(dateAt, s, "an adjusted working day must be a Saturday or Sunday");
                }
                if (!into.add(date) || other.contains(date)) {
                    throw inconsistent(dateAt, s, "date listed twice");
                }
            } while (comma());
        }
        expect(']');
    }

    private void skipValue() {
        skipSpace();
        if (peek('"')) {
            string();
        } else if (peek('[') || peek('{')) {
            char close = text.charAt(at) == '[' ? ']' : '}';
            at++;
            if (!peek(close)) {
                do {
                    if (close == '}') {
                        string();
                        expect(':');
                    }
                    skipValue();
                } while (comma());
            }
            expect(close);
        } else {
            // a number, true, false or null: run to the next delimiter
            int start = at;
            while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (at == start) {
                throw malformed(at, "a value");
            }
        }
    }

    private String string() {
        skipSpace();
        expect('"');
        StringBuilder b = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                // escapes never occur in dates or keys of this data; refusing them keeps the reader small
                throw malformed(at - 1, "no escapes in holiday data");
            }
            b.append(c);
        }
        expect('"');
        return b.toString();
    }

    private boolean comma() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == ',') {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        skipSpace();
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != c) {
            throw malformed(at, "'" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private CalendarException malformed(int offset, String expected) {
        String found = offset < text.length() ? String.valueOf(text.charAt(offset)) : "end of data";
        return new CalendarException(CalendarException.Reason.MALFORMED_DATA, found, offset + 1,
                "holiday data: expected " + expected + " at character " + (offset + 1) + ", found " + found);
    }

    private CalendarException inconsistent(int offset, String item, String why) {
        return new CalendarException(CalendarException.Reason.INCONSISTENT_DATA, item, offset + 1,
                "holiday data: " + item + " at character " + (offset + 1) + ": " + why);
    }
}
