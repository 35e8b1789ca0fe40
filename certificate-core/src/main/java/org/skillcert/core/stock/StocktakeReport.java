package org.skillcert.core.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SheetState;

/**
 * The data of the half-yearly stocktake report (R-STK-5): what the books say, what was found, the
 * differences and how each was explained, the half year's spoilage rate, and the ledger's
 * verification with its last hash (printed so that a later edit of the ledger shows).
 *
 * @param takenOn the date of the stocktake
 * @param periodFrom the first day of the half year
 * @param periodTo the last day of the half year
 * @param received all sheets ever received
 * @param byState sheets per state now
 * @param blankOnBooks blank sheets (in stock or handed out) on the books now
 * @param found blank sheets physically found
 * @param missingFound sheets missing when the count was compared
 * @param unexpectedFound sheets unexpected when the count was compared
 * @param missingNow sheets still missing after the resolutions
 * @param unexpectedNow sheets still unexpected after the resolutions
 * @param entries the ledger entries made during the stocktake, in order
 * @param spoilage the spoilage rate of the half year
 * @param verification the ledger's hash-chain verification
 * @param lastSequence the sequence number of the ledger's last entry
 * @param lastHash the hash of the ledger's last entry
 */
public record StocktakeReport(LocalDate takenOn, LocalDate periodFrom, LocalDate periodTo, long received,
        Map<SheetState, Long> byState, long blankOnBooks, long found, SheetSet missingFound, SheetSet unexpectedFound,
        SheetSet missingNow, SheetSet unexpectedNow, List<LedgerEntry> entries, SpoilageRate spoilage,
        LedgerVerification verification, long lastSequence, String lastHash) {

    /** Copies the collections. */
    public StocktakeReport {
        byState = Map.copyOf(byState);
        entries = List.copyOf(entries);
    }

    /**
     * Tells whether books and goods match after the resolutions (账物相符, R-STK-3).
     *
     * @return true when nothing is missing or unexpected any more
     */
    public boolean balanced() {
        return missingNow.isEmpty() && unexpectedNow.isEmpty();
    }
}
