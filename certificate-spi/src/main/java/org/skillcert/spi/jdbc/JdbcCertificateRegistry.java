package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.Nullable;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.PrintRun;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.StatusChange;
import org.skillcert.spi.internal.PortInputs;

/**
 * A {@link CertificateRegistry} in a database: one row of issue data per certificate (never
 * updated) and an append-only status-change table; the current status is the last change.
 */
final class JdbcCertificateRegistry implements CertificateRegistry {
    private static final int PAGE = 500;
    private static final String DATA = "c.cert_number, c.holder_name, c.id_type, c.id_number, c.occupation, c.job,"
            + " c.skill_level, c.issue_date, c.institution, c.sheet, c.result_id, c.supersedes";

    private final Database db;
    private final Clock clock;
    private final String certificate;
    private final String changes;
    private final String withStatus;
    private final String awaited;
    private final JdbcPrintRuns printRuns;

    JdbcCertificateRegistry(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.certificate = db.table("certificate");
        this.changes = db.table("status_change");
        this.awaited = db.table("document_awaited");
        this.printRuns = new JdbcPrintRuns(db, clock, certificate, awaited);
        this.withStatus = "SELECT " + DATA + ", s.status, s.reason FROM " + certificate + " c JOIN " + changes
                + " s ON s.cert_number = c.cert_number AND s.seq = (SELECT MAX(x.seq) FROM " + changes
                + " x WHERE x.cert_number = c.cert_number)";
    }

    @Override
    public CertificateRecord put(CertificateRecord record, String actor) {
        PortInputs.checkField("actor", actor, 200);
        if (record.status() != CertificateStatus.ISSUED || record.statusReason() != null) {
            throw new RegistryException(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, "status",
                    record.status().name(), 0, "a certificate is registered as ISSUED without a reason");
        }
        // a concurrent put of the same number surfaces as 23505 and is retried into the idempotent path
        return db.transaction(true, c -> {
            CertificateRecord existing = lockAndRead(c, record.number());
            if (existing != null) {
                if (!existing.sameIssue(record)) {
                    throw new RegistryException(RegistryException.Reason.CONFLICT, "number", record.number(), 0,
                            "number " + record.number() + " is registered with other data");
                }
                return existing;
            }
            StatusChange oldLast = null;
            if (record.supersedes() != null) {
                CertificateRecord old = lockAndRead(c, record.supersedes());
                if (old == null || old.status() != CertificateStatus.ISSUED) {
                    throw new RegistryException(RegistryException.Reason.BAD_SUPERSEDES, "supersedes",
                            record.supersedes(), 0, "the superseded certificate is unknown or not ISSUED");
                }
                List<StatusChange> h = history(c, record.supersedes());
                oldLast = h.get(h.size() - 1);
            }
            long now = clock.millis();
            insert(c, record, now);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + awaited + " (cert_number) VALUES (?)")) {
                p.setString(1, record.number());
                p.executeUpdate();
            }
            appendChange(c, new StatusChange(record.number(), 1, CertificateStatus.ISSUED, null, actor,
                    Instant.ofEpochMilli(now)));
            if (oldLast != null) {
                appendChange(c, new StatusChange(record.supersedes(), oldLast.sequence() + 1,
                        CertificateStatus.SUPERSEDED, "superseded by " + record.number(), actor,
                        Instant.ofEpochMilli(now)));
            }
            return record;
        });
    }

    private void insert(Connection c, CertificateRecord r, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + certificate + " (cert_number, holder_name,"
                + " id_type, id_number, occupation, job, skill_level, issue_date, institution, sheet, result_id,"
                + " supersedes, registered_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, r.number());
            p.setString(2, r.holderName());
            p.setString(3, r.idType());
            p.setString(4, r.idNumber());
            p.setString(5, r.occupation());
            p.setString(6, r.job());
            p.setInt(7, r.level());
            p.setDate(8, Date.valueOf(r.issueDate()));
            p.setString(9, r.institution());
            p.setInt(10, r.sheet());
            p.setString(11, r.resultId());
            p.setString(12, r.supersedes());
            p.setLong(13, now);
            p.executeUpdate();
        }
    }

    private void appendChange(Connection c, StatusChange s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + changes
                + " (cert_number, seq, status, reason, actor, at_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.number());
            p.setInt(2, s.sequence());
            p.setString(3, s.status().name());
            p.setString(4, s.reason());
            p.setString(5, s.actor());
            p.setLong(6, s.at().toEpochMilli());
            p.executeUpdate();
        }
    }

    /** Locks the issue row (so that status changes of one certificate are serialised) and reads it. */
    @Nullable
    private CertificateRecord lockAndRead(Connection c, String number) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT cert_number FROM " + certificate + " WHERE cert_number = ? FOR UPDATE")) {
            p.setString(1, number);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
            }
        }
        List<CertificateRecord> found = query(c, " WHERE c.cert_number = ?", number);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<CertificateRecord> query(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(withStatus + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i] instanceof LocalDate ? Date.valueOf((LocalDate) args[i]) : args[i]);
            }
            p.setMaxRows(where.contains("ORDER BY c.issue_date") ? PAGE : 0);
            return read(p);
        }
    }

    private static List<CertificateRecord> read(PreparedStatement p) throws SQLException {
        {
            List<CertificateRecord> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new CertificateRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getDate(8).toLocalDate(),
                            rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                            CertificateStatus.valueOf(rs.getString(13)), rs.getString(14)));
                }
            }
            return out;
        }
    }

    @Override
    public Optional<CertificateRecord> byNumber(String number) {
        PortInputs.checkNumber(number);
        return db.transaction(false, c -> query(c, " WHERE c.cert_number = ?", number)).stream().findFirst();
    }

    @Override
    public List<CertificateRecord> byIdNumber(String idNumber) {
        return db.transaction(false, c -> query(c, " WHERE c.id_number = ? ORDER BY c.cert_number", idNumber));
    }

    @Override
    public List<CertificateRecord> byResultId(String resultId) {
        return db.transaction(false, c -> query(c, " WHERE c.result_id = ? ORDER BY c.cert_number", resultId));
    }

    @Override
    public Stream<CertificateRecord> issuedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RegistryException(RegistryException.Reason.BAD_PERIOD, "to", to.toString(), 0,
                    "period ends (" + to + ") before it starts (" + from + ")");
        }
        // pages by (issue date, number), each in its own short transaction: no connection is held
        // between pages, so an abandoned stream leaks nothing
        Spliterator<CertificateRecord> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private List<CertificateRecord> page = List.of();
            private int index;
            private boolean last;
            private LocalDate afterDate;
            private String afterNumber;

            @Override
            public boolean tryAdvance(Consumer<? super CertificateRecord> action) {
                if (index == page.size()) {
                    if (last) {
                        return false;
                    }
                    page = nextPage();
                    index = 0;
                    last = page.size() < PAGE;
                    if (page.isEmpty()) {
                        return false;
                    }
                    CertificateRecord tail = page.get(page.size() - 1);
                    afterDate = tail.issueDate();
                    afterNumber = tail.number();
                }
                action.accept(page.get(index++));
                return true;
            }

            private List<CertificateRecord> nextPage() {
                String order = " ORDER BY c.issue_date, c.cert_number";
                if (afterDate == null) {
                    return db.transaction(false, c -> query(c,
                            " WHERE c.issue_date >= ? AND c.issue_date <= ?" + order, from, to));
                }
                return db.transaction(false, c -> query(c, " WHERE c.issue_date <= ? AND (c.issue_date > ?"
                        + " OR (c.issue_date = ? AND c.cert_number > ?))" + order, to, afterDate, afterDate,
                        afterNumber));
            }
        };
        return StreamSupport.stream(pages, false);
    }

    @Override
    public StatusChange changeStatus(String number, CertificateStatus status, String reason, String actor) {
        PortInputs.checkNumber(number);
        PortInputs.checkField("reason", reason, 500);
        PortInputs.checkField("actor", actor, 200);
        return db.transaction(true, c -> {
            if (lockAndRead(c, number) == null) {
                throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "number", number, 0,
                        "no certificate " + number);
            }
            List<StatusChange> h = history(c, number);
            StatusChange last = h.get(h.size() - 1);
            if (last.status() == status && Objects.equals(last.reason(), reason)) {
                return last;
            }
            if (last.status() != CertificateStatus.ISSUED
                    || (status != CertificateStatus.REVOKED && status != CertificateStatus.VOID)) {
                throw new RegistryException(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, "status", status.name(),
                        0, number + " is " + last.status() + "; only ISSUED becomes REVOKED or VOID here");
            }
            StatusChange change = new StatusChange(number, last.sequence() + 1, status, reason, actor,
                    Instant.ofEpochMilli(clock.millis()));
            appendChange(c, change);
            return change;
        });
    }

    private List<StatusChange> history(Connection c, String number) throws SQLException {
        return changes(c, " WHERE cert_number = ? ORDER BY seq", number);
    }

    private List<StatusChange> changes(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT cert_number, seq, status, reason, actor, at_ms FROM " + changes + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<StatusChange> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatusChange(rs.getString(1), rs.getInt(2), CertificateStatus.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
            return out;
        }
    }

    @Override
    public List<StatusChange> history(String number) {
        PortInputs.checkNumber(number);
        return db.transaction(false, c -> history(c, number));
    }

    @Override
    public List<StatusChange> changesBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new RegistryException(RegistryException.Reason.BAD_PERIOD, "to", to.toString(), 0,
                    "period ends (" + to + ") before it starts (" + from + ")");
        }
        return db.transaction(false, c -> changes(c, " WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, cert_number, seq",
                from.toEpochMilli(), to.toEpochMilli()));
    }

    @Override
    public void documentWritten(String number) {
        PortInputs.checkNumber(number);
        db.transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + awaited + " WHERE cert_number = ?")) {
                p.setString(1, number);
                if (p.executeUpdate() == 0 && query(c, " WHERE c.cert_number = ?", number).isEmpty()) {
                    throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "number", number, 0,
                            "no certificate " + number);
                }
            }
            return null;
        });
    }

    @Override
    public void documentsWritten(java.util.Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        all.forEach(PortInputs::checkNumber);
        if (all.isEmpty()) {
            return;
        }
        db.transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + awaited + " WHERE cert_number = ?")) {
                for (String number : all) {
                    p.setString(1, number);
                    p.addBatch();
                }
                int[] deleted = p.executeBatch();
                for (int i = 0; i < deleted.length; i++) {
                    // nothing deleted: written before (idempotent) or no such certificate
                    if (deleted[i] == 0 && query(c, " WHERE c.cert_number = ?", all.get(i)).isEmpty()) {
                        throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "number", all.get(i), 0,
                                "no certificate " + all.get(i));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<CertificateRecord> awaitingDocument(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return db.transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement(withStatus + " WHERE c.cert_number IN (SELECT a.cert_number FROM "
                    + awaited + " a) ORDER BY c.cert_number")) {
                p.setMaxRows(limit);
                return read(p);
            }
        });
    }

    @Override
    public PrintRun recordPrintRun(PrintRun run) {
        return printRuns.record(run);
    }

    @Override
    public void printRunDone(String id) {
        printRuns.done(id);
    }

    @Override
    public List<PrintRun> openPrintRuns() {
        return printRuns.open();
    }

    @Override
    public Optional<PrintRun> printRun(String id) {
        return printRuns.find(id);
    }
}
