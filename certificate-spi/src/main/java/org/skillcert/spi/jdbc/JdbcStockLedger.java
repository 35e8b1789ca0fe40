package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.LedgerVerification;
import org.skillcert.spi.SheetBook;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;
import org.skillcert.spi.StorageException;

/**
 * A {@link StockLedger} in a database. The entry table is the truth and its primary key
 * (the sequence number) serialises appends across processes: an append reads the last entry,
 * checks the move, and inserts at the next number, starting again if another writer took it. A
 * head row records the highest sequence reached, so that {@link #verify()} notices deleted
 * trailing rows. Each instance keeps a {@link SheetBook} built
 * by replaying the entries, caught up from the table before every check and query.
 */
final class JdbcStockLedger implements StockLedger {
    private static final String COLUMNS = "seq, at_ms, kind, first_sheet, last_sheet, actor, delivery_ref, custodian,"
            + " cert_number, reason, witness1, witness2, counted, expected, prev_hash, entry_hash";

    private final Database db;
    private final Clock clock;
    private final String ledger;
    private final String head;
    private SheetBook book = new SheetBook();

    JdbcStockLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ledger = db.table("ledger");
        this.head = db.table("ledger_head");
    }

    @Override
    public synchronized LedgerEntry append(StockMove move) {
        // the ledger's primary key is the arbiter: the entry goes in at the last sequence + 1, and if
        // another writer took that number first the insert fails (23505) and the whole append is
        // checked again from the start. This relies on nothing but the unique key (no row-lock
        // semantics, which differ between databases).
        LedgerEntry entry = db.transaction(true, c -> {
            long headSeq = 0;
            String headHash = LedgerEntry.GENESIS;
            long headAt = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT seq, entry_hash, at_ms FROM " + ledger + " ORDER BY seq DESC")) {
                p.setMaxRows(1);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        headSeq = rs.getLong(1);
                        headHash = rs.getString(2);
                        headAt = rs.getLong(3);
                    }
                }
            }
            catchUp(c, headSeq);
            int expected = book.check(move);
            // times never decrease along the sequence, even across processes with skewed clocks
            Instant at = Instant.ofEpochMilli(Math.max(clock.millis(), headAt));
            LedgerEntry e = LedgerEntry.chain(headSeq + 1, at, move, expected, headHash);
            insert(c, e);
            // the head remembers how far the ledger reached, so that deleting the last rows shows
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE " + head + " SET seq = ?, entry_hash = ?, at_ms = ? WHERE id = 1 AND seq < ?")) {
                p.setLong(1, e.sequence());
                p.setString(2, e.hash());
                p.setLong(3, e.at().toEpochMilli());
                p.setLong(4, e.sequence());
                p.executeUpdate();
            }
            return e;
        });
        // applied only after the commit succeeded; on failure the next call catches up from the table
        if (entry.sequence() == book.lastSequence() + 1) {
            book.apply(entry);
        }
        return entry;
    }

    private void insert(Connection c, LedgerEntry e) throws SQLException {
        StockMove m = e.move();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + ledger + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, e.sequence());
            p.setLong(2, e.at().toEpochMilli());
            p.setString(3, m.kind().name());
            p.setInt(4, m.range().first());
            p.setInt(5, m.range().last());
            p.setString(6, m.actor());
            p.setString(7, m.reference());
            p.setString(8, m.custodian());
            p.setString(9, m.certificateNumber());
            p.setString(10, m.reason());
            p.setString(11, m.witnesses().isEmpty() ? null : m.witnesses().get(0));
            p.setString(12, m.witnesses().isEmpty() ? null : m.witnesses().get(1));
            p.setInt(13, m.counted());
            p.setInt(14, e.expected());
            p.setString(15, e.previousHash());
            p.setString(16, e.hash());
            p.executeUpdate();
        }
    }

    /** Brings the in-memory book up to {@code headSeq}, replaying entries other processes appended. */
    private void catchUp(Connection c, long headSeq) throws SQLException {
        if (headSeq < book.lastSequence()) {
            // the table went backwards (restored backup, tampering): start again from the table
            book = new SheetBook();
        }
        if (headSeq == book.lastSequence()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + ledger + " WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            p.setLong(1, book.lastSequence());
            p.setLong(2, headSeq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LedgerEntry e = read(rs);
                    if (e.sequence() != book.lastSequence() + 1) {
                        throw new StorageException(StorageException.Reason.DATABASE, Long.toString(e.sequence()), 0,
                                "ledger entry " + (book.lastSequence() + 1) + " is missing; run verify()", null);
                    }
                    book.apply(e);
                }
            }
        }
    }

    private static LedgerEntry read(ResultSet rs) throws SQLException {
        String w1 = rs.getString(11);
        String w2 = rs.getString(12);
        List<String> witnesses = w1 == null && w2 == null ? List.of() : java.util.Arrays.asList(w1, w2);
        StockMove move = new StockMove(EntryKind.valueOf(rs.getString(3)),
                SheetRange.of(rs.getInt(4), rs.getInt(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), witnesses, rs.getInt(13));
        return new LedgerEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), move, rs.getInt(14),
                rs.getString(15), rs.getString(16));
    }

    /** Catches the book up with the table in a short read transaction. */
    private void refresh() {
        db.transaction(false, c -> {
            catchUp(c, lastStored(c));
            return null;
        });
    }

    private long lastStored(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(seq) FROM " + ledger);
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long headSequence(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT seq FROM " + head + " WHERE id = 1");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized Optional<SheetStatus> sheet(int sheet) {
        SheetRange.of(sheet);
        refresh();
        return book.status(sheet);
    }

    @Override
    public synchronized StockCounts counts() {
        refresh();
        return book.counts();
    }

    @Override
    public synchronized List<SheetRange> sheets(SheetState state, @Nullable String custodian) {
        refresh();
        return book.sheets(state, custodian);
    }

    @Override
    public List<LedgerEntry> entries(long fromSequence, int limit) {
        if (fromSequence < 1 || limit < 1) {
            throw new IllegalArgumentException("fromSequence and limit must be at least 1");
        }
        return db.transaction(false, c -> select(c, "seq >= ?", limit, fromSequence));
    }

    @Override
    public List<LedgerEntry> entriesBetween(Instant from, Instant to) {
        return db.transaction(false, c -> select(c, "at_ms >= ? AND at_ms < ?", 0, from.toEpochMilli(),
                to.toEpochMilli()));
    }

    @Override
    public Optional<LedgerEntry> lastOf(EntryKind kind) {
        return db.transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM " + ledger + " WHERE kind = ? ORDER BY seq DESC")) {
                p.setString(1, kind.name());
                p.setMaxRows(1);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<LedgerEntry>empty();
                }
            }
        });
    }

    private List<LedgerEntry> select(Connection c, String where, int limit, long... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + ledger + " WHERE " + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                p.setLong(i + 1, args[i]);
            }
            p.setMaxRows(limit);
            List<LedgerEntry> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    @Override
    public synchronized long lastSequence() {
        return db.transaction(false, this::lastStored);
    }

    @Override
    public LedgerVerification verify() {
        return db.transaction(false, c -> {
            long headSeq = headSequence(c);
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM " + ledger + " ORDER BY seq")) {
                // a cursor, not the whole ledger in memory (PostgreSQL honours it inside a transaction)
                p.setFetchSize(500);
                try (ResultSet rs = p.executeQuery()) {
                    return LedgerVerification.of(new Rows(rs), headSeq);
                }
            }
        });
    }

    /**
     * Entries read from a result set. A row whose data no longer forms a valid move (edited into
     * nonsense) becomes an entry with an impossible hash, so verification names it.
     */
    private static final class Rows implements Iterator<LedgerEntry> {
        private final ResultSet rs;
        private Boolean hasNext;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rs.next();
                } catch (SQLException e) {
                    throw new StorageException(StorageException.Reason.DATABASE, e.getSQLState(), 0,
                            "reading the ledger failed: " + e.getMessage(), e);
                }
            }
            return hasNext;
        }

        @Override
        public LedgerEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                try {
                    return read(rs);
                } catch (SkillcertException | IllegalArgumentException | NullPointerException malformed) {
                    long seq = rs.getLong(1);
                    StockMove placeholder = StockMove.stocktake(SheetRange.of(1), 0, "malformed row", "verify");
                    return new LedgerEntry(seq, Instant.EPOCH, placeholder, -1, String.valueOf(rs.getString(15)),
                            "malformed");
                }
            } catch (SQLException e) {
                throw new StorageException(StorageException.Reason.DATABASE, e.getSQLState(), 0,
                        "reading the ledger failed: " + e.getMessage(), e);
            }
        }
    }
}
