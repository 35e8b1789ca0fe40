package org.skillcert.examples.cli;

import java.util.List;
import java.util.Optional;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StockLedger;

/**
 * The CLI's policy for a ledger that fails verification (R-STK-6, Guarantee 4): no new stock move
 * is recorded on it until a person has looked.
 *
 * <p>A move on a ledger whose verification names a bad entry (a row edited or deleted in the
 * database) is refused, exit 1, naming the entry. There are two ways on:
 * <ol>
 *   <li>restore the database from a backup taken before the edit; or</li>
 *   <li>count the goods and record the count with {@code stock count --found … --explanation …}:
 *       an explained stocktake recorded after the bad entry is the custodian's acknowledgement that
 *       the books were checked against the sheets (R-STK-5). The stocktake itself is allowed on a
 *       broken ledger, and must carry an explanation even when the count matches.</li>
 * </ol>
 * After such an acknowledgement, moves are allowed again as long as the chain from the
 * acknowledging stocktake on verifies by itself: an edit made later is caught again. The bad entry
 * is never hidden: {@code stock report} keeps naming it and exits 1 (tamper evidence stays).
 *
 * <p>Checking costs one pass over the ledger per command (hashing only; some tens of milliseconds
 * for ten thousand entries), which is why it guards the CLI's manual moves rather than every sheet
 * an issuing batch prints.
 */
final class LedgerGuard {
    private static final int PAGE = 1000;

    private LedgerGuard() {
    }

    /**
     * Refuses a move when the ledger fails verification and no explained stocktake after the bad
     * entry acknowledges it.
     *
     * @param ledger the ledger
     * @throws SkillcertException (exit 1) naming the first bad entry and the ways on
     */
    static void checkMovable(StockLedger ledger) {
        LedgerVerification verification = ledger.verify();
        if (verification.isOk()) {
            return;
        }
        Optional<LedgerEntry> acknowledged = lastExplainedStocktakeFrom(ledger, verification.firstBadSequence());
        if (acknowledged.isPresent()) {
            Optional<Long> badAfter = firstBadFrom(ledger, acknowledged.get());
            if (badAfter.isEmpty()) {
                return;
            }
            throw refused(badAfter.get(), "after the stocktake #" + acknowledged.get().sequence() + " that acknowledged an"
                    + " earlier break");
        }
        throw refused(verification.firstBadSequence(), String.valueOf(verification.problem()));
    }

    /**
     * Tells whether the ledger fails verification, for {@code stock count}, which records the
     * acknowledgement.
     *
     * @param ledger the ledger
     * @return true when verification names a bad entry
     */
    static boolean isBroken(StockLedger ledger) {
        return !ledger.verify().isOk();
    }

    private static SkillcertException refused(long sequence, String problem) {
        return new CliRefusal(CliRefusal.Reason.LEDGER_FAILS_VERIFICATION, "entry #" + sequence, 0,
                "the stock ledger fails verification at entry #" + sequence + " (" + problem
                + "): a ledger row was changed outside skillcert, so no move is recorded (R-STK-6). Restore the"
                + " database from a backup, or count the sheets and record it with"
                + " stock count --found ... --explanation \"...\" to acknowledge the break");
    }

    private static Optional<LedgerEntry> lastExplainedStocktakeFrom(StockLedger ledger, long from) {
        LedgerEntry found = null;
        for (long next = Math.max(1, from); ; ) {
            List<LedgerEntry> page = ledger.entries(next, PAGE);
            for (LedgerEntry e : page) {
                if (e.sequence() > from && e.move().kind() == EntryKind.STOCKTAKE && e.move().reason() != null
                        && !e.move().reason().isBlank()) {
                    found = e;
                }
            }
            if (page.size() < PAGE) {
                return Optional.ofNullable(found);
            }
            next = page.get(page.size() - 1).sequence() + 1;
        }
    }

    /** Verifies the chain from an entry on: contiguous, each hash matching, each linked to the one before. */
    private static Optional<Long> firstBadFrom(StockLedger ledger, LedgerEntry start) {
        long expected = start.sequence();
        String previous = start.previousHash();
        for (long next = start.sequence(); ; ) {
            List<LedgerEntry> page = ledger.entries(next, PAGE);
            for (LedgerEntry e : page) {
                if (e.sequence() != expected || !e.hash().equals(e.expectedHash()) || !e.previousHash().equals(previous)) {
                    return Optional.of(expected);
                }
                previous = e.hash();
                expected++;
            }
            if (page.size() < PAGE) {
                return expected <= ledger.lastSequence() ? Optional.of(expected) : Optional.empty();
            }
            next = expected;
        }
    }
}
