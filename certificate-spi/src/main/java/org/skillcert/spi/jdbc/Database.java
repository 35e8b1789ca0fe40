package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StorageException;

/**
 * One database behind the JDBC ports: the DataSource, the validated table prefix, the dialect,
 * the schema (created, checked or left alone on first use, see {@link SchemaMode}) and the
 * transaction loop that retries serialization failures.
 *
 * <p>Logs to {@code System.getLogger("org.skillcert.spi.jdbc")}: each retry ({@code DEBUG}, with
 * SQLState and attempt), retries given up ({@code WARNING}; {@link JdbcSequencer} also warns of a
 * serial counter behind its request rows), the schema created or upgraded and
 * the schema checked ({@code DEBUG}). Never a value of a row: table names, SQLStates and counts only.
 */
final class Database {
    /** The schema version this release writes. */
    static final int SCHEMA_VERSION = 2;
    static final System.Logger LOG = System.getLogger("org.skillcert.spi.jdbc");
    private static final int ATTEMPTS = 30;

    private final DataSource dataSource;
    private final String prefix;
    private final SchemaMode mode;
    private volatile boolean ready;
    private volatile boolean h2;

    Database(DataSource dataSource, String prefix, SchemaMode mode) {
        this.dataSource = dataSource;
        this.prefix = checkPrefix(prefix);
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
    }

    /**
     * Checks a table prefix: 1–20 characters, a lowercase ASCII letter then lowercase letters,
     * digits or underscores. It is pasted into SQL, so nothing else may pass.
     */
    static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.length() > 20) {
            throw new StorageException(StorageException.Reason.BAD_TABLE_PREFIX, prefix,
                    prefix == null || prefix.isEmpty() ? 1 : 21, "table prefix must be 1–20 characters", null);
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '_');
            if (!ok) {
                throw new StorageException(StorageException.Reason.BAD_TABLE_PREFIX, prefix, i + 1,
                        "table prefix must match [a-z][a-z0-9_]*; bad character at " + (i + 1), null);
            }
        }
        return prefix;
    }

    /** @return the table name with the prefix */
    String table(String name) {
        return prefix + name;
    }

    /** @return whether the database is H2 (else PostgreSQL-compatible SQL is used) */
    boolean isH2() {
        ensureSchema();
        return h2;
    }

    /** Work done inside one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs work in a transaction, retrying it from the start on serialization failure (40001),
     * deadlock (40P01), lock timeout (H2's HYT00) and, when asked, a unique violation (23505) that a
     * concurrent duplicate request caused (or 42P07/42710, a table or index another process created
     * at the same moment). A {@link SkillcertException} from the work rolls back
     * and is rethrown.
     */
    <T> T transaction(boolean retryOnDuplicate, Work<T> work) {
        ensureSchema();
        return transactionWithoutSchema(retryOnDuplicate, work);
    }

    private <T> T transactionWithoutSchema(boolean retryOnDuplicate, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c);
                    throw e;
                } finally {
                    restore(c, autoCommit);
                }
            } catch (SQLException e) {
                String state = retryableState(e, retryOnDuplicate);
                if (state == null) {
                    throw new StorageException(StorageException.Reason.DATABASE, e.getSQLState(), 0,
                            "database failure (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
                }
                // the SQLState and the attempt only: a driver's message may quote a row's values
                LOG.log(System.Logger.Level.DEBUG, "transaction on tables {0}* failed with SQLState {1}, attempt {2} of {3}; retrying",
                        prefix, state, attempt, ATTEMPTS);
                last = e;
                backOff(attempt);
            }
        }
        LOG.log(System.Logger.Level.WARNING, "transaction on tables {0}* gave up after {1} attempts (last SQLState {2})",
                prefix, ATTEMPTS, last.getSQLState());
        throw new StorageException(StorageException.Reason.RETRIES_EXHAUSTED, last.getSQLState(), 0,
                "gave up after " + ATTEMPTS + " attempts (SQLState " + last.getSQLState() + ")", last);
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool will discard it and the original failure is reported
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // as above: a broken connection must not hide the original outcome
        }
    }

    /** @return the SQLState that makes the failure worth another attempt, or null */
    private static String retryableState(SQLException e, boolean retryOnDuplicate) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)
                        || retryOnDuplicate && ("23505".equals(state) || "42P07".equals(state)
                                || "42710".equals(state))) {
                    return state;
                }
            }
        }
        return null;
    }

    private static void backOff(int attempt) {
        try {
            // jittered, growing pause so that colliding writers do not collide again in lock-step
            Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(StorageException.Reason.DATABASE, null, 0, "interrupted while retrying", e);
        }
    }

    /**
     * On first use: creates or upgrades the schema ({@link SchemaMode#CREATE}), checks it
     * ({@link SchemaMode#VALIDATE}) or only learns the dialect ({@link SchemaMode#NONE}).
     */
    void ensureSchema() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            switch (mode) {
                case CREATE:
                    int version = createRetrying();
                    checkNotNewer(version);
                    break;
                case VALIDATE:
                    transactionWithoutSchema(false, this::validate);
                    break;
                default:
                    transactionWithoutSchema(false, c -> {
                        h2 = isH2(c);
                        return null;
                    });
                    LOG.log(System.Logger.Level.DEBUG, "schema of tables {0}* not checked (schema=none)", prefix);
            }
            ready = true;
        }
    }

    private void checkNotNewer(int version) {
        if (version > SCHEMA_VERSION) {
            throw new StorageException(StorageException.Reason.SCHEMA_TOO_NEW, Integer.toString(version), 0,
                    "tables with prefix '" + prefix + "' have schema version " + version
                            + "; this release understands up to " + SCHEMA_VERSION, null);
        }
    }

    private static boolean isH2(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2");
    }

    /**
     * Creates or upgrades the schema. Creators racing in other instances collide on the catalogue in
     * database-specific ways (PostgreSQL: 23505/42P07; H2: a general error "object already
     * exists" from an index statement of the shipped DDL), so any database failure here is tried again: the
     * statements are idempotent, and a failure that persists is reported from the last attempt.
     */
    private int createRetrying() {
        for (int attempt = 1;; attempt++) {
            try {
                return transactionWithoutSchema(true, this::create);
            } catch (StorageException e) {
                if (attempt == 5 || e.reason() != StorageException.Reason.DATABASE) {
                    throw e;
                }
                LOG.log(System.Logger.Level.DEBUG, "creating tables {0}* failed with SQLState {1}, attempt {2} of 5; retrying",
                        prefix, e.input(), attempt);
                backOff(attempt);
            }
        }
    }

    /** Runs the shipped DDL of every version (idempotent) and returns the stored version. */
    private int create(Connection c) throws SQLException {
        h2 = isH2(c);
        int added = 0;
        try (Statement s = c.createStatement()) {
            for (String ddl : SchemaScripts.statements(h2, prefix, SCHEMA_VERSION)) {
                boolean versionRow = ddl.startsWith("INSERT INTO " + table("schema_version") + " ");
                s.execute(ddl);
                if (versionRow && s.getUpdateCount() > 0) {
                    added++;
                }
            }
        }
        int version = storedVersion(c);
        if (added > 0) {
            LOG.log(System.Logger.Level.DEBUG, "schema of tables {0}* created or upgraded to version {1} ({2} from {3}{4})",
                    prefix, version, h2 ? "H2" : "PostgreSQL", SchemaScripts.folder(h2), "V1..V" + SCHEMA_VERSION + "__skillcert.sql");
        } else {
            LOG.log(System.Logger.Level.DEBUG, "schema of tables {0}* is at version {1}; nothing created", prefix, version);
        }
        return version;
    }

    /**
     * Checks the schema without changing it: the version row first (older or newer is named
     * with the file to run), then every table and column of the shipped DDL.
     */
    private Void validate(Connection c) throws SQLException {
        h2 = isH2(c);
        Map<String, List<String>> tables = SchemaScripts.tables(SchemaScripts.statements(h2, prefix, SCHEMA_VERSION));
        String folder = SchemaScripts.folder(h2);
        String versions = table("schema_version");
        if (probe(c, "SELECT version FROM " + versions + " WHERE 1 = 0")) {
            int version = storedVersion(c);
            checkNotNewer(version);
            if (version < SCHEMA_VERSION) {
                throw new StorageException(StorageException.Reason.SCHEMA_OUTDATED, versions, 0,
                        "table " + versions + " records schema version " + version + "; this release needs "
                                + SCHEMA_VERSION + ": run " + folder + SchemaScripts.fileName(version + 1)
                                + (version + 1 < SCHEMA_VERSION ? " to " + SchemaScripts.fileName(SCHEMA_VERSION) : "")
                                + " (schema=validate creates nothing)", null);
            }
        }
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            String table = t.getKey();
            if (!probe(c, "SELECT * FROM " + table + " WHERE 1 = 0")) {
                throw new StorageException(StorageException.Reason.SCHEMA_MISSING, table, 0,
                        "table " + table + " does not exist (or this user cannot read it): run " + folder
                                + "V1__skillcert.sql to " + SchemaScripts.fileName(SCHEMA_VERSION)
                                + " with ${prefix} = " + prefix + " (schema=validate creates nothing)", null);
            }
            for (String column : t.getValue()) {
                if (!probe(c, "SELECT " + column + " FROM " + table + " WHERE 1 = 0")) {
                    throw new StorageException(StorageException.Reason.SCHEMA_MISSING, table + "." + column, 0,
                            "table " + table + " has no column " + column + ": it was not made by " + folder
                                    + "V1__skillcert.sql to " + SchemaScripts.fileName(SCHEMA_VERSION), null);
                }
            }
        }
        LOG.log(System.Logger.Level.DEBUG, "schema of tables {0}* validated: version {1}, {2} tables",
                prefix, SCHEMA_VERSION, tables.size());
        return null;
    }

    /**
     * Runs a query that reads no row, inside a savepoint so that a failure does not abort a
     * PostgreSQL transaction.
     *
     * @return whether it ran
     */
    private static boolean probe(Connection c, String sql) throws SQLException {
        java.sql.Savepoint point = c.setSavepoint();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            c.releaseSavepoint(point);
            return true;
        } catch (SQLException e) {
            c.rollback(point);
            return false;
        }
    }

    private int storedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + table("schema_version"))) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
