package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.ReplacementRecord;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.internal.PortInputs;

/**
 * A {@link ReplacementBook} in one table of its own, {@code <prefix>replacement} (schema version 2,
 * {@code V2__skillcert.sql}). Parameterised SQL only; every call is one transaction.
 */
final class JdbcReplacementBook implements ReplacementBook {
    private static final String COLUMNS = "application_id, cert_number, applicant_name, id_number, matter, delivery,"
            + " ems_number, phone, received_on, due_on, due_provisional, accepted_by, proved_on, proved_by";

    private final Database db;
    private final String table;

    JdbcReplacementBook(Database db) {
        this.db = db;
        this.table = db.table("replacement");
    }

    @Override
    public ReplacementRecord accept(ReplacementRecord application) {
        if (application.provedOn() != null) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "provedOn", application.provedOn().toString(),
                    0, "an application is accepted open; prove it with prove()");
        }
        // a racing insert of the same id fails on the key and the retry finds it
        return db.transaction(true, c -> {
            Optional<ReplacementRecord> stored = find(c, application.applicationId());
            if (stored.isPresent()) {
                if (!stored.get().sameApplication(application)) {
                    throw new RegistryException(RegistryException.Reason.CONFLICT, "applicationId",
                            application.applicationId(), 0, "application " + application.applicationId()
                                    + " is already recorded with other data");
                }
                return stored.get();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ReplacementRecord r = application;
                p.setString(1, r.applicationId());
                p.setString(2, r.certificateNumber());
                p.setString(3, r.applicantName());
                p.setString(4, r.idNumber());
                p.setString(5, r.matter());
                p.setString(6, r.delivery());
                if (r.emsNumber() == null) {
                    p.setNull(7, Types.VARCHAR);
                } else {
                    p.setString(7, r.emsNumber());
                }
                p.setString(8, r.phone());
                p.setObject(9, r.receivedOn());
                p.setObject(10, r.dueDate());
                p.setBoolean(11, r.dueProvisional());
                p.setString(12, r.acceptedBy());
                p.setNull(13, Types.DATE);
                p.setNull(14, Types.VARCHAR);
                p.executeUpdate();
            }
            return application;
        });
    }

    @Override
    public ReplacementRecord prove(String applicationId, LocalDate on, String actor) {
        PortInputs.checkField("applicationId", applicationId, 128);
        return db.transaction(false, c -> {
            ReplacementRecord stored = find(c, applicationId).orElseThrow(() -> new RegistryException(
                    RegistryException.Reason.UNKNOWN_APPLICATION, "applicationId", applicationId, 0,
                    "no replacement application " + applicationId));
            if (stored.provedOn() != null) {
                return stored;
            }
            ReplacementRecord proved = stored.proved(on, actor);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + table
                    + " SET proved_on = ?, proved_by = ? WHERE application_id = ? AND proved_on IS NULL")) {
                p.setObject(1, on);
                p.setString(2, actor);
                p.setString(3, applicationId);
                if (p.executeUpdate() == 0) {
                    // proved meanwhile by another process: its proof stands
                    return find(c, applicationId).orElseThrow();
                }
            }
            return proved;
        });
    }

    @Override
    public Optional<ReplacementRecord> byId(String applicationId) {
        return db.transaction(false, c -> find(c, applicationId));
    }

    @Override
    public List<ReplacementRecord> open() {
        return db.transaction(false, c -> select(c, "proved_on IS NULL ORDER BY due_on, application_id"));
    }

    @Override
    public List<ReplacementRecord> receivedBetween(LocalDate from, LocalDate to) {
        ReplacementBook.checkPeriod(from, to);
        return db.transaction(false, c -> select(c, "received_on >= ? AND received_on <= ? ORDER BY received_on,"
                + " application_id", from, to));
    }

    @Override
    public List<ReplacementRecord> provedBetween(LocalDate from, LocalDate to) {
        ReplacementBook.checkPeriod(from, to);
        return db.transaction(false, c -> select(c, "proved_on >= ? AND proved_on <= ? ORDER BY proved_on,"
                + " application_id", from, to));
    }

    private Optional<ReplacementRecord> find(Connection c, String applicationId) throws SQLException {
        List<ReplacementRecord> found = select(c, "application_id = ?", applicationId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<ReplacementRecord> select(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<ReplacementRecord> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReplacementRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getBoolean(11),
                            rs.getString(12), rs.getObject(13, LocalDate.class), rs.getString(14)));
                }
            }
            return out;
        }
    }
}
