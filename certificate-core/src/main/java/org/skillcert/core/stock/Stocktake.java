package org.skillcert.core.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockException;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * A stocktake in progress (R-STK-5): the blank sheets physically found against the blank sheets
 * on the books, the differences, and the entries that explain them until books and goods match.
 * Not thread-safe: one clerk runs one stocktake.
 *
 * <p>A sheet <em>missing</em> is blank on the books but was not found; a sheet <em>unexpected</em>
 * was found blank but is not blank on the books (never received, or booked printed, spoiled,
 * lost or destroyed). Missing sheets are resolved by booking them lost; unexpected sheets that
 * were never received are resolved by receiving them. Other unexpected sheets cannot move back
 * in an append-only ledger (R-STK-6): {@link #record(String)} records the count with the
 * explanation.
 */
public final class Stocktake {
    private final StockService stock;
    private final StockLedger ledger;
    private final SheetSet found;
    private final LocalDate on;
    private final SheetSet missingAtStart;
    private final SheetSet unexpectedAtStart;
    private final List<LedgerEntry> entries = new ArrayList<>();

    Stocktake(StockService stock, StockLedger ledger, SheetSet found, LocalDate on) {
        this.stock = stock;
        this.ledger = ledger;
        this.found = found;
        this.on = on;
        this.missingAtStart = missing();
        this.unexpectedAtStart = unexpected();
    }

    /**
     * Returns the blank sheets found.
     *
     * @return the physical count as sheets
     */
    public SheetSet found() {
        return found;
    }

    /**
     * Returns the sheets blank on the books now but not found.
     *
     * @return the missing sheets
     */
    public SheetSet missing() {
        return stock.blankOnBooks().minus(found);
    }

    /**
     * Returns the sheets found blank that are not blank on the books now.
     *
     * @return the unexpected sheets
     */
    public SheetSet unexpected() {
        return found.minus(stock.blankOnBooks());
    }

    /**
     * Returns the unexpected sheets by their state on the books; the empty key: never received.
     *
     * @return the unexpected sheets per book state
     */
    public Map<Optional<SheetState>, SheetSet> unexpectedByState() {
        Map<Optional<SheetState>, SheetSet> by = new java.util.LinkedHashMap<>();
        SheetSet rest = unexpected();
        for (SheetState state : SheetState.values()) {
            SheetSet inState = rest.intersect(stock.sheets(state));
            if (!inState.isEmpty()) {
                by.put(Optional.of(state), inState);
            }
            rest = rest.minus(inState);
        }
        if (!rest.isEmpty()) {
            by.put(Optional.empty(), rest);
        }
        return by;
    }

    /**
     * Tells whether books and goods match.
     *
     * @return true when nothing is missing or unexpected
     */
    public boolean matches() {
        return missing().isEmpty() && unexpected().isEmpty();
    }

    /**
     * Explains missing sheets by booking them lost (R-STK-4).
     *
     * @param sheets missing sheets
     * @param circumstances what the search found out
     * @return the LOST entry, or empty if they were already booked lost
     */
    public Optional<LedgerEntry> resolveMissingAsLost(SheetRange sheets, String circumstances) {
        Optional<LedgerEntry> e = stock.lose(sheets, "stocktake " + on + ": " + circumstances);
        e.ifPresent(entries::add);
        return e;
    }

    /**
     * Explains unexpected sheets that were never received by receiving them.
     *
     * @param sheets unexpected sheets never received
     * @param reference the delivery they belong to
     * @return the RECEIVED entry, or empty if already received that way
     */
    public Optional<LedgerEntry> resolveUnexpectedAsReceived(SheetRange sheets, String reference) {
        Optional<LedgerEntry> e = stock.receive(sheets, reference);
        e.ifPresent(entries::add);
        return e;
    }

    /**
     * Records the count in the ledger: one STOCKTAKE entry over all received sheets, with the
     * number of blank sheets found among them.
     *
     * @param explanation why the count differs from the books; null when they match
     * @return the STOCKTAKE entry
     * @throws StockException {@code UNEXPLAINED_DIFFERENCE} when the sheets found differ from the
     *     books and there is no explanation, also when a missing and an unexpected sheet cancel out
     *     in the count
     * @throws IllegalStateException if nothing was ever received
     */
    public LedgerEntry record(@Nullable String explanation) {
        if (explanation == null && !matches()) {
            SheetSet diff = missing().plus(unexpected());
            throw new StockException(StockException.Reason.UNEXPLAINED_DIFFERENCE, "reason", null,
                    diff.ranges().get(0).first(), "missing " + missing() + ", unexpected " + unexpected()
                            + ": explain the difference (R-STK-5)");
        }
        SheetSet received = SheetSet.empty();
        for (SheetState state : SheetState.values()) {
            received = received.plus(stock.sheets(state));
        }
        if (received.isEmpty()) {
            throw new IllegalStateException("nothing received: nothing to count");
        }
        SheetRange span = SheetRange.of(received.ranges().get(0).first(),
                received.ranges().get(received.ranges().size() - 1).last());
        int counted = (int) found.intersect(SheetSet.of(span)).size();
        LedgerEntry e = ledger.append(StockMove.stocktake(span, counted, explanation, stock.actor()));
        entries.add(e);
        return e;
    }

    /**
     * Produces the half-yearly stocktake report data: the counts, the differences found, the
     * entries that explained them, the spoilage rate of the half year, and the ledger's
     * verification and last hash (R-STK-5, Guarantee 4).
     *
     * @return the report
     */
    public StocktakeReport report() {
        LocalDate halfStart = on.getMonthValue() <= 6 ? LocalDate.of(on.getYear(), 1, 1) : LocalDate.of(on.getYear(), 7, 1);
        LocalDate halfEnd = on.getMonthValue() <= 6 ? LocalDate.of(on.getYear(), 6, 30) : LocalDate.of(on.getYear(), 12, 31);
        LedgerVerification verification = ledger.verify();
        long last = ledger.lastSequence();
        String lastHash = last == 0 ? LedgerEntry.GENESIS : ledger.entries(last, 1).get(0).hash();
        Map<SheetState, Long> byState = new EnumMap<>(ledger.counts().byState());
        return new StocktakeReport(on, halfStart, halfEnd, ledger.counts().received(), byState,
                stock.blankOnBooks().size(), found.size(), missingAtStart, unexpectedAtStart, missing(), unexpected(),
                List.copyOf(entries), stock.spoilageRate(halfStart, halfEnd), verification, last, lastHash);
    }

    /**
     * Returns the current state of a sheet on the books.
     *
     * @param sheet the sheet number
     * @return the status, empty if never received
     */
    public Optional<SheetStatus> onBooks(int sheet) {
        return ledger.sheet(sheet);
    }
}
