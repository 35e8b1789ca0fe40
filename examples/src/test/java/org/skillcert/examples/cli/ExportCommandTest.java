package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.report.DataExport;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.Storage;
import org.skillcert.spi.StorageConfig;
import org.skillcert.spi.jdbc.JdbcStorageProvider;

/**
 * {@code export} with what people open it in: Excel. Two certificates are put straight into the
 * registry, one of them with names recorded before names were checked (formula text), as a database
 * from an older release may hold.
 */
class ExportCommandTest {
    @TempDir
    static Path ws;

    private static final String ID = "44010619900101123X";

    @BeforeAll
    static void twoCertificates() throws IOException {
        StoreOptions.createWorkspace(ws);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(DatabaseUrl.embedded(ws.resolve("skillcert"), false).url());
        try (Storage storage = new JdbcStorageProvider().open(StorageConfig.of(h2))) {
            storage.registry().put(CertificateRecord.issued("S000044062001264000001", "张三", "居民身份证", ID, "电工",
                    "--", 4, LocalDate.of(2026, 6, 15), "某某技工学校", 0, "R-1", null), "test");
            storage.registry().put(new CertificateRecord("S000044062001264000002", "-李四", "居民身份证", ID,
                    "+cmd", "@SUM(1+1)", 4, LocalDate.of(2026, 6, 15), "=HYPERLINK(\"http://x\",\"y\")", 0, "R-2",
                    null, CertificateStatus.ISSUED, null), "test");
        }
    }

    private static Cli export(String... more) {
        String[] args = Stream.concat(Stream.of("export", "--from", "2026-01-01", "--to", "2026-12-31",
                "--workspace", ws.toString()), Stream.of(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    // issue 10: Excel shows a CSV's 18-digit ID number as 4.40103E+17 and keeps 15 digits; xlsx cells are text
    @Test
    void xlsxCellsAreTextSoIdNumbersKeepEveryDigit() throws IOException {
        Path file = ws.resolve("people.xlsx");
        Cli run = export("--format", "xlsx", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            for (int c = 0; c < DataExport.HEADER.size(); c++) {
                assertEquals(DataExport.HEADER.get(c), header.getCell(c).getStringCellValue());
            }
            for (int r = 1; r <= 2; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    assertEquals(CellType.STRING, cell.getCellType(), "row " + r + " cell " + cell.getColumnIndex());
                    assertEquals("@", cell.getCellStyle().getDataFormatString(), "text format, so edits stay text");
                }
                assertEquals(ID, sheet.getRow(r).getCell(3).getStringCellValue());
            }
            // a text cell is never a formula, so the recorded text is kept as it is
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", sheet.getRow(2).getCell(8).getStringCellValue());
            assertEquals("--", sheet.getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void csvCellsExcelWouldReadAsFormulasAreNeutralised() throws IOException {
        Path file = ws.resolve("upload.csv");
        Cli run = export("--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'-李四,"), csv);
        assertTrue(csv.contains(",'+cmd,'@SUM(1+1),"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK("), csv);
        assertTrue(csv.contains(",电工,--,"), "R-CERT-4's -- is not touched: " + csv);
    }

    // privacy: the export holds full ID numbers; it used to be created 0644
    @Test
    void theExportFileIsPrivateAndReplacesAnExistingOneWhole() throws IOException {
        Assumptions.assumeTrue(ws.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path file = ws.resolve("existing.csv");
        Files.writeString(file, "old content");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        for (String format : List.of("csv", "xlsx", "jsonl")) {
            Cli run = export("--format", format, "--out", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), format);
        }
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("old content"));
        try (Stream<Path> files = Files.list(ws)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }

    @Test
    void anOutThatIsAFolderOrInAMissingFolderIsOneLine() {
        Cli folder = export("--out", ws.toString());
        assertEquals(2, folder.exitCode(), folder.err());
        assertEquals(1, folder.err().strip().lines().count(), folder.err());
        assertTrue(folder.err().contains("--out names a folder"), folder.err());
        Cli missing = export("--out", ws.resolve("no").resolve("x.csv").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("the folder does not exist"), missing.err());
        Cli format = export("--format", "xls");
        assertEquals(2, format.exitCode(), format.err());
    }
}
