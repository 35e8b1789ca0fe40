package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;

/**
 * R-CERT-7 through the command line: {@code issue --sign}, {@code sign}, {@code verify --trust},
 * the password only from the environment, key problems refused before anything is written, and
 * poppler's pdfsig agreeing with {@code verify} on a signed and on a tampered file.
 */
class SigningCommandsTest {
    @TempDir
    static Path dir;
    static Path keystore;
    static Path ca;
    static String institution;
    static Path roster;
    static final Map<String, String> PASSWORD = Map.of(SignOptions.PASSWORD_VARIABLE, DemoKeys.PASSWORD);
    static final List<DemoCandidate> PEOPLE = DemoRoster.candidates().subList(0, 2);

    @BeforeAll
    static void setUp() throws IOException {
        keystore = DemoKeys.create(dir, "广州市穗华技工学校");
        ca = dir.resolve(DemoKeys.CA_FILE);
        Path school = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(school);
        institution = school.toString();
        DemoRoster.writePhotos(dir, PEOPLE);
        StringBuilder csv = new StringBuilder("姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n");
        for (DemoCandidate c : PEOPLE) {
            csv.append(String.join(",", c.name(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                    SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo())).append("\r\n");
        }
        roster = dir.resolve("roster.csv");
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void issueSignsAndVerifyPasses() throws Exception {
        Path ws = dir.resolve("ws-signed");
        Path out = dir.resolve("signed");
        Cli issued = Cli.run(PASSWORD, "issue", "--roster", roster.toString(), "--institution", institution, "--out",
                out.toString(), "--workspace", ws.toString(), "--sign", keystore.toString());
        assertEquals(0, issued.exitCode(), issued.err());
        List<Path> certificates = pdfs(out);
        assertEquals(2, certificates.size());
        Path pdf = certificates.get(0);
        Cli verified = Cli.run("verify", pdf.toString(), "--trust", ca.toString(), "--registry", "--workspace", ws.toString());
        assertEquals(0, verified.exitCode(), verified.out() + verified.err());
        assertTrue(verified.out().strip().endsWith("VALID"), verified.out());
        assertTrue(verified.out().contains("registry: ISSUED"), verified.out());
        assertTrue(verified.out().contains("signer checked against the --trust certificates"), verified.out());
        // without --trust the report says so, and the verdict stands on the signature alone
        Cli untrusted = Cli.run("verify", pdf.toString());
        assertEquals(0, untrusted.exitCode(), untrusted.out());
        assertTrue(untrusted.out().contains("NOT checked against a trust list"), untrusted.out());

        String pdfsig = Pdfsig.check(pdf);
        assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        assertTrue(pdfsig.contains("Total document signed"), pdfsig);

        // one flipped byte inside the signed range: both checkers reject it
        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<pdf:Producer>") + 16;
        bytes[at] ^= 0x01;
        Path flipped = dir.resolve("flipped.pdf");
        Files.write(flipped, bytes);
        Cli rejected = Cli.run("verify", flipped.toString(), "--json");
        assertEquals(1, rejected.exitCode(), rejected.out());
        assertTrue(rejected.out().contains("\"outcome\": \"ALTERED\""), rejected.out());
        assertTrue(rejected.out().contains("DIGEST_MISMATCH"), rejected.out());
        String pdfsigFlipped = Pdfsig.check(flipped);
        assertTrue(pdfsigFlipped.contains("Digest Mismatch"), pdfsigFlipped);
        assertFalse(pdfsigFlipped.contains("Signature is Valid"), pdfsigFlipped);
    }

    @Test
    void signSubcommandSignsExistingCertificates() throws IOException {
        Path ws = dir.resolve("ws-plain");
        Path out = dir.resolve("plain");
        Cli issued = Cli.run("issue", "--roster", roster.toString(), "--institution", institution, "--out", out.toString(),
                "--workspace", ws.toString());
        assertEquals(0, issued.exitCode(), issued.err());
        Path pdf = pdfs(out).get(0);
        Cli unsigned = Cli.run("verify", pdf.toString(), "--json");
        assertEquals(1, unsigned.exitCode());
        assertTrue(unsigned.out().contains("\"outcome\": \"NOT_SIGNED\""), unsigned.out());

        Path signedDir = dir.resolve("signed-later");
        Cli signed = Cli.run(PASSWORD, "sign", "--key", keystore.toString(), "--out", signedDir.toString(),
                pdfs(out).get(0).toString(), pdfs(out).get(1).toString());
        assertEquals(0, signed.exitCode(), signed.err());
        assertEquals(2, pdfs(signedDir).size());
        assertEquals(0, Cli.run("verify", signedDir.resolve(pdf.getFileName()).toString(), "--trust", ca.toString())
                .exitCode());
        // in place
        assertEquals(0, Cli.run(PASSWORD, "sign", "--key", keystore.toString(), pdf.toString()).exitCode());
        assertEquals(0, Cli.run("verify", pdf.toString()).exitCode());
    }

    @Test
    void correctSignsTheNewCertificateAndVerifyReportsTheOldOneSuperseded() throws IOException {
        Path ws = dir.resolve("ws-correct");
        Path out = dir.resolve("to-correct");
        assertEquals(0, Cli.run(PASSWORD, "issue", "--roster", roster.toString(), "--institution", institution, "--out",
                out.toString(), "--workspace", ws.toString(), "--sign", keystore.toString()).exitCode());
        Path old = pdfs(out).get(0);
        String oldNumber = old.getFileName().toString().replace(".pdf", "");
        Cli corrected = Cli.run(PASSWORD, "correct", "--institution", institution, "--number", oldNumber, "--reason",
                "姓名错字", "--approval", "穗人社函〔2026〕88号", "--name", "黄家欣", "--queryable-date", "2026-09-30",
                "--photo", dir.resolve(PEOPLE.get(0).photo()).toString(), "--out", dir.resolve("corrected").toString(),
                "--workspace", ws.toString(), "--sign", keystore.toString(), "--json");
        assertEquals(0, corrected.exitCode(), corrected.err());
        Matcher m = Pattern.compile("\"new\": \"([A-Z0-9]{22})\"").matcher(corrected.out());
        assertTrue(m.find(), corrected.out());
        Path fresh = dir.resolve("corrected").resolve(m.group(1) + ".pdf");
        Cli ok = Cli.run("verify", fresh.toString(), "--trust", ca.toString(), "--registry", "--workspace", ws.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        // the old certificate is still validly signed, but no longer in force: it says why
        Cli superseded = Cli.run("verify", old.toString(), "--registry", "--workspace", ws.toString());
        assertEquals(1, superseded.exitCode(), superseded.out());
        assertTrue(superseded.out().contains("NOT_IN_FORCE: " + oldNumber + " is SUPERSEDED"), superseded.out());
        assertTrue(superseded.out().strip().endsWith("INCONSISTENT"), superseded.out());
    }

    @Test
    void keyProblemsStopBeforeAnythingIsIssued() throws IOException {
        Path out = dir.resolve("never");
        Path ws = dir.resolve("ws-never");
        Cli noPassword = Cli.run("issue", "--roster", roster.toString(), "--institution", institution, "--out",
                out.toString(), "--workspace", ws.toString(), "--sign", keystore.toString());
        assertEquals(2, noPassword.exitCode());
        assertTrue(noPassword.err().contains(SignOptions.PASSWORD_VARIABLE), noPassword.err());
        Cli wrong = Cli.run(Map.of(SignOptions.PASSWORD_VARIABLE, "wrong"), "issue", "--roster", roster.toString(),
                "--institution", institution, "--out", out.toString(), "--workspace", ws.toString(), "--sign",
                keystore.toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("wrong keystore password"), wrong.err());
        assertEquals(List.of(), pdfs(out));
        assertFalse(Files.exists(ws.resolve("skillcert.mv.db")), "nothing recorded");
        // the password is never an option
        assertEquals(2, Cli.run("sign", "--key", keystore.toString(), "--password", "x", "a.pdf").exitCode());
    }

    @Test
    void verifyNamesUnreadableFilesInOneLine() throws IOException {
        Path empty = dir.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        Cli e = Cli.run("verify", empty.toString());
        assertEquals(2, e.exitCode());
        assertEquals(1, e.err().strip().lines().count(), e.err());
        assertTrue(e.err().contains("empty.pdf") && e.err().contains("empty (0 bytes)"), e.err());
        assertFalse(e.err().contains("End-of-File"), e.err());
        assertFalse(e.err().contains("\tat "), e.err());

        // 418 bytes, one 14400 x 14400 pt page (5080 mm a side): refused before rendering
        String huge = hugePagePdf();
        Path big = dir.resolve("huge-page.pdf");
        Files.writeString(big, huge, StandardCharsets.US_ASCII);
        Cli b = Cli.run("verify", big.toString());
        assertEquals(2, b.exitCode(), b.out() + b.err());
        assertTrue(b.err().contains("huge-page.pdf") && b.err().contains("600 mm"), b.err());
    }

    /** A minimal valid PDF whose one page is 14400 pt square, the largest PDF 32000 allows. */
    static String hugePagePdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
            "<< /Length 8 >>\nstream\n0 0 m S\n\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }

    static String number(String out) {
        Matcher m = Pattern.compile("([A-Z][0-9]{21})").matcher(out);
        return m.find() ? m.group(1) : "";
    }
}
