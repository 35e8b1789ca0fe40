package org.skillcert.spi.jdbc;

import org.skillcert.spi.StockLedger;
import org.skillcert.spi.contract.StockLedgerContract;

class PostgresStockLedgerTest extends StockLedgerContract {
    @Override
    protected StockLedger newLedger() {
        return Databases.freshPostgres().ledger();
    }

    @Override
    protected int modelSequences() {
        return 8;
    }
}
