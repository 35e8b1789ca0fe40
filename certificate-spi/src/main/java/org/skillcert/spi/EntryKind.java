package org.skillcert.spi;

/**
 * The kinds of stock ledger entries (R-STK). The allowed moves, by the state of each sheet in the
 * entry's range ("none" = never received):
 *
 * <table>
 * <caption>Moves</caption>
 * <tr><th>kind</th><th>from</th><th>to</th><th>also needs</th></tr>
 * <tr><td>RECEIVED</td><td>none</td><td>IN_STOCK</td><td>order/delivery reference</td></tr>
 * <tr><td>HANDED_OUT</td><td>IN_STOCK</td><td>HANDED_OUT</td><td>custodian</td></tr>
 * <tr><td>RETURNED</td><td>HANDED_OUT by that custodian</td><td>IN_STOCK</td><td>custodian</td></tr>
 * <tr><td>PRINTED</td><td>HANDED_OUT (one sheet)</td><td>PRINTED</td><td>certificate number</td></tr>
 * <tr><td>SPOILED</td><td>IN_STOCK, HANDED_OUT, PRINTED</td><td>SPOILED</td><td>reason</td></tr>
 * <tr><td>LOST</td><td>IN_STOCK, HANDED_OUT</td><td>LOST</td><td>circumstances (reason)</td></tr>
 * <tr><td>DESTROYED</td><td>SPOILED</td><td>DESTROYED</td><td>two different witnesses</td></tr>
 * <tr><td>STOCKTAKE</td><td>any received</td><td>unchanged</td><td>physical count; reason if it differs</td></tr>
 * </table>
 */
public enum EntryKind {
    /** A range received into stock (R-STK-2). */
    RECEIVED,
    /** Sheets handed out to a custodian or printer (R-STK-3). */
    HANDED_OUT,
    /** Unused sheets returned to stock by their custodian. */
    RETURNED,
    /** One sheet printed with one certificate number. */
    PRINTED,
    /** Sheets spoiled, with a reason (R-STK-4). */
    SPOILED,
    /** Sheets lost, with the circumstances (R-STK-4). */
    LOST,
    /** Spoiled sheets destroyed before two witnesses (R-STK-4). */
    DESTROYED,
    /** A physical count of a range compared with the books (R-STK-5). */
    STOCKTAKE
}
