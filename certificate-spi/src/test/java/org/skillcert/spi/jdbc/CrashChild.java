package org.skillcert.spi.jdbc;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * The child process of {@link CrashTest}: issues certificates 1…n the way the issuing workflow
 * does (allocate, receive/hand out/print a sheet, register), each step written so that a rerun
 * after a crash resumes where the last commit left off. Prints {@code S i serial} once request
 * {@code i} has its serial.
 */
public final class CrashChild {
    static final String[] SCOPES = {"S000044012001263", "S000044012001264"};

    private CrashChild() {
    }

    /**
     * Runs the batch.
     *
     * @param args JDBC URL, table prefix, number of requests (a multiple of 10)
     */
    public static void main(String[] args) {
        String url = args[0];
        int n = Integer.parseInt(args[2]);
        TestPool pool = new TestPool(() -> DriverManager.getConnection(url), 2);
        JdbcStorage storage = new JdbcStorage(pool, args[1], Clock.systemUTC());
        StockLedger ledger = storage.ledger();
        for (int i = 1; i <= n; i++) {
            String scope = SCOPES[i % 2];
            int serial = storage.sequencer().next(scope, "crash-" + i);
            System.out.println("S " + i + " " + serial);
            System.out.flush();
            String number = scope + String.format("%06d", serial);
            if (i % 10 == 1 && ledger.sheet(i).isEmpty()) {
                ledger.append(StockMove.received(SheetRange.of(i, i + 9), "PO-" + i, "keeper"));
            }
            if (ledger.sheet(i).orElseThrow().state() == SheetState.IN_STOCK) {
                ledger.append(StockMove.handedOut(SheetRange.of(i), "printer", "keeper"));
            }
            if (ledger.sheet(i).orElseThrow().state() == SheetState.HANDED_OUT) {
                ledger.append(StockMove.printed(i, number, "printer"));
            }
            storage.registry().put(record(number, i), "printer");
        }
        System.out.println("DONE");
        System.out.flush();
        pool.closeIdle();
    }

    static CertificateRecord record(String number, int sheet) {
        return CertificateRecord.issued(number, "持证人" + sheet, "居民身份证", "ID-" + sheet, "电工", "--", 3,
                LocalDate.of(2026, 6, 30), "广州市某技师学院", sheet, "R-" + sheet, null);
    }
}
