package org.skillcert.spi.jdbc;

import org.skillcert.spi.StockLedger;
import org.skillcert.spi.contract.StockLedgerContract;

/** The stock ledger contract as an application role without CREATE (see {@link RestrictedPostgres}). */
class RestrictedRoleStockLedgerTest extends StockLedgerContract {
    @Override
    protected StockLedger newLedger() {
        return RestrictedPostgres.fresh().ledger();
    }

    @Override
    protected int modelSequences() {
        return 2;
    }
}
