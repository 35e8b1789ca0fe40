package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockException;
import org.skillcert.spi.StockMove;

/**
 * Two application instances (own JdbcStorage and pool) with four threads each race for the same
 * sheets and certificate numbers: each sheet is handed out once, the ledger stays one gapless
 * verified chain, and a certificate is registered once (Guarantees 2 and 4, R-STK-3).
 */
class LedgerAndRegistryConcurrencyTest {
    private static final int SHEETS = 100;

    @Test
    void racingInstancesOnH2() throws Exception {
        Path file = Databases.h2File("race");
        race(Databases.h2(file, 4), Databases.h2(file, 4));
    }

    @Test
    void racingInstancesOnPostgres() throws Exception {
        race(Databases.postgres(4), Databases.postgres(4));
    }

    private static void race(TestPool poolA, TestPool poolB) throws Exception {
        String prefix = Databases.freshPrefix();
        List<JdbcStorage> instances = List.of(new JdbcStorage(poolA, prefix, Clock.systemUTC()),
                new JdbcStorage(poolB, prefix, Clock.systemUTC()));
        instances.get(0).ledger().append(StockMove.received(SheetRange.of(1, SHEETS), "PO-1", "keeper"));
        AtomicInteger handedOut = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger registered = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcStorage storage = instances.get(t % 2);
                String custodian = "custodian-" + t;
                long seed = t;
                done.add(threads.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int s = 1; s <= SHEETS; s++) {
                        order.add(s);
                    }
                    Collections.shuffle(order, new java.util.Random(seed));
                    for (int sheet : order) {
                        try {
                            storage.ledger().append(StockMove.handedOut(SheetRange.of(sheet), custodian, "keeper"));
                            handedOut.incrementAndGet();
                        } catch (StockException e) {
                            assertEquals(StockException.Reason.NOT_IN_STOCK, e.reason());
                            refused.incrementAndGet();
                        }
                        if (sheet % 10 == 0) {
                            CertificateRecord r = CertificateRecord.issued(
                                    String.format("S000044012001263%06d", sheet), "持证人", "居民身份证", "ID" + sheet,
                                    "电工", "--", 3, LocalDate.of(2026, 7, 1), "学院", 0, null, null);
                            assertEquals(r, storage.registry().put(r, custodian));
                            registered.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(SHEETS, handedOut.get());
        assertEquals(7 * SHEETS, refused.get());
        for (JdbcStorage storage : instances) {
            assertEquals(SHEETS, storage.ledger().counts().of(SheetState.HANDED_OUT));
            assertEquals(SHEETS + 1, storage.ledger().lastSequence());
        }
        assertTrue(instances.get(1).ledger().verify().isOk());
        List<LedgerEntry> entries = instances.get(1).ledger().entries(1, 10_000);
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).sequence());
            assertTrue(i == 0 || !entries.get(i).at().isBefore(entries.get(i - 1).at()), "times never decrease");
        }
        for (int sheet = 10; sheet <= SHEETS; sheet += 10) {
            String number = String.format("S000044012001263%06d", sheet);
            assertEquals(1, instances.get(0).registry().history(number).size(), number + " registered once");
        }
        assertEquals(8 * SHEETS / 10, registered.get());
        poolA.closeIdle();
        poolB.closeIdle();
    }
}
