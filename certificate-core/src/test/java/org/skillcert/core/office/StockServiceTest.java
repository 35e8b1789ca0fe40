package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillcert.core.stock.SheetSet;
import org.skillcert.core.stock.SpoilageRate;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.Stocktake;
import org.skillcert.core.stock.StocktakeReport;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockException;

class StockServiceTest {
    private static SheetRange sheets(int from, int to) {
        return SheetRange.of(OfficeScenario.sheet(from), OfficeScenario.sheet(to));
    }

    // R-STK-2: a delivery is received once; a retry records nothing, an overlapping delivery is refused
    @Test
    void receiveOnce() {
        Desk desk = new Desk();
        StockService stock = desk.office.stock();
        assertTrue(stock.receive(sheets(1, 100), "ORD-1").isPresent());
        assertTrue(stock.receive(sheets(1, 100), "ORD-1").isEmpty());
        StockException e = assertThrows(StockException.class, () -> stock.receive(sheets(50, 150), "ORD-2"));
        assertEquals(StockException.Reason.ALREADY_RECEIVED, e.reason());
        assertEquals(100, stock.counts().received());
    }

    // R-STK-3: hand-outs name the custodian; only that custodian returns the sheets; every sheet has one state
    @Test
    void handOutAndReturn() {
        Desk desk = new Desk().withStock(100, 0);
        StockService stock = desk.office.stock();
        LedgerEntry out = stock.handOut(sheets(1, 20), "打印室").orElseThrow();
        assertEquals("打印室", out.move().custodian());
        assertEquals("陈保管", out.move().actor());
        assertTrue(stock.handOut(sheets(1, 20), "打印室").isEmpty());
        assertEquals(StockException.Reason.WRONG_CUSTODIAN,
                assertThrows(StockException.class, () -> stock.returnToStock(sheets(1, 5), "教务处")).reason());
        stock.returnToStock(sheets(1, 5), "打印室");
        assertEquals(15, stock.counts().of(SheetState.HANDED_OUT));
        assertEquals(85, stock.counts().of(SheetState.IN_STOCK));
        // after a return the same hand-out is a new move, not a retry
        assertTrue(stock.handOut(sheets(1, 5), "打印室").isPresent());
        assertTrue(stock.counts().conserved());
    }

    // R-STK-4: destruction needs two different witnesses and spoiled sheets; the rate counts each used sheet once
    @Test
    void spoilDestroyAndRate() {
        Desk desk = new Desk().withStock(100, 50);
        StockService stock = desk.office.stock();
        desk.office.issuing().issueAll(Roster.valid(10), OfficeScenario.PRINT_ROOM);
        desk.office.issuing().misprint(OfficeScenario.sheet(3), "偏位", OfficeScenario.PRINT_ROOM, "p.jpg");
        stock.spoil(sheets(40, 40), "水渍");
        assertTrue(stock.spoil(sheets(40, 40), "水渍").isEmpty());
        assertEquals(StockException.Reason.BAD_WITNESSES,
                assertThrows(StockException.class, () -> stock.destroy(sheets(40, 40), "李", "李")).reason());
        assertEquals(StockException.Reason.NOT_SPOILED,
                assertThrows(StockException.class, () -> stock.destroy(sheets(41, 41), "李", "王")).reason());
        assertEquals(sheets(40, 40), stock.destroy(sheets(40, 40), "李", "王").sheets());
        assertEquals(List.of("李", "王"), stock.destroy(sheets(40, 40), "李", "王").witnesses());
        stock.lose(sheets(45, 45), "搬运途中遗失");
        assertTrue(stock.lose(sheets(45, 45), "搬运途中遗失").isEmpty());
        // used: 10 printed + 1 reprint + 1 blank spoiled = 12; spoiled: the misprint and the water-damaged sheet
        SpoilageRate rate = stock.spoilageRate(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(12, rate.used());
        assertEquals(2, rate.spoiled());
        assertEquals("16.67%", rate.toString());
        assertEquals(0.0, stock.spoilageRate(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)).rate());
    }

    // R-STK-5: differences are explained until books and goods match; an unexplained difference is refused
    @Test
    void stocktakeWithUnexpectedSheets() {
        Desk desk = new Desk().withStock(100, 10);
        StockService stock = desk.office.stock();
        desk.office.issuing().issueAll(Roster.valid(2), OfficeScenario.PRINT_ROOM);
        // found: sheet 1 blank (books: printed), 3..100 except 50, and 101..105 never received
        SheetSet found = SheetSet.of(sheets(1, 1), sheets(3, 49), sheets(51, 105));
        Stocktake take = stock.stocktake(found);
        assertEquals(SheetSet.of(sheets(50, 50)), take.missing());
        assertEquals(SheetSet.of(sheets(1, 1), sheets(101, 105)), take.unexpected());
        assertEquals(SheetSet.of(sheets(1, 1)), take.unexpectedByState().get(Optional.of(SheetState.PRINTED)));
        assertEquals(SheetSet.of(sheets(101, 105)), take.unexpectedByState().get(Optional.empty()));
        assertEquals(StockException.Reason.UNEXPLAINED_DIFFERENCE,
                assertThrows(StockException.class, () -> take.record(null)).reason());
        take.resolveMissingAsLost(sheets(50, 50), "未找到");
        take.resolveUnexpectedAsReceived(sheets(101, 105), "ORD-1 补发");
        assertFalse(take.matches());
        LedgerEntry count = take.record("00000001 booked printed, found blank: printer fed two sheets");
        assertEquals(count.expected() + 1, count.move().counted());
        StocktakeReport report = take.report();
        assertEquals(LocalDate.of(2026, 1, 1), report.periodFrom());
        assertEquals(LocalDate.of(2026, 6, 30), report.periodTo());
        assertEquals(3, report.entries().size());
        assertEquals(SheetSet.of(sheets(1, 1)), report.unexpectedNow());
        assertFalse(report.balanced());
        assertTrue(report.verification().isOk());
        assertEquals(desk.storage.ledger().lastSequence(), report.lastSequence());
    }

    // R-STK-6: resolving a stocktake appends entries and never edits earlier ones
    @Test
    void resolutionsAppendOnly() {
        Desk desk = new Desk().withStock(100, 10);
        StockService stock = desk.office.stock();
        List<LedgerEntry> before = desk.storage.ledger().entries(1, 100);
        Stocktake take = stock.stocktake(SheetSet.of(sheets(1, 99)));
        take.resolveMissingAsLost(sheets(100, 100), "未找到");
        take.record(null);
        List<LedgerEntry> after = desk.storage.ledger().entries(1, 100);
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(before.size() + 2, after.size());
        assertTrue(desk.storage.ledger().verify().isOk());
    }
}
