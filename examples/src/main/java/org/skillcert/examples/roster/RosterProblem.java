package org.skillcert.examples.roster;

import java.util.Objects;

/**
 * One problem with one row of a roster: where (row and column, as the user sees them in Excel) and
 * why.
 *
 * @param row the row number as shown by Excel, 1 or more
 * @param column the column as the roster names it with its letter, for example
 *     {@code 证件号码 (C)}, or the field name when the problem is not tied to one cell
 * @param reason what is wrong, for people
 */
public record RosterProblem(int row, String column, String reason) {

    /**
     * Checks the row number and that no component is null.
     *
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public RosterProblem {
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason;
    }
}
