package org.skillcert.examples.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.Fuzz;

/**
 * Issue 10: rosters as files people send, mutated: 1,000 CSV files (UTF-8, GBK, UTF-16) and 1,000
 * .xlsx workbooks (broken ZIPs and whole ZIPs with a mutated part); only {@link RosterException}
 * escapes. Seeds are printed on failure; {@code -Dskillcert.seed=N} replays a run.
 */
class RosterFuzzTest {
    private static final String CSV = "2026年第一批\r\n姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片,成绩编号\r\n"
            + "陈志强,居民身份证,440106199001011237,电工,,三级/高级工,2026/3/16,photos/01.jpg,R-1\r\n"
            + "\"Smith, J\",护照,E12345678,汽车维修工,汽车机械维修工,4,20260316,p.png,R-2\r\n\r\n"
            + "黄家欣,,44010619900101123X,电工,--,五级,2026年3月16日,,R-3\r\n";

    @Test
    void mutatedCsvRostersOnlyThrowRosterException() {
        List<byte[]> valid = List.of(CSV.getBytes(StandardCharsets.UTF_8), CSV.getBytes(Charset.forName("GBK")),
                ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + CSV.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE));
        Fuzz.bytes("RosterReader.readCsv", 1_000, valid, b -> RosterReader.readCsv(b, "fuzz.csv"), RosterException.class);
    }

    @Test
    void mutatedXlsxRostersOnlyThrowRosterException() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            String[] lines = CSV.split("\r\n");
            for (int i = 0; i < lines.length; i++) {
                Row row = sheet.createRow(i);
                String[] cells = lines[i].split(",");
                for (int c = 0; c < cells.length; c++) {
                    if (c == 2 && i == 2) {
                        row.createCell(c).setCellValue(440106199001011237.0);
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        Fuzz.zip("RosterReader.readXlsx", 1_000, List.of(workbook),
                b -> RosterReader.readXlsx(new ByteArrayInputStream(b), "fuzz.xlsx"), RosterException.class);
    }
}
