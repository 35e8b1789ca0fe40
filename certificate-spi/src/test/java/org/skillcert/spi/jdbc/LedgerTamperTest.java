package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * Guarantee 4 (R-STK-6): editing or deleting ledger rows directly in SQL is found by
 * {@code verify()}, which names the first bad entry. On H2 and PostgreSQL.
 */
class LedgerTamperTest {

    private interface Pools {
        TestPool open();
    }

    private static final Pools H2 = () -> Databases.h2(Databases.h2File("tamper"), 2);
    private static final Pools POSTGRES = () -> Databases.postgres(2);

    @Test
    void anEditedRowIsNamedOnH2() throws Exception {
        edited(H2);
    }

    @Test
    void anEditedRowIsNamedOnPostgres() throws Exception {
        edited(POSTGRES);
    }

    @Test
    void aDeletedRowIsNamedOnH2() throws Exception {
        deleted(H2);
    }

    @Test
    void aDeletedRowIsNamedOnPostgres() throws Exception {
        deleted(POSTGRES);
    }

    private static void edited(Pools pools) throws Exception {
        TestPool pool = pools.open();
        String prefix = Databases.freshPrefix();
        StockLedger ledger = tenEntries(pool, prefix);
        sql(pool, "UPDATE " + prefix + "ledger SET custodian = 'Mallory' WHERE seq = 4");
        assertEquals(LedgerVerification.bad(4, 4, LedgerVerification.Problem.HASH_MISMATCH), ledger.verify());

        // an edit that leaves no well-formed move behind is named just the same
        String other = Databases.freshPrefix();
        StockLedger second = tenEntries(pool, other);
        sql(pool, "UPDATE " + other + "ledger SET kind = 'SOLD' WHERE seq = 7");
        assertEquals(7, second.verify().firstBadSequence());
        assertEquals(LedgerVerification.Problem.HASH_MISMATCH, second.verify().problem());

        // so is a forger who recomputes the edited row's own hash: the next row's link breaks
        String third = Databases.freshPrefix();
        StockLedger relinked = tenEntries(pool, third);
        org.skillcert.spi.LedgerEntry five = relinked.entries(5, 1).get(0);
        String forged = org.skillcert.spi.LedgerEntry.chain(5, five.at(),
                StockMove.handedOut(five.move().range(), "Mallory", "keeper"), -1, five.previousHash()).hash();
        sql(pool, "UPDATE " + third + "ledger SET custodian = 'Mallory', entry_hash = '" + forged + "' WHERE seq = 5");
        assertEquals(LedgerVerification.bad(6, 6, LedgerVerification.Problem.BROKEN_LINK), relinked.verify());
        pool.closeIdle();
    }

    private static void deleted(Pools pools) throws Exception {
        TestPool pool = pools.open();
        String prefix = Databases.freshPrefix();
        StockLedger ledger = tenEntries(pool, prefix);
        sql(pool, "DELETE FROM " + prefix + "ledger WHERE seq = 6");
        LedgerVerification v = ledger.verify();
        assertEquals(6, v.firstBadSequence());
        assertEquals(LedgerVerification.Problem.MISSING, v.problem());

        String other = Databases.freshPrefix();
        StockLedger truncated = tenEntries(pool, other);
        sql(pool, "DELETE FROM " + other + "ledger WHERE seq = 10");
        assertEquals(LedgerVerification.bad(9, 10, LedgerVerification.Problem.TRUNCATED), truncated.verify());
        pool.closeIdle();
    }

    private static StockLedger tenEntries(TestPool pool, String prefix) {
        StockLedger ledger = new JdbcStorage(pool, prefix, Clock.systemUTC()).ledger();
        ledger.append(StockMove.received(SheetRange.of(1, 100), "PO-1", "keeper"));
        for (int i = 1; i <= 9; i++) {
            ledger.append(StockMove.handedOut(SheetRange.of(i), "Wang", "keeper"));
        }
        assertTrue(ledger.verify().isOk());
        assertEquals(10, ledger.verify().entriesChecked());
        return ledger;
    }

    private static void sql(TestPool pool, String statement) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(statement));
        }
    }
}
