package org.skillcert.spi.jdbc;

import java.util.Locale;
import org.skillcert.spi.StorageException;

/**
 * What the JDBC adapter does with its tables on first use: the storage setting {@code schema}.
 * The tables' DDL is shipped as resources, {@code org/skillcert/spi/jdbc/schema/<dialect>/V<n>__skillcert.sql}
 * ({@code postgresql} or {@code h2}), named for Flyway and Liquibase; {@link #CREATE} runs the
 * same files.
 */
public enum SchemaMode {
    /**
     * Creates missing tables and brings an older schema to this release's version by running the
     * shipped DDL (idempotent statements); the database user needs {@code CREATE}. The default,
     * made for the embedded database.
     */
    CREATE,
    /**
     * Creates nothing: checks that every table and column of this release's schema exists and
     * that the recorded schema version is this release's. A missing table or column is a
     * {@link StorageException} {@code SCHEMA_MISSING} naming it, an older version
     * {@code SCHEMA_OUTDATED}, a newer one {@code SCHEMA_TOO_NEW}. For a database whose DBA runs
     * the DDL; the application needs only {@code SELECT, INSERT, UPDATE} (and {@code DELETE} on
     * {@code <prefix>document_awaited}).
     */
    VALIDATE,
    /** Neither creates nor checks: the tables are the caller's responsibility. */
    NONE;

    /**
     * Reads the setting's value: {@code create}, {@code validate} or {@code none}, in any case.
     *
     * @param value the value of the {@code schema} setting
     * @return the mode
     * @throws StorageException {@code BAD_CONFIG} naming the setting for anything else
     */
    public static SchemaMode parse(String value) {
        if (value != null) {
            for (SchemaMode mode : values()) {
                if (mode.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return mode;
                }
            }
        }
        throw new StorageException(StorageException.Reason.BAD_CONFIG, value, 0,
                "setting 'schema' must be create, validate or none, not '" + value + "'", null);
    }
}
