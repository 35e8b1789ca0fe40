package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures the user meets print one plain line and exit 2, in a child JVM as the user runs the
 * jar: libraries that log to standard error on their own (POI through the Log4j API) are heard
 * only there.
 */
class OneLineFailuresTest {
    @TempDir
    Path dir;

    private List<String> runJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), SkillcertCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        p.getErrorStream().transferTo(err);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = new ArrayList<>(err.toString(StandardCharsets.UTF_8).strip().lines().toList());
        lines.add(0, Integer.toString(p.exitValue()));
        return lines;
    }

    // issue 10: a DOCTYPE in an .xlsx part printed POI's 40-line "FATAL XMLHelper" trace before the CLI's line
    @Test
    void aDoctypeInAWorkbookIsOneLine() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            book.write(out);
            workbook = out.toByteArray();
        }
        Path roster = dir.resolve("roster.xlsx");
        Files.write(roster, org.skillcert.examples.roster.RosterReaderTestAccess.rewritePart(workbook,
                "[Content_Types].xml", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE t [<!ENTITY x \"y\">]>")));
        Path school = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(school);
        List<String> result = runJar("issue", "--roster", roster.toString(), "--institution", school.toString(),
                "--out", dir.resolve("out").toString(), "--workspace", dir.resolve("ws").toString());
        assertEquals("2", result.get(0), result.toString());
        assertEquals(2, result.size(), "one line on standard error: " + result);
        assertTrue(result.get(1).contains("DOCTYPE"), result.toString());
    }

    // issue 10: --out naming an existing file made FileAlreadyExistsException's name the message
    @Test
    void anOutThatIsAFileIsOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Path school = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(school);
        // correct works on a recorded certificate: the workspace must hold a database to reach --out
        assertEquals(0, Cli.run("stock", "receive", "--sheets", "00010001-00010010", "--reference", "PO-1",
                "--workspace", dir.toString()).exitCode());
        Cli run = Cli.run("correct", "--number", "S000044012017263000001", "--approval", "a", "--reason", "r",
                "--queryable-date", "2026-03-02", "--photo", dir.resolve("p.jpg").toString(), "--institution",
                school.toString(), "--out", file.toString(), "--workspace", dir.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(file + ": already exists (and is not a folder)"), run.err());
    }
}
