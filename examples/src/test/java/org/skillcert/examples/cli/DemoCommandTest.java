package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo once in a temporary folder and checks what it wrote against its database. */
class DemoCommandTest {
    @TempDir
    static Path dir;
    private static Path ws;
    private static Cli demo;

    @BeforeAll
    static void runTheDemo() {
        ws = dir.resolve("skillcert-demo");
        demo = Cli.run("demo", "--workspace", ws.toString());
    }

    private static long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("skillcert").toAbsolutePath());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long summaryNumber(String regex) {
        Matcher m = Pattern.compile(regex).matcher(demo.out());
        assertTrue(m.find(), regex + " in " + demo.out());
        return Long.parseLong(m.group(1));
    }

    // privacy: the demo's database and export.csv hold full ID numbers
    @Test
    void theWorkspaceTheDemoCreatesIsPrivateOnPosix() throws IOException {
        Assumptions.assumeTrue(ws.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws)));
    }

    @Test
    void theDemoSucceedsAndItsSummaryMatchesTheDatabase() throws SQLException {
        assertEquals(0, demo.exitCode(), demo.err() + demo.out());
        long issued = summaryNumber("certificates issued: +(\\d+)");
        assertEquals(50, issued);
        assertEquals(issued, query("SELECT COUNT(*) FROM skillcert_certificate"));
        // R-STK: every sheet accounted for; the summary's figures are the ledger's
        assertEquals(summaryNumber("received (\\d+)"), query("SELECT SUM(last_sheet - first_sheet + 1)"
                + " FROM skillcert_ledger WHERE kind = 'RECEIVED'"));
        assertEquals(summaryNumber("printed (\\d+)"), query("SELECT COUNT(*) FROM skillcert_certificate WHERE sheet > 0"));
        assertEquals(summaryNumber("destroyed (\\d+)"), query("SELECT SUM(last_sheet - first_sheet + 1)"
                + " FROM skillcert_ledger WHERE kind = 'DESTROYED'"));
        assertEquals(100, summaryNumber("received (\\d+)"));
        assertEquals(30, summaryNumber("printed (\\d+)"));
        assertEquals(69, summaryNumber("in stock (\\d+)"));
        assertTrue(demo.out().contains("(all accounted for)"), demo.out());
        assertTrue(demo.out().contains("verified intact"), demo.out());
        assertEquals(issued, summaryNumber("exported: +(\\d+) rows"));
    }

    @Test
    void everyFileIsWrittenAndEveryPdfParses() throws IOException, SQLException {
        List<Path> certificates;
        try (Stream<Path> files = Files.list(ws.resolve("certificates"))) {
            certificates = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(20, certificates.size());
        assertEquals(20, query("SELECT COUNT(*) FROM skillcert_certificate WHERE sheet = 0"));
        for (Path pdf : certificates) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                // R-CERT-7: the electronic certificate carries its own number
                String number = pdf.getFileName().toString().replace(".pdf", "");
                assertTrue(new PDFTextStripper().getText(doc).contains(number), number);
            }
        }
        try (PDDocument printRun = Loader.loadPDF(ws.resolve("print-run.pdf").toFile())) {
            // 30 certificates on stock plus the reprint of the misprinted one
            assertEquals(31, printRun.getNumberOfPages());
        }
        try (PDDocument form = Loader.loadPDF(ws.resolve("appendix1-demand-form.pdf").toFile())) {
            String text = new PDFTextStripper().getText(form);
            assertTrue(text.contains("广州市穗华技工学校"));
            // R-STK-1: one stock figure (the 69 blank sheets left) and one demand after the total
            assertTrue(text.contains("上年度库存（张）") && text.contains("本年度需求（张）"), text);
            assertTrue(text.replaceAll("\\s+", "").contains("上年度库存（张）69"), text);
            assertFalse(text.contains("R-STK"), "no rule ids on an official form: " + text);
        }
        String stocktake = Files.readString(ws.resolve("stocktake-report.txt"), StandardCharsets.UTF_8);
        assertTrue(stocktake.contains("hash chain verified intact"), stocktake);
        assertTrue(stocktake.contains("(books and goods match)"), stocktake);
        List<String> export = Files.readAllLines(ws.resolve("export.csv"), StandardCharsets.UTF_8);
        assertEquals(51, export.size());
        assertTrue(export.get(0).startsWith("\uFEFF证书编号,"), export.get(0));
        assertEquals(demo.out().strip(), Files.readString(ws.resolve("summary.txt"), StandardCharsets.UTF_8).strip());
        assertTrue(Files.exists(ws.resolve("roster.csv")) && Files.exists(ws.resolve("institution.properties")));
    }

    // R-CERT-7: the demo's electronic certificates are signed with its throw-away key and verify
    @Test
    void theDemosElectronicCertificatesAreSignedAndVerify() throws Exception {
        assertTrue(Files.readString(ws.resolve(DemoKeys.CA_FILE)).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(demo.out().contains("DEMO CA"), demo.out());
        Path pdf;
        try (Stream<Path> files = Files.list(ws.resolve("certificates"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        Cli verified = Cli.run("verify", pdf.toString(), "--trust", ws.resolve(DemoKeys.CA_FILE).toString(), "--registry",
                "--workspace", ws.toString());
        assertEquals(0, verified.exitCode(), verified.out() + verified.err());
        assertTrue(verified.out().contains("(DEMO)"), verified.out());
        String pdfsig = Pdfsig.check(pdf);
        assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        assertEquals(List.of(), org.skillcert.render.pdfa.VeraPdf.failedRules(Files.readAllBytes(pdf)));
    }

    // R-LAY-4: where no 仿宋 is installed the demo says so, once, naming the font that stands in
    @Test
    void theDemoWarnsOncePerFallenBackFontRole() {
        boolean noFangSong = org.skillcert.render.font.FontLibrary.standard().report(
                org.skillcert.render.font.FontRole.FANGSONG).fellBack();
        long warnings = demo.err().lines().filter(l -> l.startsWith("warning: 仿宋 not found: values use ")).count();
        assertEquals(noFangSong ? 1 : 0, warnings, demo.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path elsewhere = dir.resolve("not-created");
        assertEquals(2, Cli.run("demo", "--workspace", elsewhere.toString(), "--today", "2026-02-30").exitCode());
        assertEquals(2, Cli.run("demo", "--workspace", elsewhere.toString(), "--db", "jdbc:mysql://x/y").exitCode());
        assertEquals(2, Cli.run("demo", "--no-such-option").exitCode());
        assertTrue(Cli.run("demo", "--help").out().contains("--workspace"));
    }
}
