package org.skillcert.core.calendar;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A working-day question the calendar cannot answer honestly (R-CAL-3), or holiday data that
 * cannot be read.
 */
public final class CalendarException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why the calendar refused; callers branch on this, not on the message. */
    public enum Reason implements FailureReason {
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

    CalendarException(Reason reason, String input, int position, String message) {
        super(reason, input, position, message, null);
        this.reason = reason;
    }

    /**
     * Returns why the calendar refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
