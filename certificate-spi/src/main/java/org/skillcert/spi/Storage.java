package org.skillcert.spi;

/**
 * The three ports of one store, opened by a {@link StorageProvider}.
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

    /** Releases provider-owned resources; the default does nothing. */
    @Override
    default void close() {
    }
}
