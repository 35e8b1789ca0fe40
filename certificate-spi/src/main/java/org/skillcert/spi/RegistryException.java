package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * A refused registry call: bad input, a conflicting record, or an illegal status change. Nothing
 * was written.
 */
public final class RegistryException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a registry call was refused. */
    public enum Reason implements FailureReason {
        /** Not a 22-character certificate number (1 uppercase letter + 21 digits, R-NUM-1); position names the first bad character. */
        BAD_NUMBER,
        /** A text field null, blank, too long or with control characters; {@link #field()} names it. */
        BAD_FIELD,
        /** A skill level outside 1…5 (R-LVL). */
        BAD_LEVEL,
        /** A sheet number outside 0 (not printed on stock) or 1…99999999. */
        BAD_SHEET,
        /** A date or time range whose end is before its start. */
        BAD_PERIOD,
        /** {@code put} with a number already registered with different data. */
        CONFLICT,
        /** No certificate with this number. */
        UNKNOWN_NUMBER,
        /** The status cannot change this way (only ISSUED changes; SUPERSEDED only through a successor's {@code put}). */
        ILLEGAL_STATUS_CHANGE,
        /** The superseded certificate is unknown, itself, or not ISSUED. */
        BAD_SUPERSEDES,
        /** No replacement application with this id ({@link ReplacementBook}). */
        UNKNOWN_APPLICATION
    }

    private final Reason reason;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param field the offending field ({@code "number"}, {@code "holderName"}, …)
     * @param input the offending value as passed ({@code "null"} for null)
     * @param position 1-based position of the first bad character in {@code input}, 0 if none applies
     * @param message what went wrong, for people
     */
    public RegistryException(Reason reason, String field, @Nullable String input, int position, String message) {
        super(reason, input, position, message, null);
        this.reason = reason;
        this.field = field;
    }

    /** @return why */
    @Override
    public Reason reason() {
        return reason;
    }

    /** @return the offending field */
    public String field() {
        return field;
    }
}
