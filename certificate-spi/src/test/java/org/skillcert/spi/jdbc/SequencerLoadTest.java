package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.Sequencer;

/**
 * Guarantee 1 under load (R-NUM-5): four application instances (each its own JdbcStorage and
 * connection pool) with eight threads each allocate 20,000 serials over five scopes on one
 * PostgreSQL (3,000 on one H2 file); one request in five is retried with the same request id,
 * through another instance.
 */
class SequencerLoadTest {
    private static final int POOLS = 4;
    private static final int THREADS_PER_POOL = 8;
    private static final String[] SCOPES = {
        "S000044012001261", "S000044012001262", "S000044012001263", "S000044032001264", "S000044032001265"};

    @Test
    void fourInstancesOfEightThreadsOnPostgresNeverDuplicateOrSkipASerial() throws Exception {
        load(() -> Databases.postgres(THREADS_PER_POOL), 20_000);
    }

    @Test
    void fourInstancesOfEightThreadsOnH2NeverDuplicateOrSkipASerial() throws Exception {
        Path file = Databases.h2File("load");
        load(() -> Databases.h2(file, THREADS_PER_POOL), 3_000);
    }

    private static void load(java.util.function.Supplier<TestPool> newPool, int requests) throws Exception {
        String prefix = Databases.freshPrefix();
        List<TestPool> pools = new ArrayList<>();
        List<Sequencer> instances = new ArrayList<>();
        for (int i = 0; i < POOLS; i++) {
            TestPool pool = newPool.get();
            pools.add(pool);
            instances.add(new JdbcStorage(pool, prefix, Clock.systemUTC()).sequencer());
        }
        AtomicInteger nextRequest = new AtomicInteger();
        Map<String, Integer> serialOf = new ConcurrentHashMap<>();
        Map<String, String> scopeOf = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(POOLS * THREADS_PER_POOL);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < POOLS * THREADS_PER_POOL; t++) {
                Sequencer sequencer = instances.get(t % POOLS);
                long seed = t;
                done.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    for (int n; (n = nextRequest.getAndIncrement()) < requests;) {
                        String rid = "load-" + n;
                        String scope = SCOPES[random.nextInt(SCOPES.length)];
                        int serial = sequencer.next(scope, rid);
                        if (random.nextInt(5) == 0) {
                            // the retry goes through another instance, as after a failover
                            retries.incrementAndGet();
                            assertEquals(serial, instances.get(random.nextInt(POOLS)).next(scope, rid), rid);
                        }
                        assertNull(serialOf.put(rid, serial));
                        scopeOf.put(rid, scope);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(150, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("SequencerLoadTest: %d serials, %d retried requests%n", requests, retries.get());

        Map<String, List<Integer>> byScope = new TreeMap<>();
        serialOf.forEach((rid, serial) -> byScope.computeIfAbsent(scopeOf.get(rid), s -> new ArrayList<>()).add(serial));
        int total = 0;
        for (Map.Entry<String, List<Integer>> e : byScope.entrySet()) {
            List<Integer> serials = e.getValue();
            serials.sort(null);
            for (int i = 0; i < serials.size(); i++) {
                assertEquals(i + 1, serials.get(i), "scope " + e.getKey() + ": no gap, no duplicate");
            }
            assertEquals(serials.size(), instances.get(0).peek(e.getKey()));
            total += serials.size();
        }
        assertEquals(requests, total);

        // the database agrees: one request row per request id, holding the serial its caller saw
        Map<String, Integer> stored = new HashMap<>();
        try (Connection c = pools.get(0).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT request_id, scope, first_serial, last_serial FROM " + prefix
                        + "request")) {
            while (rs.next()) {
                assertEquals(scopeOf.get(rs.getString(1)), rs.getString(2));
                assertEquals(rs.getInt(3), rs.getInt(4));
                stored.put(rs.getString(1), rs.getInt(3));
            }
        }
        assertEquals(serialOf, stored);
        pools.forEach(TestPool::closeIdle);
    }
}
