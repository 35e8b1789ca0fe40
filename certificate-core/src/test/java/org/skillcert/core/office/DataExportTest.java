package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.NumberViolation;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.report.DataExport;
import org.skillcert.core.report.ExportResult;
import org.skillcert.spi.CertificateRecord;

class DataExportTest {
    private static CertificateRecord record(String number, String name) {
        return CertificateRecord.issued(number, name, "居民身份证", "11010519491231002X", "电工", "--", 4,
                LocalDate.of(2026, 6, 15), "某某学校", 0, "R-1", null);
    }

    // R-RPT-2, R-NUM-6: a number outside the Guangdong profile is reported, not exported
    @Test
    void failingNumberIsReportedNotExported() {
        StringWriter out = new StringWriter();
        ExportResult result = DataExport.guangdong().csv(List.of(
                record("S000044062001264000001", "张三"),
                record("Y000123440100264000001", "李四")).iterator(), out);
        assertEquals(1, result.exported());
        assertEquals(1, result.rejected().size());
        assertEquals("Y000123440100264000001", result.rejected().get(0).number());
        assertEquals(1, result.rejected().get(0).position());
        assertEquals(NumberViolation.CATEGORY, result.rejected().get(0).reason());
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFF证书编号,姓名,"));
        assertEquals(2, csv.split("\r\n").length);
        assertEquals(-1, csv.indexOf("李四"));
        // under the national profile the same number passes
        assertEquals(1, DataExport.checkedAgainst(NumberingProfile.NATIONAL)
                .csv(List.of(record("Y000123440100264000001", "李四")).iterator(), new StringWriter()).exported());
    }

    // R-RPT-1: CSV quoting and JSON escaping keep odd names intact
    @Test
    void quotingAndEscaping() {
        StringWriter csv = new StringWriter();
        DataExport.guangdong().csv(List.of(record("S000044062001264000001", "Smith, \"J\"")).iterator(), csv);
        assertTrue(csv.toString().contains(",\"Smith, \"\"J\"\"\",居民身份证,"));
        StringWriter jsonl = new StringWriter();
        ExportResult r = DataExport.guangdong().jsonLines(List.of(record("S000044062001264000001", "Smith, \"J\\\"")).iterator(), jsonl);
        assertEquals(1, r.exported());
        assertEquals("{\"number\":\"S000044062001264000001\",\"name\":\"Smith, \\\"J\\\\\\\"\",\"idType\":\"居民身份证\","
                + "\"idNumber\":\"11010519491231002X\",\"occupation\":\"电工\",\"job\":\"--\",\"level\":\"四级/中级工\","
                + "\"issueDate\":\"2026-06-15\",\"institution\":\"某某学校\",\"status\":\"ISSUED\",\"supersedes\":\"\"}\n",
                jsonl.toString());
    }

    // issue 10, OWASP CSV injection: a cell Excel reads as a formula gets a leading apostrophe; -- (R-CERT-4) stays
    @Test
    void formulaCellsAreNeutralisedButNoJobStaysDashDash() {
        CertificateRecord hostile = new CertificateRecord("S000044062001264000001", "-李四", "居民身份证",
                "11010519491231002X", "+cmd", "@SUM(1+1)", 4, LocalDate.of(2026, 6, 15),
                "=HYPERLINK(\"http://x\",\"y\")", 0, "R-1", null, org.skillcert.spi.CertificateStatus.ISSUED, null);
        StringWriter out = new StringWriter();
        DataExport.guangdong().csv(List.of(hostile, record("S000044062001264000002", "张三")).iterator(), out);
        String[] lines = out.toString().split("\r\n");
        assertEquals("S000044062001264000001,'-李四,居民身份证,11010519491231002X,'+cmd,'@SUM(1+1),四级/中级工,"
                + "2026-06-15,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",ISSUED,", lines[1]);
        assertTrue(lines[2].contains(",电工,--,四级/中级工,"), lines[2]);
        for (String cell : new String[] {"=1", "+1", "-1+2", "@A1", "\t=1", "\r=1", "-", "-A"}) {
            assertEquals("'" + cell, DataExport.spreadsheetSafe(cell), cell);
        }
        for (String cell : new String[] {"--", "", "张三", "1-2", " =1", "电工（-）"}) {
            assertEquals(cell, DataExport.spreadsheetSafe(cell), cell);
        }
        // JSON Lines is for machines: the text stays as recorded
        StringWriter jsonl = new StringWriter();
        DataExport.guangdong().jsonLines(List.of(hostile).iterator(), jsonl);
        assertTrue(jsonl.toString().contains("\"occupation\":\"+cmd\""), jsonl.toString());
    }
}
