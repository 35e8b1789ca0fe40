package org.skillcert.spi.memory;

import org.skillcert.spi.StockLedger;
import org.skillcert.spi.contract.StockLedgerContract;

class MemoryStockLedgerTest extends StockLedgerContract {
    @Override
    protected StockLedger newLedger() {
        return new MemoryStockLedger();
    }
}
