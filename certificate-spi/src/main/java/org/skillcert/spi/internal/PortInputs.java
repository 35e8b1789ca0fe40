package org.skillcert.spi.internal;

import javax.annotation.Nullable;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SequencerException;

/**
 * The input checks the ports' {@code @implSpec} asks for, shared by the memory and JDBC adapters
 * and the spi records: scope, request id, serial and text of a {@link Sequencer}; number and text
 * fields of a {@link org.skillcert.spi.CertificateRegistry}. Each returns its input when it is
 * acceptable and throws the port's exception naming the first bad position otherwise.
 * Internal: not part of the public API (a school's adapter is held to the same checks by the
 * contract tests, not by this class).
 */
public final class PortInputs {
    private PortInputs() {
    }

    /**
     * Checks the shape of a scope: 16 characters, 1 uppercase ASCII letter then 15 ASCII digits.
     *
     * @param scope the scope, may be null (refused)
     * @return the scope
     * @throws SequencerException {@code BAD_SCOPE} naming the first bad position (1-based; the
     *     length + 1 when too short, 17 when too long, 1 when null)
     */
    public static String checkScope(@Nullable String scope) {
        int bad = NumberShape.firstBad(scope, NumberShape.SCOPE_LENGTH);
        if (bad == 0) {
            return scope;
        }
        if (scope == null) {
            throw new SequencerException(SequencerException.Reason.BAD_SCOPE, null, 1, "scope is null");
        }
        if (bad <= scope.length() && bad <= NumberShape.SCOPE_LENGTH) {
            throw new SequencerException(SequencerException.Reason.BAD_SCOPE, scope, bad,
                    "scope must be 1 uppercase letter + 15 digits; bad character at position " + bad);
        }
        throw new SequencerException(SequencerException.Reason.BAD_SCOPE, scope, bad,
                "scope must be 16 characters, was " + scope.length());
    }

    /**
     * Checks a request id: 1–128 characters, not blank, no control characters.
     *
     * @param requestId the id, may be null (refused)
     * @return the id
     * @throws SequencerException {@code BAD_REQUEST_ID} naming the first bad position
     */
    public static String checkRequestId(@Nullable String requestId) {
        int bad = Text.firstBad(requestId, 128);
        if (bad != 0) {
            throw new SequencerException(SequencerException.Reason.BAD_REQUEST_ID, requestId, bad,
                    "request id must be 1–128 characters without control characters");
        }
        return requestId;
    }

    /**
     * Checks a serial is within 1…999999.
     *
     * @param serial the serial
     * @return the serial
     * @throws SequencerException {@code BAD_SERIAL}
     */
    public static int checkSerial(int serial) {
        if (serial < Sequencer.MIN_SERIAL || serial > Sequencer.MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_SERIAL, Integer.toString(serial), 0,
                    "serial must be 1…999999, was " + serial);
        }
        return serial;
    }

    /**
     * Checks a void reason (1–500 characters) or actor (1–200 characters) of a sequencer call.
     *
     * @param value the text, may be null (refused)
     * @param maxLength 500 for reasons, 200 for actors
     * @return the text
     * @throws SequencerException {@code BAD_TEXT} naming the first bad position
     */
    public static String checkText(@Nullable String value, int maxLength) {
        int bad = Text.firstBad(value, maxLength);
        if (bad != 0) {
            throw new SequencerException(SequencerException.Reason.BAD_TEXT, value, bad,
                    "text must be 1–" + maxLength + " characters without control characters");
        }
        return value;
    }

    /**
     * Checks the shape of a certificate number: 1 uppercase ASCII letter + 21 ASCII digits (R-NUM-1).
     * The profile rules (R-NUM-2…4) are certificate-core's.
     *
     * @param number the number, may be null (refused)
     * @return the number
     * @throws RegistryException {@code BAD_NUMBER} naming the first bad position
     */
    public static String checkNumber(@Nullable String number) {
        int bad = NumberShape.firstBad(number, NumberShape.NUMBER_LENGTH);
        if (bad == 0) {
            return number;
        }
        if (number == null) {
            throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", null, 1, "number is null");
        }
        if (bad <= number.length() && bad <= NumberShape.NUMBER_LENGTH) {
            throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", number, bad,
                    "certificate number must be 1 uppercase letter + 21 digits; bad character at " + bad);
        }
        throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", number, bad,
                "certificate number must be 22 characters, was " + number.length());
    }

    /**
     * Checks a free-text field of a registry call: not blank, at most {@code maxLength}
     * characters, no control characters.
     *
     * @param field the field name for the error
     * @param value the value, may be null (refused)
     * @param maxLength the longest allowed
     * @return the value
     * @throws RegistryException {@code BAD_FIELD} naming the field and first bad position
     */
    public static String checkField(String field, @Nullable String value, int maxLength) {
        int bad = Text.firstBad(value, maxLength);
        if (bad != 0) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, field, value, bad,
                    field + " must be 1–" + maxLength + " characters without control characters");
        }
        return value;
    }
}
