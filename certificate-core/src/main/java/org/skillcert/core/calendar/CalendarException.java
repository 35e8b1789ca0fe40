package org.skillcert.core.calendar;

import org.skillcert.spi.SkillcertException;

/**
 * A working-day question the calendar cannot answer honestly (R-CAL-3), or holiday data that
 * cannot be read.
 */
public final class CalendarException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why the calendar refused; callers branch on this, not on the message. */
    public enum Reason {
        /** The State Council schedule for the year is not loaded and no fallback was chosen. */
        NO_DATA_FOR_YEAR,
        /** The holiday data is not well-formed (position = 1-based character offset). */
        MALFORMED_DATA,
        /**
         * The holiday data contradicts itself: a date listed twice, under the wrong year, or an
         * adjusted working day that is not a Saturday or Sunday (position = character offset).
         */
        INCONSISTENT_DATA
    }

    private final Reason reason;
    private final String input;
    private final int position;

    CalendarException(Reason reason, String input, int position, String message) {
        super(message);
        this.reason = reason;
        this.input = input;
        this.position = position;
    }

    /**
     * Returns why the calendar refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the input that was refused: the year asked about, or the offending data item.
     *
     * @return the input
     */
    public String input() {
        return input;
    }

    /**
     * Returns the 1-based character offset in the data where the problem is.
     *
     * @return 1 or more, or 0 for {@link Reason#NO_DATA_FOR_YEAR}
     */
    public int position() {
        return position;
    }
}
