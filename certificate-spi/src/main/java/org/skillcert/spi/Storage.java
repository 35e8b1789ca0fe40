package org.skillcert.spi;

/**
 * The ports of one store, opened by a {@link StorageProvider}.
 *
 * @implSpec The ports returned are the same instances on every call and are thread-safe.
 *     {@link #close()} releases what the provider itself opened (never the caller's DataSource).
 */
public interface Storage extends AutoCloseable {
    /** @return the serial sequencer */
    Sequencer sequencer();

    /** @return the stock ledger */
    StockLedger ledger();

    /** @return the certificate registry */
    CertificateRegistry registry();

    /**
     * Returns the replacement-proof applications (R-ISS-2). The default throws, so that a storage
     * written before this port existed still compiles and runs everything else; the reference
     * adapters implement it.
     *
     * @return the replacement book
     * @throws UnsupportedOperationException if this storage keeps no replacement applications
     */
    default ReplacementBook replacements() {
        throw new UnsupportedOperationException(getClass().getName()
                + " keeps no replacement applications: implement Storage.replacements() (ReplacementBook)");
    }

    /** Releases provider-owned resources; the default does nothing. */
    @Override
    default void close() {
    }
}
