package org.skillcert.core.number;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A text was refused as a certificate number (or as one of its leading parts), with the reason,
 * the 1-based position and the input (RULES R-NUM).
 *
 * <p>Callers branch on {@link #reason()} and {@link #position()}; the message is for people.
 * To validate without exceptions use {@link CertificateNumber#check(CharSequence, NumberingProfile)}
 * or {@link CertificateNumber#isValid(CharSequence, NumberingProfile)}.
 */
public final class CertificateNumberFormatException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    private final NumberViolation reason;

    /**
     * Creates the exception.
     *
     * @param reason why the text was refused
     * @param position the 1-based position the reason points at (see {@link NumberViolation})
     * @param input the refused text, as the caller passed it
     * @param message a sentence for people
     */
    public CertificateNumberFormatException(NumberViolation reason, int position, String input, String message) {
        super(reason, input, position, message + ": \"" + shortened(input) + "\"", null);
        this.reason = reason;
    }

    // a whole file read as one line must not end up in a log message; input() keeps it all
    private static String shortened(String input) {
        return input.length() <= 64 ? input : input.substring(0, 60) + "…(" + input.length() + " chars)";
    }

    /**
     * Returns why the text was refused.
     *
     * @return the reason
     */
    @Override
    public NumberViolation reason() {
        return reason;
    }

    /**
     * Returns the 1-based position the reason points at: for {@link NumberViolation#LENGTH} the
     * length + 1 of a short text or expected length + 1 of a long one, otherwise the offending
     * character or the first position of the offending part.
     *
     * @return 1 to 23
     */
    @Override
    public int position() {
        return super.position();
    }
}
