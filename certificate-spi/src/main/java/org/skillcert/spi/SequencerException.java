package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * A refused serial request: bad input (nothing was written) or an exhausted scope (R-NUM-5).
 */
public final class SequencerException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a sequencer call was refused. */
    public enum Reason implements FailureReason {
        /** The scope is not 1 uppercase ASCII letter + 15 ASCII digits; position names the first bad character. */
        BAD_SCOPE,
        /** The request id is null, blank, longer than 128 characters or has control characters. */
        BAD_REQUEST_ID,
        /** A block size below 1 or above 999999. */
        BAD_COUNT,
        /** A serial outside 1…999999. */
        BAD_SERIAL,
        /** A void reason or actor that is null, blank, too long or has control characters. */
        BAD_TEXT,
        /** The scope has no room for the request: serials never wrap around (R-NUM-5). */
        EXHAUSTED,
        /** The request id was already used for another scope or block size. */
        REQUEST_CONFLICT,
        /** The serial to void has not been handed out (it is above {@link Sequencer#peek}). */
        NOT_HANDED_OUT
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param input the offending input as the caller passed it ({@code "null"} for null)
     * @param position 1-based position in {@code input} of the first bad character, 0 if none applies
     * @param message what went wrong, for people
     */
    public SequencerException(Reason reason, @Nullable String input, int position, String message) {
        super(reason, input, position, message, null);
        this.reason = reason;
    }

    /** @return why the call was refused */
    @Override
    public Reason reason() {
        return reason;
    }
}
