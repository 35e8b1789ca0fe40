package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * Storage could not be found, configured or reached.
 */
public final class StorageException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason implements FailureReason {
        /** No {@link StorageProvider} matches the configuration. */
        NO_PROVIDER,
        /** Several providers match; name one with {@link StorageConfig#provider()}. */
        SEVERAL_PROVIDERS,
        /** A configuration property is missing or malformed; the input names it. */
        BAD_CONFIG,
        /** The table prefix is not 1–20 characters of {@code [a-z][a-z0-9_]*}; position names the first bad character. */
        BAD_TABLE_PREFIX,
        /** The database schema was written by a newer release than this one. */
        SCHEMA_TOO_NEW,
        /**
         * A table or column of the schema is missing (JDBC setting {@code schema=validate}); the
         * input names it, e.g. {@code skillcert_counter} or {@code skillcert_ledger.kind}.
         */
        SCHEMA_MISSING,
        /**
         * The schema is older than this release's (JDBC setting {@code schema=validate}); the input
         * names the version table, the message the DDL file to run.
         */
        SCHEMA_OUTDATED,
        /** The database failed (the cause is the {@link java.sql.SQLException}). */
        DATABASE,
        /** Serialization failures (SQLState 40001) persisted through every retry. */
        RETRIES_EXHAUSTED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param input the offending input ({@code "null"} for null)
     * @param position 1-based position of the first bad character in {@code input}, 0 if none applies
     * @param message what went wrong, for people
     * @param cause the underlying failure, may be null
     */
    public StorageException(Reason reason, @Nullable String input, int position, String message,
            @Nullable Throwable cause) {
        super(reason, input, position, message, cause);
        this.reason = reason;
    }

    /** @return why */
    @Override
    public Reason reason() {
        return reason;
    }
}
