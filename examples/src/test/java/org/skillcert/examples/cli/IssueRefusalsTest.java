package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;

/**
 * Guarantee 3, R-CERT-1, R-NUM-5: every row is checked completely before it takes a serial. A
 * missing, folder, device, truncated or oversized photo, a character without a glyph, a value too
 * long for its box and a result id bound to another holder are each refused under the right column
 * and take no serial; a refused correction records nothing.
 */
class IssueRefusalsTest {
    private static final String HEADER = "姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片,成绩编号\r\n";
    private static final List<DemoCandidate> PEOPLE = DemoRoster.candidates();

    @TempDir
    Path dir;
    private Path institution;

    @BeforeEach
    void school() throws IOException {
        institution = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(institution);
        DemoRoster.writePhotos(dir, PEOPLE.subList(0, 12));
    }

    private static String line(DemoCandidate c, String name, String photo, String resultId) {
        return String.join(",", name, c.idType(), c.idNumber(), c.occupation(), c.job(),
                SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), photo, resultId) + "\r\n";
    }

    private static String line(DemoCandidate c, String resultId) {
        return line(c, c.name(), c.photo(), resultId);
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("skillcert").toAbsolutePath());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A PNG whose header declares 20000 × 20000 pixels: 400 megapixels, never decoded. */
    private static byte[] hugePng() {
        ByteBuffer b = ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000).putInt(20_000);
        b.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).putInt(0);
        return b.array();
    }

    @Test
    void everyBadRowIsRefusedUnderItsColumnBeforeItTakesASerial() throws Exception {
        byte[] jpeg = Files.readAllBytes(dir.resolve(PEOPLE.get(5).photo()));
        assertTrue(PEOPLE.get(5).photo().endsWith(".jpg"));
        Files.write(dir.resolve("photos/truncated.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        Files.write(dir.resolve("photos/huge.png"), hugePng());
        Path roster = dir.resolve("名单.csv");
        Files.writeString(roster, HEADER
                + line(PEOPLE.get(0), "R-1")                                                        // row 2: good
                + line(PEOPLE.get(1), PEOPLE.get(1).name(), "photos/none.jpg", "R-2")                // row 3: no such file
                + line(PEOPLE.get(2), PEOPLE.get(2).name(), "photos", "R-3")                          // row 4: a folder
                + line(PEOPLE.get(3), PEOPLE.get(3).name(), "/dev/zero", "R-4")                       // row 5: a device
                + line(PEOPLE.get(4), PEOPLE.get(4).name(), "photos/truncated.jpg", "R-5")            // row 6: truncated JPEG
                + line(PEOPLE.get(6), PEOPLE.get(6).name(), "photos/huge.png", "R-6")                 // row 7: 400 megapixels
                + line(PEOPLE.get(7), "张\uD83A\uDD00", PEOPLE.get(7).photo(), "R-7")                  // row 8: Adlam letter, no glyph
                + line(PEOPLE.get(8), "张".repeat(500), PEOPLE.get(8).photo(), "R-8")                 // row 9: too long for its box
                + line(PEOPLE.get(9), "R-1")                                                         // row 10: 甲's result id
                + line(PEOPLE.get(10), "欧阳".repeat(30), PEOPLE.get(10).photo(), "R-10"),           // row 11: does not fit its box
                StandardCharsets.UTF_8);
        Cli cli = Cli.run("issue", "--roster", roster.toString(), "--institution", institution.toString(),
                "--out", dir.resolve("out").toString(), "--workspace", dir.toString(), "--json");
        assertEquals(1, cli.exitCode(), cli.err() + cli.out());
        String out = cli.out();
        assertTrue(out.startsWith("{\"issued\": 1, \"alreadyIssued\": 0, \"refused\": 9, \"notRecorded\": 0,"), cli.err() + out);
        for (int row = 3; row <= 7; row++) {
            assertTrue(out.contains("{\"row\": " + row + ", \"column\": \"照片 (H)\", \"reason\": \""), row + " " + out);
        }
        assertTrue(out.contains("does not exist"), out);
        assertTrue(out.contains("is a folder"), out);
        assertTrue(out.contains("is not a regular file"), out);
        assertTrue(out.contains("truncated or corrupt"), out);
        assertTrue(out.contains("20000×20000 pixels; the limit is 16000000 pixels (not decoded)"), out);
        assertTrue(out.contains("{\"row\": 8, \"column\": \"姓名 (A)\""), out);
        assertTrue(out.contains("{\"row\": 9, \"column\": \"姓名 (A)\", \"reason\": \"is 500 characters; at most 100 are kept (position 101)"), out);
        assertTrue(out.contains("{\"row\": 11, \"column\": \"姓名 (A)\""), out);
        assertTrue(out.contains("{\"row\": 10, \"column\": \"成绩编号 (I)\", \"reason\": \"result id R-1 is already bound to certificate S"),
                out);
        // R-NUM-5: one serial taken, for the one good row; no certificate without its PDF
        assertEquals(1, query("SELECT COUNT(*) FROM skillcert_request"));
        assertEquals(1, query("SELECT COUNT(*) FROM skillcert_certificate"));
        assertEquals(0, query("SELECT COUNT(*) FROM skillcert_document_awaited"));
        try (var pdfs = Files.list(dir.resolve("out"))) {
            assertEquals(1, pdfs.filter(f -> f.toString().endsWith(".pdf")).count());
        }
    }

    @Test
    void aCorrectionWithAnUnreadablePhotoRecordsNothing() throws Exception {
        Path roster = dir.resolve("名单.csv");
        Files.writeString(roster, HEADER + line(PEOPLE.get(0), "R-1"), StandardCharsets.UTF_8);
        Cli issued = Cli.run("issue", "--roster", roster.toString(), "--institution", institution.toString(),
                "--out", dir.resolve("out").toString(), "--workspace", dir.toString(), "--json");
        assertEquals(0, issued.exitCode(), issued.err() + issued.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"number\": \"(S[0-9]{21})\"").matcher(issued.out());
        assertTrue(m.find(), issued.out());
        String number = m.group(1);
        Cli refused = Cli.run("correct", "--institution", institution.toString(), "--number", number, "--reason", "姓名错字",
                "--approval", "穗人社函〔2026〕88号", "--name", "陈智强", "--queryable-date", PEOPLE.get(0).queryable().toString(),
                "--photo", "/etc/passwd", "--workspace", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, refused.exitCode(), refused.err() + refused.out());
        assertTrue(refused.err().contains("/etc/passwd"), refused.err());
        assertEquals(1, query("SELECT COUNT(*) FROM skillcert_certificate"));
        assertEquals(1, query("SELECT COUNT(*) FROM skillcert_status_change"));
        assertEquals(1, query("SELECT COUNT(*) FROM skillcert_request"));
    }
}
