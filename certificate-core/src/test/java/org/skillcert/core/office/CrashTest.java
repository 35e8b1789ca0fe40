package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.Office;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.Storage;
import org.skillcert.spi.jdbc.Databases;
import org.skillcert.spi.jdbc.JdbcStorage;

/**
 * Guarantee 3 (R-ISS-1, R-NUM-5, R-STK-3): kill the issuing JVM mid-batch, twice, and run the batch
 * again: the same numbers as an uninterrupted run, no duplicates, no gaps, no orphaned sheet.
 */
class CrashTest {
    private static final int ROWS = 120;

    @Test
    void killedMidBatchAndRerun() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "h2"));
        Path file = dir.resolve("crash-" + ProcessHandle.current().pid());
        String prefix = Databases.freshPrefix();

        // 1: the child halts itself inside the printer of the 40th certificate (recorded, sheet not booked)
        Process first = child(file, prefix, 40);
        List<String> out1 = lines(first);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, first.exitValue(), () -> String.join("\n", out1));
        assertEquals(39, out1.stream().filter(l -> l.startsWith("printed")).count());

        // 2: the re-run is killed from outside after 30 more certificates
        Process second = child(file, prefix, 0);
        int seen = 0;
        List<String> out2 = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < 30 && (line = r.readLine()) != null) {
                out2.add(line);
                seen += line.startsWith("printed") ? 1 : 0;
            }
            second.destroyForcibly();
        }
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(30, seen, () -> String.join("\n", out2));

        // 3: the last run finishes the batch
        Process third = child(file, prefix, 0);
        List<String> out3 = lines(third);
        assertTrue(third.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue(), () -> String.join("\n", out3));
        String done = out3.get(out3.size() - 1);
        assertTrue(done.endsWith("refused=0 failed=0"), done);

        Map<String, String> expected = uninterruptedNumbers();
        Clock clock = Clock.fixed(OfficeScenario.START, ZoneOffset.UTC);
        try (Storage storage = new JdbcStorage(Databases.h2(file, 2), prefix, clock)) {
            List<CertificateRecord> records;
            try (Stream<CertificateRecord> s = storage.registry().issuedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))) {
                records = s.toList();
            }
            // the same numbers as an uninterrupted run, one certificate per result
            assertEquals(ROWS, records.size());
            Map<String, String> actual = new HashMap<>();
            for (CertificateRecord c : records) {
                assertEquals(null, actual.put(c.resultId(), c.number()), "one certificate per result");
            }
            assertEquals(expected, actual);
            // no gap: 40 serials per level
            for (int level = 3; level <= 5; level++) {
                assertEquals(40, storage.sequencer().peek("S00004406200126" + level));
            }
            // no orphaned sheet: every printed sheet belongs to its recorded certificate and vice versa
            assertEquals(ROWS, storage.ledger().counts().of(SheetState.PRINTED));
            for (CertificateRecord c : records) {
                SheetStatus sheet = storage.ledger().sheet(c.sheet()).orElseThrow();
                assertEquals(SheetState.PRINTED, sheet.state());
                assertEquals(c.number(), sheet.certificateNumber());
            }
            for (SheetRange r : storage.ledger().sheets(SheetState.PRINTED, null)) {
                for (int s = r.first(); s <= r.last(); s++) {
                    String number = storage.ledger().sheet(s).orElseThrow().certificateNumber();
                    assertEquals(s, storage.registry().byNumber(number).orElseThrow().sheet());
                }
            }
            assertTrue(storage.ledger().verify().isOk());
            assertTrue(storage.ledger().counts().conserved());
        }
    }

    /** The numbers the same roster gets without any crash (memory storage). */
    private static Map<String, String> uninterruptedNumbers() {
        Clock clock = Clock.fixed(OfficeScenario.START, ZoneOffset.UTC);
        Storage storage = MemoryOfficeScenarioTest.memory(clock);
        Office office = Office.builder(Roster.SCHOOL, storage).clock(clock).actor("reference").build();
        BatchResult batch = office.issuing().issueAll(Roster.valid(ROWS), null);
        Map<String, String> numbers = new HashMap<>();
        batch.outcomes().forEach(o -> numbers.put(o.resultId(), o.certificate().number().toString()));
        return numbers;
    }

    private static Process child(Path file, String prefix, int haltAt) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), CrashIssuer.class.getName(),
                file.toString(), prefix, Integer.toString(ROWS), Integer.toString(haltAt)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<String> lines(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
