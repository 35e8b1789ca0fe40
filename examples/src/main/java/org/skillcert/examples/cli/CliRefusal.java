package org.skillcert.examples.cli;

import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * Work the command line refuses by its own policy rather than the library's (exit 1).
 */
final class CliRefusal extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    enum Reason implements FailureReason {
        /** A stock move on a ledger that fails verification, not yet acknowledged (see {@link LedgerGuard}). */
        LEDGER_FAILS_VERIFICATION,
        /** More certificates than one .xlsx sheet holds. */
        TOO_MANY_ROWS
    }

    CliRefusal(Reason reason, String input, int position, String message) {
        super(reason, input, position, message, null);
    }

    /**
     * Returns why the command refused, narrowed to this family's enum.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
