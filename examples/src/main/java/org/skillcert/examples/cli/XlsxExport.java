package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillcert.core.report.DataExport;
import org.skillcert.core.report.ExportResult;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SkillcertException;

/**
 * The data export as an Excel workbook for people: every cell is a text cell formatted as Text
 * ({@code @}), so an 18-digit ID number stays 18 digits (a CSV opened in Excel shows 4.40103E+17 and
 * keeps 15 digits on save) and no cell is ever read as a formula.
 *
 * <p>Rows stream through POI's {@link SXSSFWorkbook}: at most {@value #WINDOW} rows are in memory;
 * the rest wait in compressed temporary files in a private folder (rwx------ on POSIX, the JDK's
 * default for temporary folders) that is deleted afterwards. A sheet holds at most 1,048,575
 * certificates below its header; a larger export is refused: use {@code --format csv}.
 */
final class XlsxExport {
    /** Rows kept in memory while writing. */
    static final int WINDOW = 200;
    /** The most certificates one sheet can hold below its header row. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private XlsxExport() {
    }

    /**
     * Writes the workbook.
     *
     * @param export the export (its number check applies, R-RPT-2)
     * @param certificates the certificates
     * @param out where the .xlsx goes; not closed
     * @return what was exported and what was left out
     * @throws IOException if writing fails
     * @throws SkillcertException if there are more certificates than one sheet holds
     */
    static ExportResult write(DataExport export, Iterator<CertificateRecord> certificates, OutputStream out)
            throws IOException {
        Path temporary = Files.createTempDirectory("skillcert-xlsx");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet("证书");
            for (int c = 0; c < DataExport.HEADER.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
            }
            int[] next = {0};
            row(sheet, next[0]++, DataExport.HEADER, text);
            ExportResult result = export.rows(certificates, fields -> {
                if (next[0] > MAX_ROWS) {
                    throw new CliRefusal(CliRefusal.Reason.TOO_MANY_ROWS, "--format xlsx", 0, "more than " + MAX_ROWS
                            + " certificates do not fit one .xlsx sheet; export a shorter period or use --format csv");
                }
                row(sheet, next[0]++, fields, text);
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return result;
        } finally {
            workbook.close();
            // whatever POI left behind (it keeps its files in a poifiles folder inside) goes too
            try (Stream<Path> left = Files.walk(temporary)) {
                for (Path p : (Iterable<Path>) left.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void row(Sheet sheet, int index, List<String> fields, CellStyle text) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < fields.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(text);
            cell.setCellValue(fields.get(c));
        }
    }
}
