package org.skillcert.spi.jdbc;

import org.skillcert.spi.StockLedger;
import org.skillcert.spi.contract.StockLedgerContract;

class H2StockLedgerTest extends StockLedgerContract {
    @Override
    protected StockLedger newLedger() {
        return Databases.freshH2().ledger();
    }

    @Override
    protected int modelSequences() {
        return 8;
    }
}
