package org.skillcert.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A date worked out by counting working days, with the years whose days were counted from a
 * provisional schedule (no State Council notice loaded, R-CAL-3): such an answer may move when
 * the notice is published, and says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDate {
    private final LocalDate date;
    private final SortedSet<Integer> provisionalYears;

    WorkingDate(LocalDate date, SortedSet<Integer> provisionalYears) {
        this.date = Objects.requireNonNull(date);
        this.provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    /**
     * Returns the date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Tells whether any counted day came from a provisional schedule.
     *
     * @return true if the date may change once the State Council notice is loaded
     */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /**
     * Returns the years counted from a provisional schedule.
     *
     * @return the years, ascending; empty when every day came from a notice
     */
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDate && ((WorkingDate) o).date.equals(date)
                && ((WorkingDate) o).provisionalYears.equals(provisionalYears);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + provisionalYears.hashCode();
    }

    /** Returns e.g. {@code 2027-01-13 (provisional: 2027)} or {@code 2026-03-02}. */
    @Override
    public String toString() {
        return date + (provisional() ? " (provisional: " + provisionalYears.toString().replaceAll("[\\[\\]]", "") + ")" : "");
    }
}
