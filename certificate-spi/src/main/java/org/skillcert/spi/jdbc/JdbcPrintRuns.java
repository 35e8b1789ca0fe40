package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillcert.spi.PrintRun;
import org.skillcert.spi.RegistryException;

/**
 * The print runs of a {@link JdbcCertificateRegistry} (moved unchanged from it): a run's pages are
 * recorded before its file is written, closed when the file is complete, and an open run's sheets
 * cannot go on another open run.
 *
 * <p>Recording a run is the adapter's one batch (a JDBC batch insert of its pages, checks first):
 * its time is logged at {@code DEBUG}, and at {@code INFO} when it takes {@value #SLOW_BATCH_MS} ms
 * or more (page count and time only).
 */
final class JdbcPrintRuns {
    /** A print run recorded slower than this is logged at {@code INFO}. */
    static final long SLOW_BATCH_MS = 2_000;

    private final Database db;
    private final Clock clock;
    private final String certificate;
    private final String awaited;
    private final String runs;
    private final String pages;

    JdbcPrintRuns(Database db, Clock clock, String certificateTable, String awaitedTable) {
        this.db = db;
        this.clock = clock;
        this.certificate = certificateTable;
        this.awaited = awaitedTable;
        this.runs = db.table("print_run");
        this.pages = db.table("print_page");
    }

    PrintRun record(PrintRun run) {
        long start = System.nanoTime();
        PrintRun recorded = recordTimed(run);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Database.LOG.log(ms >= SLOW_BATCH_MS ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
                "print run batch of {0} pages recorded in {1} ms (tables {2}*){3}", run.pages().size(), ms,
                db.table(""), ms >= SLOW_BATCH_MS ? ": slow, over " + SLOW_BATCH_MS + " ms" : "");
        return recorded;
    }

    private PrintRun recordTimed(PrintRun run) {
        // a concurrent record of the same id surfaces as 23505 and is retried into the idempotent path
        return db.transaction(true, c -> {
            Optional<PrintRun> existing = readRun(c, run.id());
            if (existing.isPresent()) {
                if (!existing.get().equals(run)) {
                    throw new RegistryException(RegistryException.Reason.CONFLICT, "id", run.id(), 0,
                            "print run " + run.id() + " is recorded with other pages");
                }
                return existing.get();
            }
            try (PreparedStatement open = c.prepareStatement("SELECT p.run_id FROM " + pages + " p JOIN " + runs
                    + " r ON r.run_id = p.run_id WHERE p.sheet = ? AND r.done_ms IS NULL");
                    PreparedStatement known = c.prepareStatement("SELECT 1 FROM " + certificate + " WHERE cert_number = ?")) {
                for (PrintRun.Page page : run.pages()) {
                    open.setInt(1, page.sheet());
                    try (ResultSet rs = open.executeQuery()) {
                        if (rs.next()) {
                            throw new RegistryException(RegistryException.Reason.CONFLICT, "sheet",
                                    Integer.toString(page.sheet()), 0, "sheet " + String.format("%08d", page.sheet())
                                            + " is on open print run " + rs.getString(1));
                        }
                    }
                    known.setString(1, page.certificateNumber());
                    try (ResultSet rs = known.executeQuery()) {
                        if (!rs.next()) {
                            throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "certificateNumber",
                                    page.certificateNumber(), 0, "no certificate " + page.certificateNumber());
                        }
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + runs + " (run_id, created_ms, done_ms) VALUES (?, ?, NULL)")) {
                p.setString(1, run.id());
                p.setLong(2, clock.millis());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + pages
                    + " (run_id, page, cert_number, sheet, photo) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (PrintRun.Page page : run.pages()) {
                    p.setString(1, run.id());
                    p.setInt(2, ++n);
                    p.setString(3, page.certificateNumber());
                    p.setInt(4, page.sheet());
                    p.setString(5, page.photo());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return run;
        });
    }

    void done(String id) {
        db.transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE " + runs + " SET done_ms = ? WHERE run_id = ? AND done_ms IS NULL")) {
                p.setLong(1, clock.millis());
                p.setString(2, id);
                if (p.executeUpdate() == 0 && readRun(c, id).isEmpty()) {
                    throw new RegistryException(RegistryException.Reason.UNKNOWN_NUMBER, "id", id, 0, "no print run " + id);
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + awaited + " WHERE cert_number IN (SELECT cert_number FROM "
                    + pages + " WHERE run_id = ?)")) {
                p.setString(1, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    List<PrintRun> open() {
        return db.transaction(false, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT run_id FROM " + runs + " WHERE done_ms IS NULL ORDER BY created_ms, run_id");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            List<PrintRun> out = new ArrayList<>();
            for (String id : ids) {
                out.add(readRun(c, id).orElseThrow());
            }
            return out;
        });
    }

    Optional<PrintRun> find(String id) {
        return db.transaction(false, c -> readRun(c, id));
    }

    private Optional<PrintRun> readRun(Connection c, String id) throws SQLException {
        List<PrintRun.Page> found = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT cert_number, sheet, photo FROM " + pages
                + " WHERE run_id = ? ORDER BY page")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new PrintRun.Page(rs.getString(1), rs.getInt(2), rs.getString(3)));
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new PrintRun(id, found));
    }
}
