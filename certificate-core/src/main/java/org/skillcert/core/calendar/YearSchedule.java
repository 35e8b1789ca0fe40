package org.skillcert.core.calendar;

import java.time.LocalDate;
import java.util.Set;

/** One year of the State Council schedule: the days off and the adjusted weekend working days. */
final class YearSchedule {
    final Set<LocalDate> holidays;
    final Set<LocalDate> workdays;

    YearSchedule(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }
}
