package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillcert.core.stock.SheetSet;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.StocktakeStatus;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.memory.MemoryStockLedger;

class StocktakeStatusTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(CHINA).toInstant();
    }

    // R-STK-5 (§7): a stocktake every half year; its date is recorded; the current half year without one warns
    @Test
    void theLastStocktakeIsDatedAndAHalfYearWithoutOneWarns() {
        TestClock clock = new TestClock(at("2026-03-02"));
        MemoryStockLedger ledger = new MemoryStockLedger(clock);
        StockService stock = new StockService(ledger, clock, "陈保管");
        stock.receive(SheetRange.of(10_000_001, 10_000_100), "PO-1");
        StocktakeStatus none = stock.stocktakeStatus();
        assertEquals(Optional.empty(), none.lastTakenOn());
        assertFalse(none.doneThisHalfYear());
        assertTrue(none.warning().orElseThrow().contains("2026-01-01 to 2026-06-30"), none.warning().toString());
        assertTrue(none.warning().orElseThrow().contains("last: never"));

        clock.set(at("2026-06-30"));
        stock.stocktake(SheetSet.of(java.util.List.of(SheetRange.of(10_000_001, 10_000_100)))).record(null);
        StocktakeStatus done = stock.stocktakeStatus();
        assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), done.lastTakenOn());
        assertTrue(done.doneThisHalfYear());
        assertTrue(done.warning().isEmpty());

        // the next half year starts on 1 July: the June count no longer covers it
        clock.set(at("2026-07-01"));
        StocktakeStatus next = stock.stocktakeStatus();
        assertEquals(LocalDate.of(2026, 7, 1), next.halfYearFrom());
        assertEquals(LocalDate.of(2026, 12, 31), next.halfYearTo());
        assertFalse(next.doneThisHalfYear());
        assertTrue(next.warning().orElseThrow().contains("last: 2026-06-30"), next.warning().orElseThrow());
    }

    @Test
    void halfYearsAreJanuaryToJuneAndJulyToDecember() {
        assertEquals(LocalDate.of(2026, 1, 1), StocktakeStatus.halfYearStart(LocalDate.of(2026, 6, 30)));
        assertEquals(LocalDate.of(2026, 7, 1), StocktakeStatus.halfYearStart(LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2026, 7, 1), StocktakeStatus.halfYearStart(LocalDate.of(2026, 12, 31)));
        // a stocktake on 31 December does not count for the next January
        assertFalse(StocktakeStatus.of(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)).doneThisHalfYear());
        assertTrue(StocktakeStatus.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 7, 1)).doneThisHalfYear());
    }
}
