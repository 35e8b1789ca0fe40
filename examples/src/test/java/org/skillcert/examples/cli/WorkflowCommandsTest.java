package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;

/**
 * replace, correct, revoke, report, export and verify on four certificates issued once for the class;
 * each test uses its own certificate, so the order of the tests does not matter.
 */
class WorkflowCommandsTest {
    @TempDir
    static Path dir;
    private static String institution;
    private static final List<DemoCandidate> PEOPLE = DemoRoster.candidates().subList(0, 4);
    private static final String[] NUMBERS = new String[4];

    @BeforeAll
    static void issueFour() throws IOException {
        Path school = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(school);
        institution = school.toString();
        DemoRoster.writePhotos(dir, PEOPLE);
        StringBuilder csv = new StringBuilder("姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n");
        for (DemoCandidate c : PEOPLE) {
            csv.append(String.join(",", c.name(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                    SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo())).append("\r\n");
        }
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        Cli issued = Cli.run("issue", "--roster", roster.toString(), "--institution", institution, "--out",
                dir.resolve("out").toString(), "--workspace", dir.toString(), "--json");
        assertEquals(0, issued.exitCode(), issued.err());
        Matcher m = Pattern.compile("\"number\": \"([A-Z0-9]{22})\"").matcher(issued.out());
        for (int i = 0; i < 4; i++) {
            assertTrue(m.find(), issued.out());
            NUMBERS[i] = m.group(1);
        }
    }

    private static Cli run(String... args) {
        return Cli.run(Cli.in(dir, args));
    }

    @Test
    void replaceAcceptsThenProvesAndListsWhatIsPending() throws IOException {
        // R-ISS-2: name and ID number must match the certificate
        Cli refused = run("replace", "accept", "--institution", institution, "--number", NUMBERS[0], "--name", "别人",
                "--id-number", PEOPLE.get(0).idNumber(), "--phone", "13800000000");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("R-ISS-2"), refused.err());
        Path proofs = dir.resolve("proofs");
        Cli ok = run("replace", "accept", "--institution", institution, "--number", NUMBERS[0], "--name",
                PEOPLE.get(0).name(), "--id-number", PEOPLE.get(0).idNumber(), "--phone", "13800000000",
                "--received", "2026-09-30", "--application", "A-1", "--out", proofs.toString(), "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        // 5 working days after 2026-09-30 skip the National Day week: 10-08, 09, 10 (Sat, adjusted), 12, 13
        assertTrue(ok.out().contains("\"due\": \"2026-10-13\""), ok.out());
        assertTrue(Files.exists(proofs.resolve("application-A-1.pdf")) && Files.exists(proofs.resolve("receipt-A-1.pdf")));
        // accepted, not proved: pending, overdue after the due date
        Cli pending = run("replace", "pending", "--as-of", "2026-10-14");
        assertEquals(0, pending.exitCode(), pending.err());
        assertTrue(pending.out().contains("A-1  " + NUMBERS[0] + "  received 2026-09-30  due 2026-10-13  OVERDUE"),
                pending.out());
        assertFalse(run("replace", "pending", "--as-of", "2026-10-13").out().contains("OVERDUE"));
        // the report counts replacement proofs once they are made
        assertTrue(run("report", "--from", "2026-01-01", "--to", "2026-12-31", "--json").out()
                .contains("\"replaced\": 0"));
        Cli proved = run("replace", "prove", "--institution", institution, "--application", "A-1", "--date",
                "2026-10-12", "--out", proofs.toString(), "--json");
        assertEquals(0, proved.exitCode(), proved.err());
        assertTrue(proved.out().contains("\"proofDate\": \"2026-10-12\"") && proved.out().contains("\"late\": false"),
                proved.out());
        assertTrue(Files.exists(proofs.resolve("proof-" + NUMBERS[0] + ".pdf")));
        try (PDDocument pdf = Loader.loadPDF(proofs.resolve("proof-" + NUMBERS[0] + ".pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("2026年10月12日"), "the proof carries --date");
        }
        assertTrue(run("replace", "pending").out().startsWith("Pending replacement proofs as of "));
        assertFalse(run("replace", "pending").out().contains("A-1"));
        assertTrue(run("report", "--from", "2026-01-01", "--to", "2026-12-31", "--json").out()
                .contains("\"replaced\": 1"));
        assertEquals(1, run("replace", "prove", "--institution", institution, "--application", "A-9").exitCode());
        assertEquals(2, run("replace", "accept", "--number", NUMBERS[0]).exitCode());
        // appendix 3: blank, or filled from the stored application with its receipt
        Cli blank = run("replace", "form", "--blank", "--out", proofs.toString());
        assertEquals(0, blank.exitCode(), blank.err());
        Cli filled = run("replace", "form", "--application", "A-1", "--out", dir.resolve("forms").toString());
        assertEquals(0, filled.exitCode(), filled.err());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("forms").resolve("receipt-A-1.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("办结日期2026年10月13日"), text);
        }
        assertEquals(1, run("replace", "form", "--application", "A-9", "--out", proofs.toString()).exitCode());
        assertEquals(2, run("replace", "form", "--out", proofs.toString()).exitCode());
    }

    @Test
    void correctNeedsTheApprovalAndSupersedesTheOldCertificate() {
        String photo = dir.resolve(PEOPLE.get(1).photo()).toString();
        Cli refused = run("correct", "--institution", institution, "--number", NUMBERS[1], "--reason", "姓名错字",
                "--name", "黄家欣", "--queryable-date", "2026-09-30", "--photo", photo);
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("R-ISS-3"), refused.err());
        Cli ok = run("correct", "--institution", institution, "--number", NUMBERS[1], "--reason", "姓名错字",
                "--approval", "穗人社函〔2026〕88号", "--name", "黄家欣", "--queryable-date", "2026-09-30",
                "--photo", photo, "--out", dir.resolve("corrected").toString(), "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        Matcher m = Pattern.compile("\"new\": \"([A-Z0-9]{22})\"").matcher(ok.out());
        assertTrue(m.find(), ok.out());
        assertTrue(Files.exists(dir.resolve("corrected").resolve(m.group(1) + ".pdf")));
        Cli unknown = run("correct", "--institution", institution, "--number", "S000044012017265999999",
                "--reason", "x", "--approval", "y", "--queryable-date", "2026-09-30", "--photo", photo);
        assertEquals(1, unknown.exitCode());
    }

    @Test
    void revokeRecordsTheReasonAndAuthority() {
        Cli ok = run("revoke", "--institution", institution, "--number", NUMBERS[2], "--reason", "冒名顶替",
                "--authority", "穗人社决〔2026〕1号", "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("\"status\": \"REVOKED\""), ok.out());
        assertEquals(1, run("revoke", "--institution", institution, "--number", "S000044012017265999999",
                "--reason", "x", "--authority", "y").exitCode());
        assertEquals(2, run("revoke", "--institution", institution, "--number", NUMBERS[2]).exitCode());
    }

    @Test
    void reportGroupsByTheChosenDimensions() {
        Cli byLevel = run("report", "--from", "2026-01-01", "--to", "2099-12-31", "--by", "level", "--json");
        assertEquals(0, byLevel.exitCode(), byLevel.err());
        assertTrue(byLevel.out().contains("\"by\": [\"level\"]"), byLevel.out());
        // R-LVL-2: junior first
        assertTrue(byLevel.out().indexOf("五级/初级工") < byLevel.out().indexOf("四级/中级工"), byLevel.out());
        Cli table = run("report", "--from", "2026-01-01", "--to", "2099-12-31");
        assertTrue(table.out().contains("total"), table.out());
        assertEquals(2, run("report", "--from", "2026-01-01", "--to", "2099-12-31", "--by", "city").exitCode());
        assertEquals(2, run("report", "--from", "2026-12-31", "--to", "2026-01-01").exitCode());
    }

    @Test
    void exportWritesEveryCertificateOnce() throws IOException {
        Path csv = dir.resolve("export.csv");
        Cli ok = run("export", "--from", "2026-01-01", "--to", "2099-12-31", "--out", csv.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF证书编号"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(NUMBERS[3] + ",")), lines.toString());
        Cli jsonl = run("export", "--from", "2026-01-01", "--to", "2099-12-31", "--format", "jsonl");
        assertTrue(jsonl.out().contains("\"number\":\"" + NUMBERS[3] + "\""), jsonl.out());
        assertEquals(2, run("export", "--from", "2026-01-01", "--to", "2099-12-31", "--format", "xml").exitCode());
    }

    @Test
    void verifyReadsTheNumberAndTheQrCodeBack() throws IOException {
        Path pdf = dir.resolve("out").resolve(NUMBERS[3] + ".pdf");
        Cli ok = run("verify", pdf.toString(), "--registry", "--json");
        // everything agrees, but an unsigned certificate cannot show it was not altered (R-CERT-7): exit 1
        assertEquals(1, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("\"outcome\": \"NOT_SIGNED\""), ok.out());
        assertTrue(ok.out().contains("\"number\": \"" + NUMBERS[3] + "\""), ok.out());
        assertTrue(ok.out().contains("\"qr\": \"" + NUMBERS[3] + "\\n"), ok.out());
        assertTrue(ok.out().contains("\"registry\": \"ISSUED\""), ok.out());
        assertTrue(ok.out().contains("\"findings\": [{\"reason\": \"NO_SIGNATURE\""), ok.out());
        Path notACertificate = dir.resolve("proofs-not.pdf");
        Files.write(notACertificate, "%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII));
        assertEquals(2, run("verify", notACertificate.toString()).exitCode());
        assertEquals(2, run("verify", dir.resolve("missing.pdf").toString()).exitCode());
    }

    // issue 10: correct without --approval never named the option
    @Test
    void correctWithoutApprovalNamesTheOption() {
        Cli refused = run("correct", "--institution", institution, "--number", NUMBERS[3], "--reason", "x",
                "--queryable-date", "2026-09-30", "--photo", dir.resolve(PEOPLE.get(3).photo()).toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("--approval"), refused.err());
        assertTrue(refused.err().contains("R-ISS-3"), refused.err());
    }

    // issue 10: a repeated correction echoed today's --approval instead of the one recorded
    @Test
    void aRepeatedCorrectionEchoesTheRecordedApproval() {
        // NUMBERS[1] may have been corrected by another test already: whichever approval came first is recorded
        String photo = dir.resolve(PEOPLE.get(1).photo()).toString();
        String[] base = {"correct", "--institution", institution, "--number", NUMBERS[1], "--reason", "姓名错字",
                "--name", "黄家欣", "--queryable-date", "2026-09-30", "--photo", photo,
                "--out", dir.resolve("corrected").toString(), "--json"};
        Cli first = run(append(base, "--approval", "穗人社函〔2026〕88号"));
        assertEquals(0, first.exitCode(), first.err());
        Matcher recorded = Pattern.compile("\"approval\": \"([^\"]+)\"").matcher(first.out());
        assertTrue(recorded.find(), first.out());
        Cli again = run(append(base, "--approval", "另一个批文"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("\"approval\": \"" + recorded.group(1) + "\""), again.out());
        assertFalse(again.out().contains("另一个批文"), again.out());
        assertTrue(again.err().contains("另一个批文") && again.err().contains("is not recorded"), again.err());
    }

    // issue 10: revoke printed a UTC instant; the office works in Beijing time
    @Test
    void revokePrintsBeijingTime() {
        Cli ok = run("revoke", "--institution", institution, "--number", NUMBERS[2], "--reason", "冒名顶替",
                "--authority", "穗人社决〔2026〕1号");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Pattern.compile(" REVOKED at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00: ").matcher(ok.out()).find(),
                ok.out());
    }

    // a revoke that lands on second 0 printed "…T11:56+08:00" (OffsetDateTime.toString drops ":00")
    @Test
    void beijingTimeKeepsItsSecondsOnTheMinute() {
        assertEquals("2026-03-16T10:00:00+08:00", RevokeCommand.beijing(java.time.Instant.parse("2026-03-16T02:00:00.4Z")));
        assertEquals("2026-03-16T10:00:07+08:00", RevokeCommand.beijing(java.time.Instant.parse("2026-03-16T02:00:07Z")));
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
