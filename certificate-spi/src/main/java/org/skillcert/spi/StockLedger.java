package org.skillcert.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.Nullable;

/**
 * The append-only journal of blank certificate sheets (R-STK, Guarantees 2 and 4).
 *
 * <p>Each {@link #append} either records one {@link LedgerEntry} or, if the move is malformed or
 * illegal for the current state of any of its sheets, throws a {@link StockException} and records
 * nothing. Entries are never edited or removed; corrections are new entries (R-STK-6). The rules
 * are those of {@link EntryKind}; {@link SheetBook} implements them for reuse.
 *
 * @implSpec Implementations are thread-safe and, when they share a database, safe across
 *     processes: appends are serialised, sequence numbers are 1, 2, 3 … without gaps, each entry's
 *     {@link LedgerEntry#previousHash()} is the hash of the entry before. At every moment each
 *     received sheet is in exactly one {@link SheetState} and {@link StockCounts#conserved()} holds.
 *     Appends are not idempotent: a repeated move is checked against the new state like any other
 *     (callers that retry look at {@link #sheet} first). Parameters are non-null unless marked.
 *     Entry times never decrease along the sequence.
 */
public interface StockLedger {

    /**
     * Checks a move against the current state and records it.
     *
     * @param move the move
     * @return the recorded entry
     * @throws StockException the reason and the first refused sheet; nothing was recorded
     */
    LedgerEntry append(StockMove move);

    /**
     * The current state of one sheet.
     *
     * @param sheet a sheet number, 1…99999999
     * @return its status, empty if it was never received
     * @throws StockException {@code BAD_RANGE} for a number outside 1…99999999
     */
    Optional<SheetStatus> sheet(int sheet);

    /** @return how many sheets were received and how many are in each state */
    StockCounts counts();

    /**
     * The sheets in one state, as maximal ascending ranges.
     *
     * @param state the state
     * @param custodian for {@link SheetState#HANDED_OUT}, only the sheets this custodian holds; null for all
     * @return the ranges, possibly empty
     */
    List<SheetRange> sheets(SheetState state, @Nullable String custodian);

    /**
     * The blank sheets a custodian holds (for printing).
     *
     * @param custodian the custodian
     * @return ascending ranges, possibly empty
     */
    default List<SheetRange> inHand(String custodian) {
        return sheets(SheetState.HANDED_OUT, custodian);
    }

    /**
     * The lowest-numbered blank sheet a custodian holds: the next one to print on.
     *
     * @param custodian the custodian
     * @return the sheet number, empty if the custodian holds none
     */
    default OptionalInt nextInHand(String custodian) {
        List<SheetRange> ranges = inHand(custodian);
        return ranges.isEmpty() ? OptionalInt.empty() : OptionalInt.of(ranges.get(0).first());
    }

    /**
     * Entries in sequence order, a page at a time.
     *
     * @param fromSequence the first sequence number wanted, at least 1
     * @param limit the most entries to return, at least 1
     * @return up to {@code limit} entries with sequence ≥ {@code fromSequence}, ascending
     * @throws IllegalArgumentException if {@code fromSequence < 1} or {@code limit < 1}
     */
    List<LedgerEntry> entries(long fromSequence, int limit);

    /**
     * Entries recorded in a period, in sequence order (for spoilage rates and stocktake reports).
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the entries, ascending
     */
    default List<LedgerEntry> entriesBetween(Instant from, Instant to) {
        List<LedgerEntry> found = new ArrayList<>();
        long next = 1;
        while (true) {
            List<LedgerEntry> page = entries(next, 1000);
            for (LedgerEntry e : page) {
                if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                    found.add(e);
                }
            }
            if (page.size() < 1000) {
                return found;
            }
            next = page.get(page.size() - 1).sequence() + 1;
        }
    }

    /**
     * The number of sheets moved per kind in a period (STOCKTAKE counts the sheets counted), e.g.
     * for 废证率 = SPOILED ÷ (PRINTED + SPOILED) (R-STK-4).
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return every kind, 0 when none
     */
    default Map<EntryKind, Long> sheetsMoved(Instant from, Instant to) {
        Map<EntryKind, Long> moved = new EnumMap<>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            moved.put(kind, 0L);
        }
        for (LedgerEntry e : entriesBetween(from, to)) {
            moved.merge(e.move().kind(), (long) e.move().range().size(), Long::sum);
        }
        return moved;
    }

    /** @return the sequence number of the last entry, 0 if the ledger is empty */
    long lastSequence();

    /**
     * The last entry of a kind, e.g. the last stocktake (R-STK-5: every half year). The default
     * reads the ledger backwards a page at a time; adapters with an index on the kind answer it
     * with one query.
     *
     * @param kind the kind of entry
     * @return the entry with the highest sequence number of that kind, or empty if none
     */
    default Optional<LedgerEntry> lastOf(EntryKind kind) {
        long end = lastSequence();
        final int page = 1000;
        while (end >= 1) {
            long from = Math.max(1, end - page + 1);
            List<LedgerEntry> entries = entries(from, (int) (end - from + 1));
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).move().kind() == kind) {
                    return Optional.of(entries.get(i));
                }
            }
            end = from - 1;
        }
        return Optional.empty();
    }

    /**
     * Re-reads the whole stored ledger and checks the hash chain (Guarantee 4).
     *
     * @return OK, or the first entry that was edited, deleted or unlinked
     */
    LedgerVerification verify();
}
