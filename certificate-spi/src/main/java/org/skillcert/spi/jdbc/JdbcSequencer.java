package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SequencerException;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.VoidedSerial;
import org.skillcert.spi.internal.PortInputs;

/**
 * A {@link Sequencer} in a database: one counter row per scope, bumped atomically
 * ({@code UPDATE … RETURNING} on PostgreSQL, {@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2)
 * in the same transaction that records the request id. The row lock of the counter serialises
 * writers of one scope across processes; unique constraints on (scope, first serial) and (scope,
 * last serial) of the request table are the last line of defence.
 *
 * <p><b>The request rows are the authority, the counter a lower bound.</b> A counter can fall
 * behind them in H2 2.3.232 and 2.5.252 (file databases): when transactions that update the same
 * row commit and roll back concurrently, a rollback can put back a value older than another
 * transaction's committed update, which is lost. Two threads doing {@code UPDATE t SET v = v + 1},
 * one transaction in a hundred rolling back and the rest committing, lost 106 of 39,604 committed
 * increments with {@code WRITE_DELAY=0}, and some with 10 and H2's default 500; none without
 * rollbacks. Here a repeated request (bump, find the request id taken, roll back) is such a
 * rollback. Restoring the counter table from an older backup than the request table leaves the
 * same state. Either way the counter goes back to a value it held, so the next bump hands out the
 * first serial of a committed request and meets the unique index: the counter is then raised to the
 * last serial of the request rows above it and bumped again, in the same transaction (before,
 * every later request of the scope failed this way and was retried until it gave up). A scope
 * whose counter row is missing while it has request rows gets its row created at their last
 * serial. {@link #peek} and {@link #voidSerial} read the last serial the same way: {@code
 * COALESCE((SELECT MAX(q.last_serial) FROM request q WHERE q.scope = k.scope AND q.last_serial >
 * k.last_serial), k.last_serial)}, a range of the unique index on (scope, last serial) that is
 * empty unless the counter fell behind, or the request rows' last serial if there is no counter
 * row. Each raise and each such creation is logged ({@code WARNING}); the raise is kept only if
 * the request then commits (on an exhausted scope it is not, and is found again by the next
 * request). The bump itself stays a plain increment: with the same
 * lower bound inside it, {@code SerialPairCheck} gave the library 0.91–0.94 of the bare SQL's rate
 * on H2 and 0.80–0.91 on PostgreSQL, against 0.94–0.97 and 0.97–0.99 with the plain bump.
 */
final class JdbcSequencer implements Sequencer {
    private final Database db;
    private final Clock clock;
    private final String counter;
    private final String request;
    private final String voids;
    private final String insertRequest;
    // known once the schema is (H2 or PostgreSQL)
    @Nullable
    private volatile String bumpSql;

    JdbcSequencer(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.counter = db.table("counter");
        this.request = db.table("request");
        this.voids = db.table("void_serial");
        this.insertRequest = "INSERT INTO " + request
                + " (request_id, scope, first_serial, last_serial, created_ms) VALUES (?, ?, ?, ?, ?)";
    }

    /** The larger of the counter {@code k} and the last serial of any request row above it. */
    private String lastSerialOf() {
        return "COALESCE((SELECT MAX(q.last_serial) FROM " + request
                + " q WHERE q.scope = k.scope AND q.last_serial > k.last_serial), k.last_serial)";
    }

    @Override
    public SerialBlock reserve(String scope, int count, String requestId) {
        PortInputs.checkScope(scope);
        PortInputs.checkRequestId(requestId);
        if (count < 1 || count > MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_COUNT, Integer.toString(count), 0,
                    "block size must be 1…999999, was " + count);
        }
        // two statements in the common case (the counter bump, the request's row), one commit: a
        // request id seen before shows as the request row's unique violation, and is answered from
        // that row after undoing the bump (issue 14: the lookup first cost a third statement each time).
        // A concurrent twin of this request id, or of the counter row's creation, surfaces as 23505: retried
        return db.transaction(true, c -> {
            for (boolean raised = false;; raised = true) {
                Integer last = bump(c, scope, count);
                for (int round = 0; last == null; round++) {
                    // an exhausted scope may still answer a repeated request
                    SerialBlock earlier = find(c, requestId);
                    if (earlier != null) {
                        return repeat(earlier, scope, count);
                    }
                    // under READ COMMITTED the UPDATE may have missed a counter row that another
                    // transaction created a moment ago; a fresh statement sees it, so look again
                    Integer current = lastSerial(c, scope);
                    boolean create = current == null;
                    if (create) {
                        // a new scope (0), or a counter row lost while its requests were kept
                        current = requestsLast(c, scope);
                    }
                    if (current > MAX_SERIAL - count || round == 3) {
                        throw new SequencerException(SequencerException.Reason.EXHAUSTED, scope, 0,
                                "scope " + scope + " has " + (MAX_SERIAL - current)
                                        + " serial(s) left, " + count + " requested; serials never wrap around (R-NUM-5)");
                    }
                    if (create) {
                        try (PreparedStatement p = c.prepareStatement(
                                "INSERT INTO " + counter + " (scope, last_serial) VALUES (?, ?)")) {
                            p.setString(1, scope);
                            p.setInt(2, current);
                            p.executeUpdate();
                        }
                        // logged once the row went in: request rows seen here may also be those of a
                        // transaction that created the row a moment ago, and then the insert fails (23505, retried)
                        if (current > 0) {
                            Database.LOG.log(System.Logger.Level.WARNING, "tables {0}*: a scope with request rows "
                                    + "had no counter row; created it at their last serial", db.table(""));
                        }
                    }
                    last = bump(c, scope, count);
                }
                SerialBlock block = new SerialBlock(scope, last - count + 1, count, requestId);
                try (PreparedStatement p = c.prepareStatement(insertRequest)) {
                    p.setString(1, requestId);
                    p.setString(2, scope);
                    p.setInt(3, block.first());
                    p.setInt(4, block.last());
                    p.setLong(5, clock.millis());
                    p.executeUpdate();
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    // undo the bump (PostgreSQL needs the rollback after a failed statement); what follows
                    // runs in a new transaction on the same connection, which the loop in Database commits
                    c.rollback();
                    SerialBlock earlier = find(c, requestId);
                    if (earlier != null) {
                        return repeat(earlier, scope, count);
                    }
                    if (raised || !raiseCounter(c, scope)) {
                        throw e; // a concurrent writer: retried from the start
                    }
                    // the counter was behind a committed request (see the class comment): raised; bump again
                    continue;
                }
                return block;
            }
        });
    }

    /**
     * Raises the counter of a scope to the last serial of the request rows above it, if any.
     *
     * @return whether the counter was behind
     */
    private boolean raiseCounter(Connection c, String scope) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + counter + " k SET last_serial = " + lastSerialOf()
                + " WHERE k.scope = ? AND EXISTS (SELECT 1 FROM " + request
                + " q WHERE q.scope = k.scope AND q.last_serial > k.last_serial)")) {
            p.setString(1, scope);
            boolean raised = p.executeUpdate() > 0;
            if (raised) {
                // logged when found: the raise is kept only if the request then commits
                Database.LOG.log(System.Logger.Level.WARNING, "tables {0}*: the serial counter of a scope was behind "
                        + "its request rows (see JdbcSequencer); raising it to them", db.table(""));
            }
            return raised;
        }
    }

    private static SerialBlock repeat(SerialBlock earlier, String scope, int count) {
        if (!earlier.scope().equals(scope) || earlier.count() != count) {
            throw new SequencerException(SequencerException.Reason.REQUEST_CONFLICT, earlier.requestId(), 0,
                    "request id already obtained " + earlier.count() + " serial(s) in another scope or size");
        }
        return earlier;
    }

    /** Adds {@code count} to the counter if it fits; returns the new last serial, or null if no row changed. */
    @Nullable
    private Integer bump(Connection c, String scope, int count) throws SQLException {
        String sql = bumpSql;
        if (sql == null) {
            String update = "UPDATE " + counter + " SET last_serial = last_serial + ? WHERE scope = ? AND last_serial <= ?";
            sql = db.isH2() ? "SELECT last_serial FROM FINAL TABLE (" + update + ")" : update + " RETURNING last_serial";
            bumpSql = sql;
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, count);
            p.setString(2, scope);
            p.setInt(3, MAX_SERIAL - count);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    @Nullable
    private Integer lastSerial(Connection c, String scope) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + lastSerialOf() + " FROM " + counter + " k WHERE k.scope = ?")) {
            p.setString(1, scope);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    /** @return the last serial of the scope's request rows, 0 if it has none */
    private int requestsLast(Connection c, String scope) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(MAX(last_serial), 0) FROM " + request + " WHERE scope = ?")) {
            p.setString(1, scope);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** @return the last serial handed out in the scope: from the counter, or from the request rows if it has none */
    private int lastHandedOut(Connection c, String scope) throws SQLException {
        Integer last = lastSerial(c, scope);
        return last != null ? last : requestsLast(c, scope);
    }

    @Nullable
    private SerialBlock find(Connection c, String requestId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT scope, first_serial, last_serial FROM " + request + " WHERE request_id = ?")) {
            p.setString(1, requestId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int first = rs.getInt(2);
                return new SerialBlock(rs.getString(1), first, rs.getInt(3) - first + 1, requestId);
            }
        }
    }

    @Override
    public Optional<SerialBlock> find(String requestId) {
        PortInputs.checkRequestId(requestId);
        return Optional.ofNullable(db.transaction(false, c -> find(c, requestId)));
    }

    @Override
    public VoidedSerial voidSerial(String scope, int serial, String reason, String actor) {
        PortInputs.checkScope(scope);
        PortInputs.checkSerial(serial);
        PortInputs.checkText(reason, 500);
        PortInputs.checkText(actor, 200);
        return db.transaction(true, c -> {
            if (serial > lastHandedOut(c, scope)) {
                throw new SequencerException(SequencerException.Reason.NOT_HANDED_OUT, Integer.toString(serial), 0,
                        "serial " + serial + " of scope " + scope + " has not been handed out");
            }
            List<VoidedSerial> existing = voided(c, scope, serial);
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
            Instant now = Instant.ofEpochMilli(clock.millis());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + voids
                    + " (scope, serial, reason, actor, voided_ms) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, scope);
                p.setInt(2, serial);
                p.setString(3, reason);
                p.setString(4, actor);
                p.setLong(5, now.toEpochMilli());
                p.executeUpdate();
            }
            return new VoidedSerial(scope, serial, reason, actor, now);
        });
    }

    /** The void records of a scope; of one serial if {@code serial > 0}. */
    private List<VoidedSerial> voided(Connection c, String scope, int serial) throws SQLException {
        String sql = "SELECT serial, reason, actor, voided_ms FROM " + voids + " WHERE scope = ?"
                + (serial > 0 ? " AND serial = ?" : "") + " ORDER BY serial";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, scope);
            if (serial > 0) {
                p.setInt(2, serial);
            }
            List<VoidedSerial> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new VoidedSerial(scope, rs.getInt(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        }
    }

    @Override
    public List<VoidedSerial> voided(String scope) {
        PortInputs.checkScope(scope);
        return db.transaction(false, c -> voided(c, scope, 0));
    }

    @Override
    public int peek(String scope) {
        PortInputs.checkScope(scope);
        return db.transaction(false, c -> lastHandedOut(c, scope));
    }
}
