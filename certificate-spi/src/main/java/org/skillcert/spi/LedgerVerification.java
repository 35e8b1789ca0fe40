package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * The outcome of {@link StockLedger#verify()}: OK, or the first bad entry (Guarantee 4).
 *
 * @param entriesChecked how many entries were read
 * @param firstBadSequence the sequence number of the first bad entry, 0 if the ledger is intact
 * @param problem what is wrong with it, null if intact
 */
public record LedgerVerification(long entriesChecked, long firstBadSequence, @Nullable Problem problem) {

    /** What makes an entry bad. */
    public enum Problem {
        /** The entry's hash does not match its data: the row was edited. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it. */
        BROKEN_LINK,
        /** The entry with this sequence number is missing: a row was deleted. */
        MISSING,
        /** The ledger ends before its recorded head: the last rows were deleted. */
        TRUNCATED
    }

    /**
     * An intact ledger.
     *
     * @param entriesChecked how many entries were read
     * @return the verification
     */
    public static LedgerVerification ok(long entriesChecked) {
        return new LedgerVerification(entriesChecked, 0, null);
    }

    /**
     * A ledger with a bad entry.
     *
     * @param entriesChecked how many entries were read
     * @param sequence the first bad sequence number
     * @param problem what is wrong
     * @return the verification
     */
    public static LedgerVerification bad(long entriesChecked, long sequence, Problem problem) {
        return new LedgerVerification(entriesChecked, sequence, problem);
    }

    /** @return whether every entry verified */
    public boolean isOk() {
        return problem == null;
    }

    /**
     * Verifies a chain read in ascending sequence order: sequence numbers 1, 2, 3 … without gaps,
     * each hash matching its data, each previous hash matching the entry before, and the chain
     * reaching the recorded head.
     *
     * @param entries the entries in ascending sequence order
     * @param headSequence the last sequence number the store recorded separately (0 if it keeps no head)
     * @return OK or the first bad entry
     */
    public static LedgerVerification of(java.util.Iterator<LedgerEntry> entries, long headSequence) {
        long expectedSequence = 1;
        String previous = LedgerEntry.GENESIS;
        long checked = 0;
        while (entries.hasNext()) {
            LedgerEntry entry = entries.next();
            checked++;
            if (entry.sequence() != expectedSequence) {
                // a gap means the row with the expected number was deleted
                return bad(checked, expectedSequence, Problem.MISSING);
            }
            if (!entry.hash().equals(entry.expectedHash())) {
                return bad(checked, entry.sequence(), Problem.HASH_MISMATCH);
            }
            if (!entry.previousHash().equals(previous)) {
                return bad(checked, entry.sequence(), Problem.BROKEN_LINK);
            }
            previous = entry.hash();
            expectedSequence++;
        }
        if (headSequence >= expectedSequence) {
            return bad(checked, expectedSequence, Problem.TRUNCATED);
        }
        return ok(checked);
    }
}
