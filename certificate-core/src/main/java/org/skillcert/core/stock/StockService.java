package org.skillcert.core.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * Keeping blank certificate stock (R-STK): every move of a sheet goes through the append-only
 * ledger with the actor recorded (R-STK-3, R-STK-6). A move repeated after it already took effect
 * (the same sheets already in the target state, with the same custodian) records nothing and
 * returns empty, so each step can be retried safely; any other illegal move is refused by the
 * ledger with a {@link org.skillcert.spi.StockException} naming the first refused sheet.
 */
public final class StockService {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final StockLedger ledger;
    private final Clock clock;
    private final String actor;

    /**
     * Creates the service.
     *
     * @param ledger the stock ledger
     * @param clock the clock for stocktake dates
     * @param actor who records the moves (the named custodian, R-STK-3)
     */
    public StockService(StockLedger ledger, Clock clock, String actor) {
        this.ledger = ledger;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Receives a delivery into stock (入库, R-STK-2).
     *
     * @param sheets the pre-printed sheet numbers delivered
     * @param orderReference the order or delivery note
     * @return the entry, or empty if exactly this delivery was already received
     */
    public Optional<LedgerEntry> receive(SheetRange sheets, String orderReference) {
        Optional<SheetStatus> first = ledger.sheet(sheets.first());
        // the same delivery again is a retry; any other overlap is refused by the ledger (ALREADY_RECEIVED)
        if (first.isPresent() && findEntry(EntryKind.RECEIVED, sheets, orderReference).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ledger.append(StockMove.received(sheets, orderReference, actor)));
    }

    /** An earlier entry of the kind for exactly these sheets, with the same reference or custodian. */
    private Optional<LedgerEntry> findEntry(EntryKind kind, SheetRange sheets, String referenceOrCustodian) {
        for (LedgerCursor c = LedgerCursor.from(ledger, 1); c.hasNext();) {
            LedgerEntry e = c.next();
            if (e.move().kind() == kind && e.move().range().equals(sheets)
                    && referenceOrCustodian.equals(kind == EntryKind.RECEIVED ? e.move().reference() : e.move().custodian())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Hands blank sheets out to a custodian or printer (申领, R-STK-3).
     *
     * @param sheets sheets in stock
     * @param custodian who takes them
     * @return the entry, or empty if this hand-out was already recorded (the same sheets to the same
     *     custodian, none of them returned since; some may have been printed meanwhile)
     */
    public Optional<LedgerEntry> handOut(SheetRange sheets, String custodian) {
        if (allIn(sheets, SheetState.HANDED_OUT, custodian)) {
            return Optional.empty();
        }
        boolean anyBackInStock = !SheetSet.of(sheets).intersect(sheets(SheetState.IN_STOCK)).isEmpty();
        if (!anyBackInStock && findEntry(EntryKind.HANDED_OUT, sheets, custodian).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ledger.append(StockMove.handedOut(sheets, custodian, actor)));
    }

    /**
     * Returns unused sheets from a custodian to stock.
     *
     * @param sheets sheets the custodian holds
     * @param custodian who returns them
     * @return the entry
     */
    public LedgerEntry returnToStock(SheetRange sheets, String custodian) {
        return ledger.append(StockMove.returned(sheets, custodian, actor));
    }

    /**
     * Books sheets spoiled (R-STK-4).
     *
     * @param sheets blank or printed sheets
     * @param reason why
     * @return the entry, or empty if they are already spoiled (or spoiled and destroyed since)
     */
    public Optional<LedgerEntry> spoil(SheetRange sheets, String reason) {
        if (SheetSet.of(sheets).minus(sheets(SheetState.SPOILED).plus(sheets(SheetState.DESTROYED))).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ledger.append(StockMove.spoiled(sheets, reason, actor)));
    }

    /**
     * Books sheets lost, with the circumstances (R-STK-4).
     *
     * @param sheets blank sheets
     * @param circumstances where and how
     * @return the entry, or empty if they are already booked lost
     */
    public Optional<LedgerEntry> lose(SheetRange sheets, String circumstances) {
        if (allIn(sheets, SheetState.LOST, null)) {
            return Optional.empty();
        }
        return Optional.of(ledger.append(StockMove.lost(sheets, circumstances, actor)));
    }

    /**
     * Destroys spoiled sheets before two witnesses and returns the destruction record (R-STK-4).
     *
     * @param sheets spoiled sheets
     * @param witness1 the first witness
     * @param witness2 the second witness, another person
     * @return the record (the earlier one if these sheets were already destroyed together)
     * @throws org.skillcert.spi.StockException {@code BAD_WITNESSES}, {@code NOT_SPOILED}
     */
    public DestructionRecord destroy(SheetRange sheets, String witness1, String witness2) {
        if (allIn(sheets, SheetState.DESTROYED, null)) {
            LedgerEntry e = ledger.entries(ledger.sheet(sheets.first()).orElseThrow().lastSequence(), 1).get(0);
            return new DestructionRecord(e.move().range(), e.move().witnesses(), e.move().actor(), e.at(), e.sequence());
        }
        LedgerEntry e = ledger.append(StockMove.destroyed(sheets, witness1, witness2, actor));
        return new DestructionRecord(sheets, e.move().witnesses(), actor, e.at(), e.sequence());
    }

    /**
     * Returns how many sheets are in each state.
     *
     * @return the counts; received = the sum of the states (Guarantee 2)
     */
    public StockCounts counts() {
        return ledger.counts();
    }

    /**
     * Returns the sheets in one state.
     *
     * @param state the state
     * @return the sheets
     */
    public SheetSet sheets(SheetState state) {
        return SheetSet.of(ledger.sheets(state, null));
    }

    /**
     * Returns the blank sheets on the books: in stock or handed out.
     *
     * @return the sheets a stocktake should find
     */
    public SheetSet blankOnBooks() {
        return sheets(SheetState.IN_STOCK).plus(sheets(SheetState.HANDED_OUT));
    }

    /**
     * Computes the spoilage rate (废证率) of a period (R-STK-4).
     *
     * @param from the first day (Beijing time), inclusive
     * @param to the last day, inclusive
     * @return spoiled ÷ used
     */
    public SpoilageRate spoilageRate(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CHINA).toInstant();
        Set<Integer> printedBefore = new HashSet<>();
        long used = 0;
        long spoiled = 0;
        // one pass in order: a sheet spoiled after it was printed was already counted as used
        for (LedgerCursor c = LedgerCursor.from(ledger, 1); c.hasNext();) {
            LedgerEntry e = c.next();
            if (!e.at().isBefore(end)) {
                break;
            }
            boolean inPeriod = !e.at().isBefore(start);
            SheetRange r = e.move().range();
            if (e.move().kind() == EntryKind.PRINTED) {
                printedBefore.add(r.first());
                used += inPeriod ? 1 : 0;
            } else if (e.move().kind() == EntryKind.SPOILED && inPeriod) {
                spoiled += r.size();
                for (int s = r.first(); s <= r.last(); s++) {
                    used += printedBefore.contains(s) ? 0 : 1;
                }
            }
        }
        return new SpoilageRate(from, to, used, spoiled);
    }

    /**
     * Starts a stocktake (R-STK-5): compares the sheets physically found with the books.
     *
     * @param found the blank sheets found in the store room and with the custodians
     * @return the comparison, with the steps to explain each difference
     */
    public Stocktake stocktake(SheetSet found) {
        return new Stocktake(this, ledger, found, LocalDate.now(clock.withZone(CHINA)));
    }

    /**
     * Says when the last stocktake was recorded (the date of its ledger entry, Beijing time) and
     * whether the current half year has one (R-STK-5).
     *
     * @return the status for today by the service's clock
     */
    public StocktakeStatus stocktakeStatus() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return StocktakeStatus.of(today, ledger.lastOf(EntryKind.STOCKTAKE)
                .map(e -> LocalDate.ofInstant(e.at(), CHINA)).orElse(null));
    }

    private boolean allIn(SheetRange sheets, SheetState state, @Nullable String custodian) {
        SheetSet in = SheetSet.of(ledger.sheets(state, custodian));
        return SheetSet.of(sheets).minus(in).isEmpty();
    }

    String actor() {
        return actor;
    }
}
