package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StorageException;

/**
 * One database behind the three JDBC ports: the DataSource, the validated table prefix, the
 * dialect, the schema (created or checked on first use) and the transaction loop that retries
 * serialization failures.
 */
final class Database {
    /** The schema version this release writes. */
    static final int SCHEMA_VERSION = 2;
    private static final int ATTEMPTS = 30;

    private final DataSource dataSource;
    private final String prefix;
    private volatile boolean ready;
    private volatile boolean h2;

    Database(DataSource dataSource, String prefix) {
        this.dataSource = dataSource;
        this.prefix = checkPrefix(prefix);
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
                if (!retryable(e, retryOnDuplicate)) {
                    throw new StorageException(StorageException.Reason.DATABASE, e.getSQLState(), 0,
                            "database failure (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
                }
                last = e;
                backOff(attempt);
            }
        }
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

    private static boolean retryable(SQLException e, boolean retryOnDuplicate) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)
                        || retryOnDuplicate && ("23505".equals(state) || "42P07".equals(state)
                                || "42710".equals(state))) {
                    return true;
                }
            }
        }
        return false;
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

    /** Creates the schema on first use, or checks that the stored one is one this release can use. */
    void ensureSchema() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            int version = createOrReadRetrying();
            if (version > SCHEMA_VERSION) {
                throw new StorageException(StorageException.Reason.SCHEMA_TOO_NEW, Integer.toString(version), 0,
                        "tables with prefix '" + prefix + "' have schema version " + version
                                + "; this release understands up to " + SCHEMA_VERSION, null);
            }
            ready = true;
        }
    }

    /**
     * Creates or reads the schema. Creators racing in other instances collide on the catalogue in
     * database-specific ways (PostgreSQL: 23505/42P07; H2: a general error "object already
     * exists" from CREATE INDEX IF NOT EXISTS), so any database failure here is tried again: the
     * statements are idempotent, and a failure that persists is reported from the last attempt.
     */
    private int createOrReadRetrying() {
        for (int attempt = 1;; attempt++) {
            try {
                return transactionWithoutSchema(true, this::createOrRead);
            } catch (StorageException e) {
                if (attempt == 5 || e.reason() != StorageException.Reason.DATABASE) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private int createOrRead(Connection c) throws SQLException {
        h2 = c.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2");
        try (Statement s = c.createStatement()) {
            for (String ddl : schema()) {
                s.execute(ddl);
            }
        }
        // an older database gets the newer tables (CREATE ... IF NOT EXISTS above) and then its version row
        if (storedVersion(c) < SCHEMA_VERSION) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table("schema_version") + " (version) VALUES (?)")) {
                p.setInt(1, SCHEMA_VERSION);
                p.executeUpdate();
            }
        }
        insertIgnoringDuplicate(c, "INSERT INTO " + table("ledger_head") + " (id, seq, entry_hash, at_ms) VALUES (1, 0, '"
                + org.skillcert.spi.LedgerEntry.GENESIS + "', 0)");
        return storedVersion(c);
    }

    private int storedVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + table("schema_version"))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void insertIgnoringDuplicate(Connection c, String sql) throws SQLException {
        // existence is checked first because a failed INSERT would abort a PostgreSQL transaction
        String tableName = sql.substring("INSERT INTO ".length(), sql.indexOf(' ', "INSERT INTO ".length()));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tableName)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.executeUpdate();
        }
    }

    /**
     * The schema: version 1's statements, then version 2's additions. Later versions append,
     * never edit: every statement is idempotent, so a version-1 database is brought to version 2
     * by running them all.
     */
    private List<String> schema() {
        String p = prefix;
        List<String> all = new java.util.ArrayList<>(version1(p));
        // version 2: document states (awaiting until the PDF or the printed page exists) and print runs
        all.add("CREATE TABLE IF NOT EXISTS " + p + "document_awaited (cert_number VARCHAR(22) NOT NULL PRIMARY KEY)");
        all.add("CREATE TABLE IF NOT EXISTS " + p + "print_run (run_id VARCHAR(64) NOT NULL PRIMARY KEY,"
                + " created_ms BIGINT NOT NULL, done_ms BIGINT)");
        all.add("CREATE TABLE IF NOT EXISTS " + p + "print_page (run_id VARCHAR(64) NOT NULL, page INTEGER NOT NULL,"
                + " cert_number VARCHAR(22) NOT NULL, sheet INTEGER NOT NULL, photo VARCHAR(1000) NOT NULL,"
                + " PRIMARY KEY (run_id, page))");
        all.add("CREATE INDEX IF NOT EXISTS " + p + "print_page_sheet ON " + p + "print_page (sheet)");
        return all;
    }

    private static List<String> version1(String p) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + p + "schema_version (version INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS " + p + "counter (scope VARCHAR(16) NOT NULL PRIMARY KEY,"
                        + " last_serial INTEGER NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + p + "request (request_id VARCHAR(128) NOT NULL PRIMARY KEY,"
                        + " scope VARCHAR(16) NOT NULL, first_serial INTEGER NOT NULL, last_serial INTEGER NOT NULL,"
                        + " created_ms BIGINT NOT NULL,"
                        + " CONSTRAINT " + p + "request_first UNIQUE (scope, first_serial),"
                        + " CONSTRAINT " + p + "request_last UNIQUE (scope, last_serial))",
                "CREATE TABLE IF NOT EXISTS " + p + "void_serial (scope VARCHAR(16) NOT NULL, serial INTEGER NOT NULL,"
                        + " reason VARCHAR(500) NOT NULL, actor VARCHAR(200) NOT NULL, voided_ms BIGINT NOT NULL,"
                        + " PRIMARY KEY (scope, serial))",
                "CREATE TABLE IF NOT EXISTS " + p + "ledger (seq BIGINT NOT NULL PRIMARY KEY, at_ms BIGINT NOT NULL,"
                        + " kind VARCHAR(16) NOT NULL, first_sheet INTEGER NOT NULL, last_sheet INTEGER NOT NULL,"
                        + " actor VARCHAR(200) NOT NULL, delivery_ref VARCHAR(200), custodian VARCHAR(200),"
                        + " cert_number VARCHAR(22), reason VARCHAR(500), witness1 VARCHAR(200), witness2 VARCHAR(200),"
                        + " counted INTEGER NOT NULL, expected INTEGER NOT NULL, prev_hash VARCHAR(64) NOT NULL,"
                        + " entry_hash VARCHAR(64) NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + p + "ledger_at ON " + p + "ledger (at_ms)",
                "CREATE TABLE IF NOT EXISTS " + p + "ledger_head (id INTEGER NOT NULL PRIMARY KEY, seq BIGINT NOT NULL,"
                        + " entry_hash VARCHAR(64) NOT NULL, at_ms BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + p + "certificate (cert_number VARCHAR(22) NOT NULL PRIMARY KEY,"
                        + " holder_name VARCHAR(100) NOT NULL, id_type VARCHAR(50) NOT NULL,"
                        + " id_number VARCHAR(40) NOT NULL, occupation VARCHAR(100) NOT NULL, job VARCHAR(100) NOT NULL,"
                        + " skill_level INTEGER NOT NULL, issue_date DATE NOT NULL, institution VARCHAR(200) NOT NULL,"
                        + " sheet INTEGER NOT NULL, result_id VARCHAR(64), supersedes VARCHAR(22),"
                        + " registered_ms BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + p + "certificate_id ON " + p + "certificate (id_number)",
                "CREATE INDEX IF NOT EXISTS " + p + "certificate_result ON " + p + "certificate (result_id)",
                "CREATE INDEX IF NOT EXISTS " + p + "certificate_date ON " + p + "certificate (issue_date, cert_number)",
                "CREATE TABLE IF NOT EXISTS " + p + "status_change (cert_number VARCHAR(22) NOT NULL,"
                        + " seq INTEGER NOT NULL, status VARCHAR(16) NOT NULL, reason VARCHAR(500),"
                        + " actor VARCHAR(200) NOT NULL, at_ms BIGINT NOT NULL, PRIMARY KEY (cert_number, seq))",
                "CREATE INDEX IF NOT EXISTS " + p + "status_change_at ON " + p + "status_change (at_ms)");
    }
}
