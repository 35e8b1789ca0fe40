package org.skillcert.core.issue;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/** A certificate-office step refused by a rule (R-ISS, R-STK); nothing was recorded by the refused step. */
public final class OfficeException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why the step was refused. */
    public enum Reason implements FailureReason {
        /** Printing on stock, but the custodian holds no blank sheet (R-STK-3). */
        NO_SHEET_IN_HAND,
        /** A misprint was reported for a sheet that is not printed. */
        SHEET_NOT_PRINTED,
        /** The sheet recorded for a certificate carries another certificate number. */
        SHEET_TAKEN,
        /** No certificate with this number is registered. */
        UNKNOWN_CERTIFICATE,
        /** No replacement application with this id was accepted (R-ISS-2). */
        UNKNOWN_APPLICATION,
        /** The certificate is no longer ISSUED (superseded, revoked or void). */
        NOT_ISSUED,
        /** A correction without the HRSS department's approval reference (R-ISS-3). */
        APPROVAL_MISSING,
        /** The applicant's name or ID number does not match the certificate (R-ISS-2). */
        HOLDER_MISMATCH,
        /** A required text (reason, authority, EMS number ...) is blank. */
        MISSING_FIELD,
        /** The result id already obtained a number of another site, year or level. */
        RESULT_ID_CONFLICT,
        /** A sheet of the range named for printing is not a blank sheet in the custodian's hands (R-STK-3). */
        SHEET_NOT_IN_HAND
    }

    private final Reason reason;

    OfficeException(Reason reason, String input, String message) {
        super(reason, input, NO_POSITION, message, null);
        this.reason = reason;
    }

    /**
     * Returns why the step was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
