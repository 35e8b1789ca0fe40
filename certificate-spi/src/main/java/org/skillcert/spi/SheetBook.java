package org.skillcert.spi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The reference rules of the stock ledger (R-STK, {@link EntryKind}'s table) applied to an
 * in-memory picture of every received sheet. Adapters may reuse it: check a move, append the
 * entry, then apply it; or rebuild the picture by applying stored entries in order.
 *
 * <p>Not thread-safe: the owner serialises access.
 */
public final class SheetBook {
    private final TreeMap<Integer, SheetStatus> sheets = new TreeMap<>();
    private final Map<String, Integer> printedCertificates = new HashMap<>();
    private final EnumMap<SheetState, Long> counts = new EnumMap<>(SheetState.class);
    private long lastSequence;
    private String lastHash = LedgerEntry.GENESIS;

    /** An empty book: nothing received. */
    public SheetBook() {
        for (SheetState state : SheetState.values()) {
            counts.put(state, 0L);
        }
    }

    /** @return the sequence number of the last applied entry, 0 if none */
    public long lastSequence() {
        return lastSequence;
    }

    /** @return the hash of the last applied entry, {@link LedgerEntry#GENESIS} if none */
    public String lastHash() {
        return lastHash;
    }

    /**
     * Checks a move against the current state of its sheets; changes nothing.
     *
     * @param move the move
     * @return the system count for a STOCKTAKE (blank sheets in stock or handed out in its range), else -1
     * @throws StockException the first refused sheet with the reason
     */
    public int check(StockMove move) {
        SheetRange range = move.range();
        for (int sheet = range.first(); sheet <= range.last(); sheet++) {
            refuse(move, sheet, sheets.get(sheet));
        }
        if (move.kind() == EntryKind.PRINTED) {
            Integer other = printedCertificates.get(move.certificateNumber());
            if (other != null) {
                throw new StockException(StockException.Reason.DUPLICATE_CERTIFICATE, "certificateNumber",
                        move.certificateNumber(), range.first(),
                        "certificate number already printed on sheet " + String.format("%08d", other));
            }
        }
        if (move.kind() != EntryKind.STOCKTAKE) {
            return -1;
        }
        int expected = blankSheets(range);
        if (expected != move.counted() && move.reason() == null) {
            throw new StockException(StockException.Reason.UNEXPLAINED_DIFFERENCE, "reason", null, range.first(),
                    "counted " + move.counted() + ", books say " + expected + ": explain the difference (R-STK-5)");
        }
        return expected;
    }

    private int blankSheets(SheetRange range) {
        int n = 0;
        for (SheetStatus s : sheets.subMap(range.first(), true, range.last(), true).values()) {
            if (s.state() == SheetState.IN_STOCK || s.state() == SheetState.HANDED_OUT) {
                n++;
            }
        }
        return n;
    }

    private static void refuse(StockMove move, int sheet, @Nullable SheetStatus current) {
        EntryKind kind = move.kind();
        if (kind == EntryKind.RECEIVED) {
            if (current != null) {
                throw illegal(StockException.Reason.ALREADY_RECEIVED, move, sheet, "already received");
            }
            return;
        }
        if (current == null) {
            throw illegal(StockException.Reason.NOT_RECEIVED, move, sheet, "never received");
        }
        SheetState state = current.state();
        switch (kind) {
            case HANDED_OUT:
                if (state != SheetState.IN_STOCK) {
                    throw illegal(StockException.Reason.NOT_IN_STOCK, move, sheet, "is " + state + ", not in stock");
                }
                break;
            case RETURNED:
                if (state != SheetState.HANDED_OUT) {
                    throw illegal(StockException.Reason.NOT_IN_HAND, move, sheet, "is " + state + ", not handed out");
                }
                if (!Objects.equals(current.custodian(), move.custodian())) {
                    throw illegal(StockException.Reason.WRONG_CUSTODIAN, move, sheet,
                            "is held by another custodian");
                }
                break;
            case PRINTED:
                if (state != SheetState.HANDED_OUT) {
                    throw illegal(StockException.Reason.NOT_IN_HAND, move, sheet, "is " + state + ", not in hand");
                }
                break;
            case SPOILED:
                if (state == SheetState.SPOILED || state == SheetState.LOST || state == SheetState.DESTROYED) {
                    throw illegal(StockException.Reason.ALREADY_GONE, move, sheet, "is already " + state);
                }
                break;
            case LOST:
                if (state != SheetState.IN_STOCK && state != SheetState.HANDED_OUT) {
                    throw illegal(StockException.Reason.ALREADY_GONE, move, sheet, "is " + state);
                }
                break;
            case DESTROYED:
                if (state != SheetState.SPOILED) {
                    throw illegal(StockException.Reason.NOT_SPOILED, move, sheet, "is " + state + ", not spoiled");
                }
                break;
            default:
                // STOCKTAKE moves nothing; any received sheet may be counted
                break;
        }
    }

    private static StockException illegal(StockException.Reason reason, StockMove move, int sheet, String why) {
        return new StockException(reason, "range", move.range().toString(), sheet,
                move.kind() + " refused: sheet " + String.format("%08d", sheet) + " " + why);
    }

    /**
     * Applies an entry that was checked and recorded (or is replayed from storage, in order).
     *
     * @param entry the entry; its sequence must be {@link #lastSequence()} + 1
     * @throws IllegalStateException if the entry is out of order
     */
    public void apply(LedgerEntry entry) {
        if (entry.sequence() != lastSequence + 1) {
            throw new IllegalStateException("entry " + entry.sequence() + " applied after " + lastSequence);
        }
        StockMove move = entry.move();
        SheetState to = target(move.kind());
        if (to != null) {
            SheetRange range = move.range();
            for (int sheet = range.first(); sheet <= range.last(); sheet++) {
                SheetStatus before = sheets.get(sheet);
                String certificate = null;
                if (to == SheetState.PRINTED) {
                    certificate = move.certificateNumber();
                    printedCertificates.put(certificate, sheet);
                } else if (before != null && before.certificateNumber() != null) {
                    // a printed sheet that is spoiled keeps its number on record, but frees it for a reprint
                    certificate = before.certificateNumber();
                    printedCertificates.remove(certificate, sheet);
                }
                String custodian = to == SheetState.HANDED_OUT ? move.custodian() : null;
                if (before != null) {
                    counts.merge(before.state(), -1L, Long::sum);
                }
                counts.merge(to, 1L, Long::sum);
                sheets.put(sheet, new SheetStatus(sheet, to, custodian, certificate, entry.sequence()));
            }
        }
        lastSequence = entry.sequence();
        lastHash = entry.hash();
    }

    @Nullable
    private static SheetState target(EntryKind kind) {
        switch (kind) {
            case RECEIVED:
            case RETURNED:
                return SheetState.IN_STOCK;
            case HANDED_OUT:
                return SheetState.HANDED_OUT;
            case PRINTED:
                return SheetState.PRINTED;
            case SPOILED:
                return SheetState.SPOILED;
            case LOST:
                return SheetState.LOST;
            case DESTROYED:
                return SheetState.DESTROYED;
            default:
                return null;
        }
    }

    /**
     * The state of one sheet.
     *
     * @param sheet the sheet number
     * @return its status, empty if never received
     */
    public Optional<SheetStatus> status(int sheet) {
        return Optional.ofNullable(sheets.get(sheet));
    }

    /** @return the counts by state */
    public StockCounts counts() {
        return new StockCounts(sheets.size(), counts);
    }

    /**
     * The sheets in a state, as maximal ascending ranges.
     *
     * @param state the state
     * @param custodian for {@link SheetState#HANDED_OUT}: only this custodian's sheets; null for all
     * @return the ranges, ascending, possibly empty
     */
    public List<SheetRange> sheets(SheetState state, @Nullable String custodian) {
        List<SheetRange> ranges = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (SheetStatus s : sheets.values()) {
            if (s.state() != state || (custodian != null && !custodian.equals(s.custodian()))) {
                continue;
            }
            if (first > 0 && s.sheet() == last + 1) {
                last = s.sheet();
            } else {
                if (first > 0) {
                    ranges.add(SheetRange.of(first, last));
                }
                first = s.sheet();
                last = s.sheet();
            }
        }
        if (first > 0) {
            ranges.add(SheetRange.of(first, last));
        }
        return ranges;
    }
}
