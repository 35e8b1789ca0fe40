package org.skillcert.spi.jdbc;

import java.time.Clock;
import javax.sql.DataSource;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.Storage;

/**
 * The ports over one database (H2 or PostgreSQL-compatible), in tables named with a prefix.
 * The schema (version {@value Database#SCHEMA_VERSION}) is the shipped DDL,
 * {@code org/skillcert/spi/jdbc/schema/<postgresql|h2>/V<n>__skillcert.sql}; by default
 * ({@link SchemaMode#CREATE}) it is created or upgraded on first use, with
 * {@link SchemaMode#VALIDATE} only checked (for a database whose DBA runs the DDL). A schema
 * written by a newer release is refused. Every port call is one transaction on a connection of
 * its own from the DataSource, committed before the call returns. The caller owns the DataSource
 * and its pool.
 *
 * <p>Embedded H2 file database, crash-safe for committed data (see docs/readme/storage.md):
 * {@code jdbc:h2:file:/path/skillcert;WRITE_DELAY=0;LOCK_TIMEOUT=10000}.
 */
public final class JdbcStorage implements Storage {
    /** The default table prefix, {@value}. */
    public static final String DEFAULT_PREFIX = "skillcert_";

    private final Sequencer sequencer;
    private final StockLedger ledger;
    private final CertificateRegistry registry;
    private final ReplacementBook replacements;

    /**
     * Storage in tables named {@code skillcert_*}.
     *
     * @param dataSource the database
     */
    public JdbcStorage(DataSource dataSource) {
        this(dataSource, DEFAULT_PREFIX, Clock.systemUTC());
    }

    /**
     * Storage in tables named with a prefix, stamping records with a clock.
     *
     * @param dataSource the database
     * @param tablePrefix 1–20 characters of {@code [a-z][a-z0-9_]*}
     * @param clock the clock for entry times
     * @throws org.skillcert.spi.StorageException {@code BAD_TABLE_PREFIX}
     */
    public JdbcStorage(DataSource dataSource, String tablePrefix, Clock clock) {
        this(dataSource, tablePrefix, clock, SchemaMode.CREATE);
    }

    /**
     * Storage in tables named with a prefix, stamping records with a clock, with a schema mode.
     *
     * @param dataSource the database
     * @param tablePrefix 1–20 characters of {@code [a-z][a-z0-9_]*}
     * @param clock the clock for entry times
     * @param schema what to do with the tables on first use
     * @throws org.skillcert.spi.StorageException {@code BAD_TABLE_PREFIX}; on first use
     *     {@code SCHEMA_MISSING}, {@code SCHEMA_OUTDATED} ({@link SchemaMode#VALIDATE}) or
     *     {@code SCHEMA_TOO_NEW}
     */
    public JdbcStorage(DataSource dataSource, String tablePrefix, Clock clock, SchemaMode schema) {
        Database db = new Database(dataSource, tablePrefix, schema);
        this.sequencer = new JdbcSequencer(db, clock);
        this.ledger = new JdbcStockLedger(db, clock);
        this.registry = new JdbcCertificateRegistry(db, clock);
        this.replacements = new JdbcReplacementBook(db);
    }

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
}
