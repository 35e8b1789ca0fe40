package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;

class IssueCommandTest {
    private static final String HEADER = "姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n";
    private static final List<DemoCandidate> PEOPLE = DemoRoster.candidates();

    @TempDir
    Path dir;
    private Path institution;

    @BeforeEach
    void school() throws IOException {
        institution = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(institution);
        DemoRoster.writePhotos(dir, PEOPLE.subList(0, 4));
    }

    private static String line(DemoCandidate c) {
        return String.join(",", c.name(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                org.skillcert.core.number.SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo())
                + "\r\n";
    }

    private Cli issue(Path roster, String... more) {
        String[] base = {"issue", "--roster", roster.toString(), "--institution", institution.toString(),
            "--out", dir.resolve("out").toString(), "--workspace", dir.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    private long pdfs() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
    }

    @Test
    void aGbkRosterWithBadRowsIssuesTheGoodOnesAndNamesEachProblem() throws IOException {
        String badId = PEOPLE.get(1).idNumber().substring(0, 17) + (PEOPLE.get(1).idNumber().endsWith("0") ? "1" : "0");
        Path roster = dir.resolve("名单.csv");
        Files.write(roster, (HEADER
                + line(PEOPLE.get(0))                                                     // row 2: good
                + line(PEOPLE.get(1)).replace(PEOPLE.get(1).idNumber(), badId)            // row 3: bad check character
                + line(PEOPLE.get(2)).replace("五级/初级工", "六级")                         // row 4: unknown level text
                + line(PEOPLE.get(3))).getBytes(Charset.forName("GBK")));                  // row 5: good
        Cli cli = issue(roster, "--json");
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("{\"issued\": 2, \"alreadyIssued\": 0, \"refused\": 2, \"notRecorded\": 0,"),
                cli.out());
        // R-ID-5: row and column as Excel shows them
        assertTrue(cli.out().contains("{\"row\": 3, \"column\": \"证件号码 (C)\", \"reason\": "), cli.out());
        assertTrue(cli.out().contains("[R-ID-1]\"") || cli.out().contains("[R-ID-5]\""), cli.out());
        // R-LVL: the level text names no level
        assertTrue(cli.out().contains("{\"row\": 4, \"column\": \"职业技能等级 (F)\", \"reason\": "), cli.out());
        assertEquals(2, pdfs());

        // re-running the same roster issues nothing twice
        Cli again = issue(roster, "--json");
        assertTrue(again.out().startsWith("{\"issued\": 0, \"alreadyIssued\": 2, \"refused\": 2,"), again.out());
        assertEquals(2, pdfs());
    }

    // issue 10 / R-ISS-1: a certificate issued after its 15-working-day deadline is issued, with a warning
    @Test
    void aCertificateIssuedAfterItsDueDateIsNamedInAWarning() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.LocalDate longAgo = java.time.LocalDate.of(2026, 3, 2);
        Path roster = dir.resolve("late.csv");
        Files.writeString(roster, HEADER
                + line(PEOPLE.get(0)).replace(PEOPLE.get(0).queryable().toString(), longAgo.toString())  // row 2: late
                + line(PEOPLE.get(1)).replace(PEOPLE.get(1).queryable().toString(), today.toString())); // row 3: in time
        Cli cli = issue(roster);
        assertEquals(0, cli.exitCode(), cli.err());
        List<String> warnings = cli.err().lines().filter(l -> l.startsWith("warning: row ")).toList();
        assertEquals(1, warnings.size(), cli.err());
        assertTrue(warnings.get(0).startsWith("warning: row 2: S"), warnings.get(0));
        // 15 working days after Monday 2 March 2026 (no holiday between): Monday 23 March
        assertTrue(warnings.get(0).contains("after its due date 2026-03-23 (R-ISS-1"), warnings.get(0));
        Cli json = issue(roster, "--json");
        assertTrue(json.out().contains("\"issuedLate\": 0"), "a re-run issues nothing, late or not: " + json.out());
    }

    @Test
    void anXlsxRosterIsIssuedOnStockAsOnePrintRun() throws IOException {
        Path roster = dir.resolve("roster.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(roster)) {
            Sheet sheet = book.createSheet();
            String[] header = {"name", "ID type", "ID number", "occupation", "job", "level", "queryable date", "photo"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < 3; r++) {
                String[] cells = line(PEOPLE.get(r)).strip().split(",", -1);
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(out);
        }
        assertEquals(0, Cli.run(Cli.in(dir, "stock", "receive", "--sheets", "10001-10010", "--reference", "PO-1"))
                .exitCode());
        assertEquals(0, Cli.run(Cli.in(dir, "stock", "handout", "--sheets", "10001-10008", "--to", "打印室")).exitCode());
        // R-STK-3: the certificates go on the sheets named, in order, not on the custodian's lowest sheets
        Cli cli = issue(roster, "--stock", "--sheets", "10004-10006", "--custodian", "打印室");
        assertEquals(0, cli.exitCode(), cli.err() + cli.out());
        assertTrue(cli.out().contains("Excel .xlsx): issued 3, already issued 0, refused 0"), cli.out());
        assertTrue(cli.out().contains("print run(s) of 3 page(s)"), cli.out());
        assertTrue(cli.out().matches("(?s).*row 2: S[0-9]{21} on sheet 00010004 \\(ISSUED\\).*"), cli.out());
        assertTrue(cli.out().contains("on sheet 00010006"), cli.out());
        assertTrue(cli.err().contains("issuing: 3/3 (100%)"), cli.err());
        Cli stock = Cli.run(Cli.in(dir, "stock", "report", "--json"));
        assertTrue(stock.out().contains("\"IN_STOCK\": 2, \"HANDED_OUT\": 5, \"PRINTED\": 3,"), stock.out());
        Cli status = Cli.run(Cli.in(dir, "stock", "report"));
        assertEquals(0, status.exitCode(), status.out());
    }

    @Test
    void aRosterWithoutTheIdNumberColumnIsASetupError() throws IOException {
        Path roster = dir.resolve("r.csv");
        Files.writeString(roster, "姓名,职业名称,职业技能等级,成绩可查询日期,照片\r\n陈志强,电工,五级,2026-09-24,a.jpg\r\n",
                StandardCharsets.UTF_8);
        Cli cli = issue(roster);
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("证件号码/id number"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path roster = dir.resolve("r.csv");
        Files.writeString(roster, HEADER + line(PEOPLE.get(0)), StandardCharsets.UTF_8);
        assertEquals(2, issue(roster, "--stock").exitCode());
        assertEquals(2, issue(roster, "--electronic", "--stock", "--sheets", "1-2").exitCode());
        assertEquals(2, issue(roster, "--sheets", "1-2").exitCode());
        assertEquals(2, issue(dir.resolve("missing.csv")).exitCode());
        assertEquals(2, Cli.run("issue", "--roster", roster.toString()).exitCode());
        Cli help = Cli.run("issue", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--roster"), help.out());
    }
}
