package org.skillcert.examples.cli;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A refusal that belongs to the command line rather than to a library family (exit 1): the
 * library would record the move or write the file, but the command refuses it for the person
 * at the keyboard.
 */
final class CommandRefusedException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why the command refused. */
    enum Reason implements FailureReason {
        /** The stock ledger fails verification and no explained stocktake acknowledges it (R-STK-6). */
        LEDGER_BROKEN,
        /** The export does not fit the chosen file format. */
        EXPORT_TOO_LARGE
    }

    private final Reason reason;

    CommandRefusedException(Reason reason, String input, String message) {
        super(reason, input, NO_POSITION, message, null);
        this.reason = reason;
    }

    /**
     * Returns why the command refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
