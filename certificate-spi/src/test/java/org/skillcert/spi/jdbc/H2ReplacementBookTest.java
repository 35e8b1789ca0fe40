package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.StockMove;
import org.skillcert.spi.contract.ReplacementBookContract;

class H2ReplacementBookTest extends ReplacementBookContract {
    @Override
    protected ReplacementBook newBook() {
        return Databases.freshH2().replacements();
    }

    // the schema change is additive: a database made without the replacement table opens, keeps its
    // data, and gains the table on first use
    @Test
    void aDatabaseWithoutTheTableOpensAndGainsIt(@TempDir Path dir) throws Exception {
        TestPool pool = Databases.h2(dir.resolve("old"), 2);
        {
            JdbcStorage before = new JdbcStorage(pool, "skillcert_", Clock.systemUTC());
            before.ledger().append(StockMove.received(SheetRange.of(1, 10), "PO-1", "keeper"));
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                // as an earlier release left it: no replacement table
                s.execute("DROP TABLE IF EXISTS skillcert_replacement");
            }
            JdbcStorage after = new JdbcStorage(pool, "skillcert_", Clock.systemUTC());
            assertEquals(10, after.ledger().counts().received());
            assertTrue(after.replacements().open().isEmpty());
            after.replacements().accept(application("A-1", LocalDate.of(2026, 3, 2)));
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM skillcert_replacement")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            assertTrue(after.ledger().verify().isOk());
        }
    }
}
