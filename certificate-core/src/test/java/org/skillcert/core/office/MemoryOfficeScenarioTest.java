package org.skillcert.core.office;

import java.time.Clock;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.Storage;
import org.skillcert.spi.memory.MemoryCertificateRegistry;
import org.skillcert.spi.memory.MemorySequencer;
import org.skillcert.spi.memory.MemoryStockLedger;

class MemoryOfficeScenarioTest extends OfficeScenario {
    @Override
    Storage open(Clock clock) {
        return memory(clock);
    }

    static Storage memory(Clock clock) {
        Sequencer sequencer = new MemorySequencer(clock);
        StockLedger ledger = new MemoryStockLedger(clock);
        CertificateRegistry registry = new MemoryCertificateRegistry(clock);
        return new Storage() {
            @Override
            public Sequencer sequencer() {
                return sequencer;
            }

            @Override
            public StockLedger ledger() {
                return ledger;
            }

            @Override
            public CertificateRegistry registry() {
                return registry;
            }
        };
    }
}
