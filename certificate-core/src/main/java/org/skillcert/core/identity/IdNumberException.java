package org.skillcert.core.identity;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * An identity document number that fails its type's check (R-ID-5), with the reason and the
 * 1-based position of the first bad character where there is one.
 */
public final class IdNumberException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why a number was refused; callers branch on this, not on the message. */
    public enum Reason implements FailureReason {
        /** Wrong number of characters for the type; no position. */
        LENGTH,
        /** A character not allowed at its position (see {@link #position()}). */
        CHARACTER,
        /** The address or province code is not one the type allows (position of the code). */
        REGION,
        /** The birth date is not a real date, lies in the future or before 1900 (position of the date). */
        BIRTH_DATE,
        /** The ISO 7064 MOD 11-2 check character does not match (position 18). */
        CHECK_CHARACTER
    }

    private final IdDocumentType type;
    private final Reason reason;

    IdNumberException(IdDocumentType type, Reason reason, String input, int position, String detail) {
        super(reason, input, position, type.chineseName() + " number refused (R-ID-5): " + reason
                + (position > 0 ? " at position " + position : "") + ": " + detail, null);
        this.type = type;
        this.reason = reason;
    }

    /**
     * Returns the document type the number was checked against.
     *
     * @return the type
     */
    public IdDocumentType type() {
        return type;
    }

    /**
     * Returns why the number was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
