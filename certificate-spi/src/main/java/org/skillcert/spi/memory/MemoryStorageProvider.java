package org.skillcert.spi.memory;

import java.time.Clock;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.StorageProvider;

/**
 * The {@code memory} provider: fresh, empty in-memory ports on every {@link #open}. It supports a
 * configuration without a DataSource.
 */
public final class MemoryStorageProvider implements StorageProvider {
    /** The provider name, {@value}. */
    public static final String NAME = "memory";

    /** For {@link java.util.ServiceLoader}. */
    public MemoryStorageProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(StorageConfig config) {
        return config.dataSource() == null;
    }

    @Override
    public Storage open(StorageConfig config) {
        return storage(Clock.systemUTC());
    }

    /**
     * Creates fresh, empty in-memory ports that time-stamp their records with the given clock
     * (tests and tools that fix the date use this instead of {@link #open}).
     *
     * @param clock the clock for ledger entries, void records and status changes
     * @return the three ports; thread-safe
     */
    public static Storage storage(Clock clock) {
        Sequencer sequencer = new MemorySequencer(clock);
        StockLedger ledger = new MemoryStockLedger(clock);
        CertificateRegistry registry = new MemoryCertificateRegistry(clock);
        ReplacementBook replacements = new MemoryReplacementBook();
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

            @Override
            public ReplacementBook replacements() {
                return replacements;
            }
        };
    }
}
