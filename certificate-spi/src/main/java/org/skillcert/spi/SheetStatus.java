package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * The current state of one received sheet (R-STK-3: every sheet's whereabouts is known).
 *
 * @param sheet the sheet number
 * @param state its state
 * @param custodian who holds it when {@link SheetState#HANDED_OUT}, else null
 * @param certificateNumber the certificate printed on it when {@link SheetState#PRINTED} (or
 *     printed and then spoiled), else null
 * @param lastSequence the ledger entry that last moved it
 */
public record SheetStatus(int sheet, SheetState state, @Nullable String custodian,
        @Nullable String certificateNumber, long lastSequence) {
}
