package org.skillcert.examples.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.testing.Property;

class RosterReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n";
    private static final String ROW_1 = "陈志强,居民身份证,440106199001011237,电工,,三级/高级工,2026-03-16,photos/01.jpg\r\n";
    private static final String ROW_2 = "欧阳晓峰,港澳居民来往内地通行证,H60281534,汽车维修工,汽车机械维修工,五级,2026/6/22,photos/02.png\r\n";

    @Test
    void readsUtf8WithAndWithoutBomAndGbkToTheSameRows() {
        String csv = HEADER + ROW_1 + ROW_2;
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] gbk = csv.getBytes(GBK);

        Roster fromUtf8 = RosterReader.readCsv(utf8, "a.csv");
        Roster fromBom = RosterReader.readCsv(bom, "b.csv");
        Roster fromGbk = RosterReader.readCsv(gbk, "c.csv");

        assertEquals("CSV (UTF-8)", fromUtf8.format());
        assertEquals("CSV (UTF-8 with BOM)", fromBom.format());
        assertEquals("CSV (GBK)", fromGbk.format());
        assertEquals(fromUtf8.rows(), fromBom.rows());
        assertEquals(fromUtf8.rows(), fromGbk.rows());
        RosterRow first = fromGbk.rows().get(0);
        assertEquals(2, first.row());
        assertEquals("陈志强", first.name());
        assertEquals("440106199001011237", first.idNumber());
        assertEquals(RosterRow.NO_JOB, first.job(), "blank job reads -- (R-CERT-4)");
        assertEquals("三级/高级工", first.level());
        assertEquals("photos/01.jpg", first.photo());
        RosterRow second = fromGbk.rows().get(1);
        assertEquals("欧阳晓峰", second.name());
        assertEquals("汽车机械维修工", second.job());
        assertEquals("2026-06-22", second.queryableDate());
        assertEquals("photos/02.png", second.photo());
        assertTrue(fromGbk.problems().isEmpty());
    }

    @Test
    void readsUtf16TabSeparatedTextAsExcelSavesUnicodeText() {
        String tsv = (HEADER + ROW_1).replace(',', '\t');
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, tsv.getBytes(StandardCharsets.UTF_16LE));
        Roster roster = RosterReader.readCsv(bytes, "unicode.txt");
        assertEquals("tab-separated text (UTF-16LE with BOM)", roster.format());
        assertEquals("陈志强", roster.rows().get(0).name());
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedAtTheFirstBadByte() {
        byte[] good = (HEADER + "陈").getBytes(GBK);
        // 0x80 is not a GBK lead byte, and the GBK bytes before it are not UTF-8
        byte[] bad = concat(good, new byte[] {(byte) 0x80, 'x'});
        RosterException e = assertThrows(RosterException.class, () -> RosterReader.readCsv(bad, "bad.csv"));
        assertEquals(RosterException.Reason.ENCODING, e.reason());
        assertEquals(good.length + 1, e.position());
        assertEquals("bad.csv", e.input());
    }

    // issue 10: a roster pasted from a UTF-8 and a GBK file pointed at "byte 49" of a valid header
    @Test
    void aRosterMixingUtf8AndGbkIsRefusedWhereTheUtf8Ends() {
        byte[] utf8 = (HEADER + ROW_1).getBytes(StandardCharsets.UTF_8);
        byte[] mixed = concat(utf8, ROW_1.getBytes(GBK));
        RosterException e = assertThrows(RosterException.class, () -> RosterReader.readCsv(mixed, "mixed.csv"));
        assertEquals(RosterException.Reason.ENCODING, e.reason());
        int firstGbkByte = utf8.length + ROW_1.indexOf('陈') + 1;
        assertEquals(firstGbkByte, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("mixes two encodings"), e.getMessage());
    }

    // issue 10: a UTF-32 roster said "No header row found"
    @Test
    void utf32RostersAreNamedAsSuch() {
        byte[] utf32 = (HEADER + ROW_1).getBytes(Charset.forName("UTF-32LE"));
        for (byte[] bytes : List.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, utf32),
                concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, (HEADER + ROW_1).getBytes(Charset.forName("UTF-32BE"))),
                utf32, (HEADER + ROW_1).getBytes(StandardCharsets.UTF_16LE))) {
            RosterException e = assertThrows(RosterException.class, () -> RosterReader.readCsv(bytes, "u.csv"));
            assertEquals(RosterException.Reason.ENCODING, e.reason());
            assertTrue(e.getMessage().contains("UTF-32"), e.getMessage());
        }
    }

    // issue 10: POI's texts for a DOCTYPE or a zip bomb ran over lines and asked to "open an issue on bugzilla"
    @Test
    void hostileWorkbooksAreRefusedInOnePlainLine() throws IOException {
        byte[] workbook = xlsx();
        byte[] doctype = rewritePart(workbook, "[Content_Types].xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE t [<!ENTITY x \"y\">]>"));
        RosterException d = assertThrows(RosterException.class,
                () -> RosterReader.readXlsx(new ByteArrayInputStream(doctype), "d.xlsx"));
        assertEquals(RosterException.Reason.UNREADABLE, d.reason());
        assertTrue(d.getMessage().contains("DOCTYPE"), d.getMessage());
        assertFalse(d.getMessage().contains("\n"), d.getMessage());
        byte[] bomb = rewritePart(workbook, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", "<!--" + "A".repeat(30_000_000) + "--></worksheet>"));
        RosterException b = assertThrows(RosterException.class,
                () -> RosterReader.readXlsx(new ByteArrayInputStream(bomb), "b.xlsx"));
        assertTrue(b.getMessage().contains("zip bomb"), b.getMessage());
        assertFalse(b.getMessage().contains("bugzilla") || b.getMessage().contains("\n"), b.getMessage());
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[] cells = HEADER.strip().split(",");
            Row row = sheet.createRow(0);
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] rewritePart(byte[] zip, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // issue 10, Guarantee 6: memory stays bounded whatever file is given; the limit is named
    @Test
    void aRosterOverTheRowLimitIsRefusedWithTheLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("x\r\n".repeat(RosterReader.MAX_ROWS));
        RosterException e = assertThrows(RosterException.class,
                () -> RosterReader.readCsv(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv"));
        assertEquals(RosterException.Reason.TOO_LARGE, e.reason());
        assertEquals(RosterReader.MAX_ROWS + 1, e.position());
        assertTrue(e.getMessage().contains("at most " + RosterReader.MAX_ROWS + " rows"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheHeaderRow() {
        String csv = "2026年第一批鉴定名单\r\n姓名,证件类型,职业名称,职业技能等级,成绩可查询日期\r\n陈志强,居民身份证,电工,三级,2026-03-16\r\n";
        RosterException e = assertThrows(RosterException.class,
                () -> RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv"));
        assertEquals(RosterException.Reason.MISSING_COLUMN, e.reason());
        assertEquals(RosterColumn.ID_NUMBER, e.column());
        assertEquals(2, e.position());
    }

    @Test
    void twoColumnsWithTheSameMeaningAreRefused() {
        String csv = "姓名,name,证件号码,职业名称,职业技能等级,成绩可查询日期,照片\r\n";
        RosterException e = assertThrows(RosterException.class,
                () -> RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv"));
        assertEquals(RosterException.Reason.DUPLICATE_COLUMN, e.reason());
        assertEquals(RosterColumn.NAME, e.column());
        assertEquals(1, e.position());
    }

    @Test
    void aFileWithoutAnyHeaderIsRefused() {
        String csv = "陈志强,440106199001011237,电工\r\n";
        RosterException e = assertThrows(RosterException.class,
                () -> RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv"));
        assertEquals(RosterException.Reason.NO_HEADER, e.reason());
    }

    @Test
    void englishHeadersInAnyOrderAndSpellingAreMapped() {
        String csv = "Level,＊Name, ID  Number ,Occupation,Job／Direction,Queryable Date,Result ID,Remarks,Photo\r\n"
                + "4,Chan Tai Man,H60281534,车工,,20260316,X-1,late,chan.jpg\r\n";
        Roster roster = RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "en.csv");
        RosterRow row = roster.rows().get(0);
        assertEquals("Chan Tai Man", row.name());
        assertEquals("4", row.level());
        assertEquals(RosterRow.DEFAULT_ID_TYPE, row.idType(), "no ID type column: resident ID");
        assertEquals("2026-03-16", row.queryableDate());
        assertEquals("X-1", row.resultId());
        assertFalse(row.resultIdDerived());
        assertEquals("ID  Number (C)", roster.columnLabel(RosterColumn.ID_NUMBER));
        // a column the roster lacks is named by its standard label
        assertEquals("成绩编号/result id", RosterReader.readCsv((HEADER + ROW_1).getBytes(StandardCharsets.UTF_8), "h")
                .columnLabel(RosterColumn.RESULT_ID));
    }

    @Test
    void everyBadRowIsReportedWithItsExcelRowAndColumnAndTheGoodRowsAreKept() {
        String csv = HEADER
                + ROW_1
                + "\r\n"                                                            // row 3: blank, skipped
                + "黄嘉欣,居民身份证,,电工,,四级,2026-03-16,p.jpg\r\n"                      // row 4: no ID number
                + "李俊杰,居民身份证,4.40106E+17,电工,,四级,2026-03-16,p.jpg\r\n"           // row 5: Excel mangled it
                + ",居民身份证,440106199001011237,,,五级,2026-03-16,p.jpg\r\n"              // row 6: no name, no occupation
                + ROW_2;                                                           // row 7
        Roster roster = RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv");
        assertEquals(List.of(2, 7), roster.rows().stream().map(RosterRow::row).toList());
        assertEquals(List.of(
                new RosterProblem(4, "证件号码 (C)", "is blank"),
                new RosterProblem(6, "姓名 (A)", "is blank"),
                new RosterProblem(6, "职业名称 (D)", "is blank")),
                roster.problems().stream().filter(p -> p.reason().equals("is blank")).toList());
        RosterProblem mangled = roster.problems().get(1);
        assertEquals(5, mangled.row());
        assertEquals("证件号码 (C)", mangled.column());
        // no ID digits in a problem: problems are printed
        assertFalse(mangled.toString().contains("4.40106"), mangled.toString());
        assertTrue(mangled.reason().contains("15 digits"), mangled.reason());
    }

    @Test
    void readsXlsxWithTitleRowDateCellsAndNumericIdNumbers() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue("穗华技工学校 2026 年第一批");
            Row header = sheet.createRow(2);
            String[] names = {"姓名", "证件类型", "证件号码", "职业名称", "工种", "职业技能等级", "成绩可查询日期", "照片"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row good = sheet.createRow(3);
            good.createCell(0).setCellValue("上官婉清");
            good.createCell(1).setCellValue("居民身份证");
            good.createCell(2).setCellValue("44010619900101123X");
            good.createCell(3).setCellValue("美容师");
            good.createCell(5).setCellValue(5);
            good.createCell(6).setCellValue(LocalDate.of(2026, 9, 24));
            good.getCell(6).setCellStyle(date);
            good.createCell(7).setCellValue("photos/09.jpg");
            Row numeric = sheet.createRow(5);
            numeric.createCell(0).setCellValue("陈志强");
            numeric.createCell(2).setCellValue(440106199001011237d);
            numeric.createCell(3).setCellValue("电工");
            numeric.createCell(5).setCellValue("三级");
            numeric.createCell(6).setCellValue("2026-03-16");
            numeric.createCell(7).setCellValue("photos/10.jpg");
            book.write(out);
            xlsx = out.toByteArray();
        }
        Roster roster = RosterReader.readXlsx(new ByteArrayInputStream(xlsx), "r.xlsx");
        assertEquals("Excel .xlsx", roster.format());
        assertEquals(3, roster.headerRow());
        RosterRow row = roster.rows().get(0);
        assertEquals(4, row.row());
        assertEquals("44010619900101123X", row.idNumber());
        assertEquals("5", row.level());
        assertEquals("2026-09-24", row.queryableDate());
        assertEquals("--", row.job());
        assertEquals(1, roster.rows().size());
        assertEquals(1, roster.problems().size());
        assertEquals(6, roster.problems().get(0).row());
        assertEquals("证件号码 (C)", roster.problems().get(0).column());
        // no ID digits in a problem: problems are printed
        assertFalse(roster.problems().get(0).toString().contains("440106199"), roster.problems().get(0).toString());
    }

    @Test
    void readsFilesByExtensionAndRefusesOthers(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("名单.csv");
        Files.write(csv, (HEADER + ROW_1).getBytes(GBK));
        assertEquals(1, RosterReader.read(csv).rows().size());

        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertEquals(RosterException.Reason.UNSUPPORTED_FORMAT,
                assertThrows(RosterException.class, () -> RosterReader.read(xls)).reason());

        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, "not a zip".getBytes(StandardCharsets.US_ASCII));
        assertEquals(RosterException.Reason.UNREADABLE,
                assertThrows(RosterException.class, () -> RosterReader.read(broken)).reason());

        Path missing = dir.resolve("missing.csv");
        assertEquals(RosterException.Reason.UNREADABLE,
                assertThrows(RosterException.class, () -> RosterReader.read(missing)).reason());
    }

    @Test
    void derivedResultIdsIgnoreNameDateAndRowOrderButNotTheLevel() {
        String csv = HEADER + ROW_1 + ROW_2;
        String reordered = HEADER + ROW_2 + ROW_1.replace("陈志强", "陈智强").replace("2026-03-16", "2026-03-17")
                .replace("三级/高级工", "3");
        List<RosterRow> a = RosterReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), "a").rows();
        List<RosterRow> b = RosterReader.readCsv(reordered.getBytes(StandardCharsets.UTF_8), "b").rows();
        assertTrue(a.get(0).resultIdDerived());
        assertEquals(a.get(0).resultId(), b.get(1).resultId());
        assertEquals(a.get(1).resultId(), b.get(0).resultId());
        assertEquals(21, a.get(0).resultId().length());
        String otherLevel = HEADER + ROW_1.replace("三级/高级工", "四级/中级工");
        assertNotEquals(a.get(0).resultId(),
                RosterReader.readCsv(otherLevel.getBytes(StandardCharsets.UTF_8), "c").rows().get(0).resultId());
    }

    @Test
    void datesPeopleTypeBecomeIsoAndOthersStayAsWritten() {
        assertEquals("2026-03-16", RosterReader.isoDate("2026/3/16"));
        assertEquals("2026-03-16", RosterReader.isoDate("2026.03.16"));
        assertEquals("2026-03-16", RosterReader.isoDate("2026年3月16日"));
        assertEquals("2026-03-16", RosterReader.isoDate("20260316"));
        assertEquals("2026-02-30", RosterReader.isoDate("2026-02-30"));
        assertEquals("next week", RosterReader.isoDate("next week"));
    }

    @Test
    void columnLettersFollowExcel() {
        assertEquals("A", RosterReader.letter(0));
        assertEquals("Z", RosterReader.letter(25));
        assertEquals("AA", RosterReader.letter(26));
        assertEquals("AZ", RosterReader.letter(51));
        assertEquals("BA", RosterReader.letter(52));
    }

    // issue 9: a large term is read row by row; the rows, problems and format are those of reading it whole
    @Test
    void aRosterOpenedRowByRowGivesWhatReadingItWholeGives(@TempDir Path dir) throws IOException {
        String csv = HEADER + ROW_1 + "\r\n" + "黄嘉欣,居民身份证,,电工,,四级,2026-03-16,p.jpg\r\n" + ROW_2;
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[][] encodings = {utf8, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), csv.getBytes(GBK),
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, csv.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE))};
        for (int k = 0; k < encodings.length; k++) {
            Path file = Files.write(dir.resolve("term" + k + ".csv"), encodings[k]);
            Roster whole = RosterReader.readCsv(encodings[k], file.toString());
            try (RosterRows rows = RosterReader.open(file)) {
                assertEquals(whole.format(), rows.format());
                assertEquals(whole.headerRow(), rows.headerRow());
                assertEquals(whole.columns(), rows.columns());
                assertEquals(3, rows.count(), "two good rows and one bad row; the blank row does not count");
                // problems are found as the rows are read
                assertEquals(List.of(), rows.problems());
                List<RosterRow> read = new ArrayList<>();
                rows.forEach(read::add);
                assertEquals(whole.rows(), read);
                assertEquals(whole.problems(), rows.problems());
                assertThrows(IllegalStateException.class, rows::iterator);
            }
        }
    }

    @Test
    void aRosterOpenedRowByRowIsRefusedAsReadingItWholeIs(@TempDir Path dir) throws IOException {
        byte[] good = (HEADER + "陈").getBytes(GBK);
        Path bad = Files.write(dir.resolve("bad.csv"), concat(good, new byte[] {(byte) 0x80, 'x'}));
        RosterException e = assertThrows(RosterException.class, () -> RosterReader.open(bad));
        assertEquals(RosterException.Reason.ENCODING, e.reason());
        assertEquals(good.length + 1, e.position());
        Path headless = Files.write(dir.resolve("headless.csv"), "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(RosterException.Reason.NO_HEADER,
                assertThrows(RosterException.class, () -> RosterReader.open(headless)).reason());
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append(ROW_1.repeat(RosterReader.MAX_ROWS));
        Path big = Files.write(dir.resolve("big.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        try (RosterRows rows = RosterReader.open(big)) {
            // the limit is met part-way through the file, where it is
            RosterException tooLong = assertThrows(RosterException.class, () -> rows.forEach(r -> { }));
            assertEquals(RosterException.Reason.TOO_LARGE, tooLong.reason());
            assertEquals(RosterReader.MAX_ROWS + 1, tooLong.position());
        }
    }

    @Test
    void anyRosterWrittenInAnySupportedEncodingReadsBackCellForCell() {
        Property.forAll("CSV in UTF-8, UTF-8+BOM or GBK reads back the same rows", 2_000,
                RosterReaderTest::randomRoster, roster -> {
                    Roster read = RosterReader.readCsv(roster.bytes, "p.csv");
                    assertEquals(roster.rows.size(), read.rows().size());
                    for (int i = 0; i < roster.rows.size(); i++) {
                        String[] expected = roster.rows.get(i);
                        RosterRow actual = read.rows().get(i);
                        assertEquals(i + 2, actual.row());
                        assertEquals(expected[0].strip(), actual.name());
                        assertEquals(expected[1], actual.idNumber());
                        assertEquals(expected[2].strip(), actual.occupation());
                        assertEquals(expected[3].isBlank() ? "--" : expected[3].strip(), actual.job());
                    }
                });
    }

    private record GeneratedRoster(List<String[]> rows, byte[] bytes) {
        @Override
        public String toString() {
            return rows.size() + " rows";
        }
    }

    private static GeneratedRoster randomRoster(Random random) {
        String chars = "陈黄李梁欧阳司徒上官晓峰嘉欣婉清电工车中式烹调师美容汽维修 ,\"'-（）·";
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("姓名,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n");
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String[] row = {text(random, chars, 1), "4401" + (100000 + random.nextInt(900000)), text(random, chars, 1),
                text(random, chars, 0)};
            rows.add(row);
            for (String cell : row) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append("\",");
            }
            csv.append("五级,2026-03-16,p.jpg\r\n");
        }
        byte[] bytes;
        switch (random.nextInt(3)) {
            case 0:
                bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
                break;
            case 1:
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        csv.toString().getBytes(StandardCharsets.UTF_8));
                break;
            default:
                bytes = csv.toString().getBytes(GBK);
        }
        return new GeneratedRoster(Collections.unmodifiableList(rows), bytes);
    }

    private static String text(Random random, String chars, int minLength) {
        StringBuilder out = new StringBuilder();
        int length = minLength + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        // a required cell must have something besides spaces
        return minLength > 0 && out.toString().isBlank() ? out.append('甲').toString() : out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
