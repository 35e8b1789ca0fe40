package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.Storage;
import org.skillcert.spi.jdbc.JdbcStorage;

/**
 * Guarantee 3 as the CLI user meets it (R-ISS-1, R-NUM-5, R-STK-3, R-CERT-7): the real
 * {@code skillcert issue} runs in a child JVM and is killed with {@code destroyForcibly} at random
 * moments, twice, then run to completion, for many seeds, electronic and on stock. Afterwards every
 * ISSUED certificate has its PDF, every PRINTED sheet is on a page of a print-run file that exists,
 * every certificate on stock has exactly one PRINTED sheet from the named range, the serials have
 * no gap and the ledger verifies. Seeds: {@code -Dcrash.seeds=N} (default 2 per mode, to keep the suite short; CI-sized runs use 20); the failing
 * seed is in the assertion message.
 */
class IssueCrashTest {
    private static final int SEEDS = Integer.getInteger("crash.seeds", 2);
    private static final String RANGE = "10011-10070";
    private static final List<DemoCandidate> PEOPLE = DemoRoster.candidates();

    @TempDir
    Path dir;

    @Test
    void electronicRunsKilledAtRandomConverge() throws Exception {
        int midRun = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            midRun += crashAndConverge(seed, false);
        }
        assertTrue(midRun > 0, "no kill landed while a run was working");
    }

    @Test
    void stockRunsKilledAtRandomConverge() throws Exception {
        int midRun = 0;
        for (int seed = 101; seed < 101 + SEEDS; seed++) {
            midRun += crashAndConverge(seed, true);
        }
        assertTrue(midRun > 0, "no kill landed while a run was working");
    }

    /** Two killed runs and a final one; returns how many kills hit a live process. */
    private int crashAndConverge(long seed, boolean stock) throws Exception {
        Random random = new Random(seed);
        Path ws = Files.createDirectories(dir.resolve("seed-" + seed));
        Path roster = ws.resolve("roster.csv");
        DemoRoster.writeCsv(roster, PEOPLE);
        DemoRoster.writePhotos(ws, PEOPLE);
        Path institution = ws.resolve("school.properties");
        InstitutionFile.writeDemoSchool(institution);
        if (stock) {
            assertEquals(0, Cli.run(Cli.in(ws, "stock", "receive", "--sheets", "10001-10100", "--reference", "PO")).exitCode());
            assertEquals(0, Cli.run(Cli.in(ws, "stock", "handout", "--sheets", "10001-10080", "--to", "打印室")).exitCode());
        }
        List<String> args = new ArrayList<>(List.of("issue", "--roster", roster.toString(), "--institution",
                institution.toString(), "--out", ws.resolve("out").toString(), "--workspace", ws.toString()));
        if (stock) {
            args.addAll(List.of("--stock", "--sheets", RANGE, "--custodian", "打印室", "--run-pages", "7"));
        }
        int midRun = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            Process p = child(args, ws);
            long delay = 300 + random.nextInt(4_000);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                midRun++;
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "seed " + seed);
        }
        Process last = child(args, ws);
        assertTrue(last.waitFor(180, TimeUnit.SECONDS), "seed " + seed);
        String out = Files.readString(ws.resolve("child.log"), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), "seed " + seed + ": " + out);
        check(seed, ws, stock);
        return midRun;
    }

    private static Process child(List<String> args, Path ws) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                SkillcertCommand.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ws.resolve("child.log").toFile()).start();
    }

    private static void check(long seed, Path ws, boolean stock) throws Exception {
        String where = "seed " + seed + (stock ? " (stock)" : " (electronic)") + ": ";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + ws.resolve("skillcert").toAbsolutePath());
        Path out = ws.resolve("out");
        try (Connection keep = h2.getConnection(); Storage storage = new JdbcStorage(h2)) {
            List<CertificateRecord> records;
            try (var s = storage.registry().issuedBetween(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2099, 12, 31))) {
                records = s.toList();
            }
            assertEquals(PEOPLE.size(), records.size(), where + "one certificate per row");
            assertEquals(List.of(), storage.registry().awaitingDocument(10), where + "documents still awaited");
            assertEquals(List.of(), storage.registry().openPrintRuns(), where + "open print runs");
            // serials without gap, per scope: the highest serial is the number of requests
            try (PreparedStatement p = keep.prepareStatement(
                    "SELECT scope, COUNT(*), MAX(last_serial), MIN(first_serial) FROM skillcert_request GROUP BY scope");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    assertEquals(rs.getLong(2), rs.getLong(3), where + "gap in " + rs.getString(1));
                    assertEquals(1, rs.getLong(4), where + rs.getString(1));
                }
            }
            assertTrue(storage.ledger().verify().isOk(), where + "ledger verification");
            assertTrue(storage.ledger().counts().conserved(), where);
            if (!stock) {
                for (CertificateRecord c : records) {
                    Path pdf = out.resolve(c.number() + ".pdf");
                    assertTrue(Files.isRegularFile(pdf), where + "no PDF for " + c.number());
                    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                        assertEquals(1, doc.getNumberOfPages(), where + pdf);
                    }
                }
                return;
            }
            // every PRINTED sheet carries a certificate whose page is in a print-run file that exists
            Map<String, Integer> printedSheets = new HashMap<>();
            long sequence = 1;
            for (List<LedgerEntry> page = storage.ledger().entries(sequence, 1000); !page.isEmpty();
                    page = storage.ledger().entries(sequence, 1000)) {
                for (LedgerEntry e : page) {
                    if (e.move().kind() == EntryKind.PRINTED) {
                        Integer before = printedSheets.put(e.move().certificateNumber(), e.move().range().first());
                        assertEquals(null, before, where + e.move().certificateNumber() + " printed twice");
                    }
                }
                sequence = page.get(page.size() - 1).sequence() + 1;
            }
            assertEquals(PEOPLE.size(), printedSheets.size(), where + "PRINTED sheets");
            Map<String, String> pageText = new HashMap<>();
            try (PreparedStatement p = keep.prepareStatement("SELECT p.run_id, p.cert_number, p.sheet FROM skillcert_print_page p");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String run = rs.getString(1);
                    Path file = out.resolve("print-run-" + run + ".pdf");
                    assertTrue(Files.isRegularFile(file), where + "print run file " + file);
                    String text = pageText.computeIfAbsent(run, r -> text(file));
                    if (printedSheets.get(rs.getString(2)) == rs.getInt(3)) {
                        assertTrue(text.contains(rs.getString(2)), where + rs.getString(2) + " not on " + file);
                        pageText.put("found " + rs.getString(2), "yes");
                    }
                }
            }
            for (CertificateRecord c : records) {
                int sheet = printedSheets.get(c.number());
                assertTrue(sheet >= 10011 && sheet <= 10070, where + c.number() + " on " + sheet + ", outside " + RANGE);
                SheetStatus status = storage.ledger().sheet(sheet).orElseThrow();
                assertEquals(SheetState.PRINTED, status.state(), where);
                assertEquals(c.number(), status.certificateNumber(), where);
                assertEquals("yes", pageText.get("found " + c.number()), where + c.number() + " on no print-run page");
            }
        }
    }

    private static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError("print run " + pdf + " does not parse", e);
        }
    }
}
