package org.skillcert.core.stock;

import java.time.Instant;
import java.util.List;
import org.skillcert.spi.SheetRange;

/**
 * The record of spoiled sheets destroyed before two witnesses (R-STK-4).
 *
 * @param sheets the destroyed sheets
 * @param witnesses the two witnesses
 * @param recordedBy who recorded the destruction
 * @param at when it was recorded
 * @param ledgerSequence the ledger entry that records it
 */
public record DestructionRecord(SheetRange sheets, List<String> witnesses, String recordedBy, Instant at, long ledgerSequence) {
    /** Copies the witness list. */
    public DestructionRecord {
        witnesses = List.copyOf(witnesses);
    }
}
