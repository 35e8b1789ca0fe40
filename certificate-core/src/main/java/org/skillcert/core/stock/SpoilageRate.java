package org.skillcert.core.stock;

import java.time.LocalDate;

/**
 * The spoilage rate (废证率) of a period (R-STK-4): spoiled sheets ÷ sheets used, where a sheet is
 * used when it was printed or spoiled in the period (a misprinted and reprinted certificate uses
 * two sheets and spoils one).
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param used sheets printed or spoiled in the period, each counted once
 * @param spoiled sheets spoiled in the period
 */
public record SpoilageRate(LocalDate from, LocalDate to, long used, long spoiled) {
    /**
     * Returns spoiled ÷ used.
     *
     * @return 0.0–1.0; 0.0 when nothing was used
     */
    public double rate() {
        return used == 0 ? 0.0 : (double) spoiled / used;
    }

    /**
     * Returns the rate as a percentage with two decimals, e.g. {@code 1.32%}.
     *
     * @return the percentage text
     */
    @Override
    public String toString() {
        return String.format("%.2f%%", rate() * 100);
    }
}
