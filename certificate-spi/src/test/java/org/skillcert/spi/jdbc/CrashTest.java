package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockCounts;

/**
 * Guarantee 3: a child JVM issuing a batch is killed ({@code destroyForcibly}) at random points,
 * several times; after each restart it resumes, and at the end every invariant holds and a rerun
 * of the same requests returns the same serials and changes nothing. On H2 (file database,
 * {@code WRITE_DELAY=0}) and on PostgreSQL.
 */
class CrashTest {
    private static final int REQUESTS = 60;
    private static final int KILLS = 3;

    @Test
    void killedBatchesOnH2ResumeWithTheSameSerials() throws Exception { // R-NUM-5, Guarantee 3
        Path dir = Files.createDirectories(Path.of("target", "h2"));
        String url = Databases.h2Url(dir.resolve("crash-" + System.nanoTime()));
        killAndResume(url, Databases.freshPrefix());
    }

    @Test
    void killedBatchesOnPostgresResumeWithTheSameSerials() throws Exception { // R-NUM-5, Guarantee 3
        killAndResume(Databases.postgresUrl(), Databases.freshPrefix());
    }

    private void killAndResume(String url, String prefix) throws Exception {
        long seed = new Random().nextLong();
        System.out.println("CrashTest seed " + seed + " on " + url.substring(0, 12));
        Random random = new Random(seed);
        Map<Integer, Integer> serials = new HashMap<>();
        for (int k = 0; k < KILLS; k++) {
            run(url, prefix, serials, 1 + random.nextInt(REQUESTS - 1), random.nextInt(20));
            checkAfterKill(url, prefix, serials);
        }
        run(url, prefix, serials, -1, 0);
        assertEquals(REQUESTS, serials.size());
        for (int i = 1; i <= REQUESTS; i++) {
            // requests run in order, alternating two scopes: request i gets serial ceil(i / 2)
            assertEquals((i + 1) / 2, serials.get(i), "request " + i + " (seed " + seed + ")");
        }
        long entries = checkInvariants(url, prefix);
        run(url, prefix, serials, -1, 0);
        assertEquals(entries, checkInvariants(url, prefix), "a rerun writes nothing new");
    }

    /**
     * Runs the child until it printed {@code killAfter} serials (then waits {@code delayMs} and kills
     * it), or to the end if {@code killAfter < 0}. Every serial printed must agree with earlier runs.
     */
    private static void run(String url, String prefix, Map<Integer, Integer> serials, int killAfter, int delayMs)
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile(Path.of("target"), "crash-child", ".err");
        Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), url, prefix, Integer.toString(REQUESTS))
                .redirectError(errors.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed mid-line; what was read is what counts
            }
            lines.add("EOF");
        });
        reader.start();
        int printed = 0;
        boolean done = false;
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertTrue(line != null, "child hung");
            if (line.equals("EOF")) {
                break;
            }
            if (line.equals("DONE")) {
                done = true;
                continue;
            }
            String[] parts = line.split(" ");
            int request = Integer.parseInt(parts[1]);
            int serial = Integer.parseInt(parts[2]);
            Integer earlier = serials.putIfAbsent(request, serial);
            assertEquals(earlier == null ? serial : earlier, serial, "request " + request + " changed its serial");
            if (++printed == killAfter) {
                Thread.sleep(delayMs);
                child.destroyForcibly();
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join();
        if (killAfter < 0) {
            assertTrue(done, "the last run finishes: " + Files.readString(errors));
            assertEquals(0, child.exitValue());
        }
        Files.deleteIfExists(errors);
    }

    /**
     * Between a kill and the restart: every serial the child reported is durably recorded under its
     * request id (a lost commit would otherwise hide behind the deterministic re-allocation), and
     * the ledger verifies and conserves sheets.
     */
    private static void checkAfterKill(String url, String prefix, Map<Integer, Integer> serials) throws Exception {
        TestPool pool = new TestPool(() -> DriverManager.getConnection(url), 2);
        try {
            JdbcStorage storage = new JdbcStorage(pool, prefix, Clock.systemUTC());
            for (Map.Entry<Integer, Integer> reported : serials.entrySet()) {
                assertEquals(reported.getValue(), storage.sequencer().find("crash-" + reported.getKey())
                        .orElseThrow(() -> new AssertionError("request " + reported.getKey() + " was reported"
                                + " with a serial but is not in the database")).first());
            }
            assertTrue(storage.ledger().verify().isOk(), storage.ledger().verify().toString());
            assertTrue(storage.ledger().counts().conserved());
        } finally {
            pool.closeIdle();
        }
    }

    /** Checks every invariant after the batch finished; returns the number of ledger entries. */
    private static long checkInvariants(String url, String prefix) throws Exception {
        TestPool pool = new TestPool(() -> DriverManager.getConnection(url), 2);
        try {
            JdbcStorage storage = new JdbcStorage(pool, prefix, Clock.systemUTC());
            for (String scope : CrashChild.SCOPES) {
                assertEquals(REQUESTS / 2, storage.sequencer().peek(scope));
            }
            for (int i = 1; i <= REQUESTS; i++) {
                assertEquals((i + 1) / 2, storage.sequencer().find("crash-" + i).orElseThrow().first());
            }
            assertTrue(storage.ledger().verify().isOk(), storage.ledger().verify().toString());
            StockCounts counts = storage.ledger().counts();
            assertTrue(counts.conserved());
            assertEquals(REQUESTS, counts.received());
            assertEquals(REQUESTS, counts.of(SheetState.PRINTED));
            for (int i = 1; i <= REQUESTS; i++) {
                String number = CrashChild.SCOPES[i % 2] + String.format("%06d", (i + 1) / 2);
                SheetStatus sheet = storage.ledger().sheet(i).orElseThrow();
                assertEquals(number, sheet.certificateNumber());
                CertificateRecord record = storage.registry().byNumber(number).orElseThrow();
                assertEquals(CrashChild.record(number, i), record);
            }
            try (Stream<CertificateRecord> all = storage.registry().issuedBetween(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31))) {
                assertEquals(REQUESTS, all.count());
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + prefix + "request")) {
                rs.next();
                assertEquals(REQUESTS, rs.getInt(1), "one request row per request id");
            }
            List<Long> sequences = new ArrayList<>();
            storage.ledger().entries(1, 100_000).forEach(e -> sequences.add(e.sequence()));
            assertEquals(storage.ledger().lastSequence(), sequences.size());
            return sequences.size();
        } finally {
            pool.closeIdle();
        }
    }
}
