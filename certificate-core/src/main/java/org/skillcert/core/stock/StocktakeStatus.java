package org.skillcert.core.stock;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * When the last stocktake (盘点) was recorded and whether the current half year has one (R-STK-5,
 * §7: every half year, the stock on the books is compared with the sheets in the store room). The
 * half years are 1 January–30 June and 1 July–31 December; dates are Beijing dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param today the date the status is for
 * @param lastTakenOn the date of the last recorded stocktake, if any
 */
public record StocktakeStatus(LocalDate today, Optional<LocalDate> lastTakenOn) {
    /** Checks the arguments. */
    public StocktakeStatus {
        java.util.Objects.requireNonNull(today, "today");
        java.util.Objects.requireNonNull(lastTakenOn, "lastTakenOn");
    }

    /**
     * Makes the status from the date of the last stocktake.
     *
     * @param today the date the status is for
     * @param lastTakenOn the last stocktake's date, or {@code null} if there was none
     * @return the status
     */
    public static StocktakeStatus of(LocalDate today, @Nullable LocalDate lastTakenOn) {
        return new StocktakeStatus(today, Optional.ofNullable(lastTakenOn));
    }

    /**
     * Returns the first day of the half year of a date: 1 January or 1 July.
     *
     * @param date a date
     * @return the half year's first day
     */
    public static LocalDate halfYearStart(LocalDate date) {
        return date.getMonthValue() <= 6 ? LocalDate.of(date.getYear(), Month.JANUARY, 1)
                : LocalDate.of(date.getYear(), Month.JULY, 1);
    }

    /**
     * Returns the first day of the current half year.
     *
     * @return 1 January or 1 July of {@link #today()}'s year
     */
    public LocalDate halfYearFrom() {
        return halfYearStart(today);
    }

    /**
     * Returns the last day of the current half year.
     *
     * @return 30 June or 31 December
     */
    public LocalDate halfYearTo() {
        return halfYearFrom().plusMonths(6).minusDays(1);
    }

    /**
     * Tells whether a stocktake was recorded in the current half year.
     *
     * @return true if the last stocktake falls in the current half year
     */
    public boolean doneThisHalfYear() {
        return lastTakenOn.map(d -> !d.isBefore(halfYearFrom()) && !d.isAfter(halfYearTo())).orElse(false);
    }

    /**
     * Returns the warning to show when the current half year has no stocktake yet (R-STK-5).
     *
     * @return the warning, or empty when a stocktake was recorded this half year
     */
    public Optional<String> warning() {
        if (doneThisHalfYear()) {
            return Optional.empty();
        }
        return Optional.of("no stocktake recorded in the half year " + halfYearFrom() + " to " + halfYearTo()
                + " (last: " + lastTakenOn.map(LocalDate::toString).orElse("never")
                + "); R-STK-5 asks for one every half year: skillcert stock count");
    }
}
