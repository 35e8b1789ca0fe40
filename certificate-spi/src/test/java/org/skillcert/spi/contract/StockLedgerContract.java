package org.skillcert.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockException;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;
import org.skillcert.testing.Property;

/**
 * The contract every {@link StockLedger} passes (R-STK, Guarantees 2 and 4). Extend it and return
 * a fresh, empty ledger from {@link #newLedger()}.
 */
public abstract class StockLedgerContract {
    /** A well-formed certificate number. */
    protected static final String CERT = "S000044012001263000001";
    /** The ledger under test, fresh for each test. */
    protected StockLedger ledger;

    /** @return a new, empty ledger */
    protected abstract StockLedger newLedger();

    /** @return how many random operation sequences the model-based test runs */
    protected int modelSequences() {
        return 400;
    }

    /** @return how many operations each random sequence has */
    protected int modelSteps() {
        return 40;
    }

    @BeforeEach
    void open() {
        ledger = newLedger();
    }

    @Test
    void theLastEntryOfAKindIsFoundAcrossPages() { // R-STK-5: when was the last stocktake
        assertTrue(ledger.lastOf(EntryKind.STOCKTAKE).isEmpty());
        ledger.append(StockMove.received(SheetRange.of(10_000_001, 10_003_000), "PO-2026-01", "keeper"));
        ledger.append(StockMove.stocktake(SheetRange.of(10_000_001, 10_003_000), 3000, null, "keeper"));
        // more than a page of other entries after the stocktake
        for (int i = 0; i < 1_100; i++) {
            ledger.append(StockMove.handedOut(SheetRange.of(10_000_001 + i), "printer", "keeper"));
        }
        LedgerEntry take = ledger.lastOf(EntryKind.STOCKTAKE).orElseThrow();
        assertEquals(2, take.sequence());
        assertEquals(EntryKind.STOCKTAKE, take.move().kind());
        assertEquals(1_102, ledger.lastOf(EntryKind.HANDED_OUT).orElseThrow().sequence());
        assertEquals(1, ledger.lastOf(EntryKind.RECEIVED).orElseThrow().sequence());
        assertTrue(ledger.lastOf(EntryKind.DESTROYED).isEmpty());
    }

    @Test
    void aSheetsWholeLifeIsTracedAndConserved() { // R-STK-2, R-STK-3, R-STK-4
        ledger.append(StockMove.received(SheetRange.of(10_000_001, 10_000_100), "PO-2026-01", "keeper"));
        ledger.append(StockMove.handedOut(SheetRange.of(10_000_001, 10_000_010), "printer Wang", "keeper"));
        ledger.append(StockMove.printed(10_000_001, CERT, "printer Wang"));
        ledger.append(StockMove.spoiled(SheetRange.of(10_000_002), "paper jam", "printer Wang"));
        ledger.append(StockMove.destroyed(SheetRange.of(10_000_002), "Chen", "Zhao", "keeper"));
        ledger.append(StockMove.lost(SheetRange.of(10_000_003), "dropped on the way", "printer Wang"));
        ledger.append(StockMove.returned(SheetRange.of(10_000_009, 10_000_010), "printer Wang", "keeper"));
        StockCounts counts = ledger.counts();
        assertEquals(100, counts.received());
        assertEquals(92, counts.of(SheetState.IN_STOCK));
        assertEquals(5, counts.of(SheetState.HANDED_OUT));
        assertEquals(1, counts.of(SheetState.PRINTED));
        assertEquals(0, counts.of(SheetState.SPOILED));
        assertEquals(1, counts.of(SheetState.DESTROYED));
        assertEquals(1, counts.of(SheetState.LOST));
        assertTrue(counts.conserved());
        SheetStatus printed = ledger.sheet(10_000_001).orElseThrow();
        assertEquals(SheetState.PRINTED, printed.state());
        assertEquals(CERT, printed.certificateNumber());
        assertEquals(3, printed.lastSequence());
        assertEquals("printer Wang", ledger.sheet(10_000_004).orElseThrow().custodian());
        assertTrue(ledger.sheet(10_000_101).isEmpty());
        assertEquals(List.of(SheetRange.of(10_000_004, 10_000_008)), ledger.inHand("printer Wang"));
        assertEquals(OptionalInt.of(10_000_004), ledger.nextInHand("printer Wang"));
        assertEquals(OptionalInt.empty(), ledger.nextInHand("nobody"));
        assertEquals(List.of(SheetRange.of(10_000_009, 10_000_100)), ledger.sheets(SheetState.IN_STOCK, null));
        assertEquals(7, ledger.lastSequence());
        assertTrue(ledger.verify().isOk());
    }

    @Test
    void entriesAreChainedBySha256() { // R-STK-6, Guarantee 4
        LedgerEntry first = ledger.append(StockMove.received(SheetRange.of(1, 5), "PO-1", "keeper"));
        LedgerEntry second = ledger.append(StockMove.handedOut(SheetRange.of(1, 2), "Wang", "keeper"));
        assertEquals(1, first.sequence());
        assertEquals(LedgerEntry.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(second.expectedHash(), second.hash());
        assertEquals(64, second.hash().length());
        assertEquals(List.of(first, second), ledger.entries(1, 10));
        assertEquals(List.of(second), ledger.entries(2, 10));
        assertEquals(List.of(first), ledger.entries(1, 1));
        assertTrue(ledger.verify().isOk());
        assertEquals(2, ledger.verify().entriesChecked());
    }

    @Test
    void illegalMovesAreRefusedWithTheFirstBadSheetAndChangeNothing() { // R-STK-3, R-STK-4, Guarantee 2
        ledger.append(StockMove.received(SheetRange.of(100, 199), "PO-1", "keeper"));
        ledger.append(StockMove.handedOut(SheetRange.of(100, 109), "Wang", "keeper"));
        ledger.append(StockMove.spoiled(SheetRange.of(150), "water", "keeper"));
        StockCounts before = ledger.counts();
        long last = ledger.lastSequence();
        // overlapping receipt: 199 is the first sheet already received
        refused(StockException.Reason.ALREADY_RECEIVED, 199,
                () -> ledger.append(StockMove.received(SheetRange.of(199, 250), "PO-2", "keeper")));
        refused(StockException.Reason.NOT_RECEIVED, 200,
                () -> ledger.append(StockMove.handedOut(SheetRange.of(190, 205), "Wang", "keeper")));
        refused(StockException.Reason.NOT_IN_HAND, 120, () -> ledger.append(StockMove.printed(120, CERT, "Wang")));
        refused(StockException.Reason.NOT_IN_STOCK, 105,
                () -> ledger.append(StockMove.handedOut(SheetRange.of(105, 111), "Li", "keeper")));
        refused(StockException.Reason.WRONG_CUSTODIAN, 100,
                () -> ledger.append(StockMove.returned(SheetRange.of(100, 101), "Li", "keeper")));
        refused(StockException.Reason.NOT_SPOILED, 149,
                () -> ledger.append(StockMove.destroyed(SheetRange.of(149, 150), "Chen", "Zhao", "keeper")));
        refused(StockException.Reason.ALREADY_GONE, 150,
                () -> ledger.append(StockMove.lost(SheetRange.of(150), "gone", "keeper")));
        refused(StockException.Reason.UNEXPLAINED_DIFFERENCE, 100,
                () -> ledger.append(StockMove.stocktake(SheetRange.of(100, 199), 98, null, "auditor")));
        ledger.append(StockMove.printed(100, CERT, "Wang"));
        refused(StockException.Reason.DUPLICATE_CERTIFICATE, 101,
                () -> ledger.append(StockMove.printed(101, CERT, "Wang")));
        refused(StockException.Reason.ALREADY_GONE, 100,
                () -> ledger.append(StockMove.lost(SheetRange.of(100), "gone", "keeper")));
        assertEquals(last + 1, ledger.lastSequence());
        assertEquals(before.of(SheetState.HANDED_OUT) - 1, ledger.counts().of(SheetState.HANDED_OUT));
        assertTrue(ledger.counts().conserved());
        assertTrue(ledger.verify().isOk());
    }

    @Test
    void badInputIsRefusedBeforeTheLedgerSeesIt() { // Guarantee 5
        ledger.append(StockMove.received(SheetRange.of(1, 10), "PO-1", "keeper"));
        StockException reversed = assertThrows(StockException.class, () -> SheetRange.of(10, 5));
        assertEquals(StockException.Reason.BAD_RANGE, reversed.reason());
        assertEquals(StockException.Reason.BAD_RANGE, assertThrows(StockException.class,
                () -> SheetRange.of(0)).reason());
        assertEquals(StockException.Reason.BAD_RANGE, assertThrows(StockException.class,
                () -> SheetRange.of(1, 100_000_000)).reason());
        assertEquals(StockException.Reason.BAD_RANGE, assertThrows(StockException.class,
                () -> ledger.sheet(0)).reason());
        for (String actor : new String[] {null, "", "   ", "a\u0000b", "x".repeat(201)}) {
            StockException e = assertThrows(StockException.class,
                    () -> ledger.append(StockMove.handedOut(SheetRange.of(1), "Wang", actor)));
            assertEquals(StockException.Reason.BAD_ACTOR, e.reason());
            assertEquals("actor", e.field());
        }
        StockException noRef = assertThrows(StockException.class,
                () -> ledger.append(StockMove.received(SheetRange.of(20, 30), " ", "keeper")));
        assertEquals(StockException.Reason.BAD_FIELD, noRef.reason());
        assertEquals("reference", noRef.field());
        assertEquals(StockException.Reason.BAD_FIELD, assertThrows(StockException.class,
                () -> ledger.append(StockMove.printed(1, "s000044012001263000001", "Wang"))).reason());
        assertEquals(StockException.Reason.BAD_WITNESSES, assertThrows(StockException.class,
                () -> ledger.append(StockMove.destroyed(SheetRange.of(1), "Chen", "Chen ", "keeper"))).reason());
        assertEquals(StockException.Reason.BAD_WITNESSES, assertThrows(StockException.class,
                () -> ledger.append(StockMove.destroyed(SheetRange.of(1), "Chen", null, "keeper"))).reason());
        assertEquals(StockException.Reason.BAD_FIELD, assertThrows(StockException.class,
                () -> ledger.append(StockMove.stocktake(SheetRange.of(1, 10), 11, null, "keeper"))).reason());
        assertEquals(1, ledger.lastSequence());
        assertEquals(10, ledger.counts().of(SheetState.IN_STOCK));
    }

    @Test
    void aStocktakeRecordsTheCountAgainstTheBooks() { // R-STK-5
        ledger.append(StockMove.received(SheetRange.of(1, 100), "PO-1", "keeper"));
        ledger.append(StockMove.handedOut(SheetRange.of(1, 10), "Wang", "keeper"));
        ledger.append(StockMove.spoiled(SheetRange.of(50, 51), "mould", "keeper"));
        LedgerEntry match = ledger.append(StockMove.stocktake(SheetRange.of(1, 100), 98, null, "auditor"));
        assertEquals(98, match.expected());
        assertEquals(EntryKind.STOCKTAKE, match.move().kind());
        LedgerEntry differs = ledger.append(
                StockMove.stocktake(SheetRange.of(1, 100), 97, "one sheet stuck in the printer", "auditor"));
        assertEquals(98, differs.expected());
        assertEquals(97, differs.move().counted());
        assertEquals(98, ledger.counts().of(SheetState.IN_STOCK) + ledger.counts().of(SheetState.HANDED_OUT));
    }

    @Test
    void periodsSelectEntriesAndCountMovedSheets() { // R-STK-4 (废证率 needs sheets moved per period)
        Instant before = Instant.now().minusSeconds(1);
        ledger.append(StockMove.received(SheetRange.of(1, 100), "PO-1", "keeper"));
        ledger.append(StockMove.handedOut(SheetRange.of(1, 10), "Wang", "keeper"));
        ledger.append(StockMove.printed(1, CERT, "Wang"));
        ledger.append(StockMove.spoiled(SheetRange.of(2, 3), "smudge", "Wang"));
        Instant after = Instant.now().plusSeconds(1);
        assertEquals(4, ledger.entriesBetween(before, after).size());
        assertEquals(0, ledger.entriesBetween(after, after.plusSeconds(60)).size());
        Map<EntryKind, Long> moved = ledger.sheetsMoved(before, after);
        assertEquals(100L, moved.get(EntryKind.RECEIVED));
        assertEquals(1L, moved.get(EntryKind.PRINTED));
        assertEquals(2L, moved.get(EntryKind.SPOILED));
        assertEquals(0L, moved.get(EntryKind.LOST));
    }

    @Test
    void randomOperationSequencesMatchASimpleModel() { // R-STK-3..6, Guarantee 2
        Property.forAll("ledger follows the model", modelSequences(), random -> random.nextLong(), seed -> {
            StockLedger fresh = newLedger();
            new LedgerModelRun(fresh, new java.util.Random(seed), modelSteps()).run();
        });
    }

    /**
     * Asserts a refused move by reason and first bad sheet.
     *
     * @param reason the expected reason
     * @param sheet the expected first bad sheet
     * @param call the call
     */
    protected static void refused(StockException.Reason reason, int sheet, Executable call) {
        StockException e = assertThrows(StockException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(sheet, e.position(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
