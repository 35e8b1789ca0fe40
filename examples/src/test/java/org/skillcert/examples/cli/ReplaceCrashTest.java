package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;
import org.skillcert.spi.ReplacementRecord;
import org.skillcert.spi.Storage;
import org.skillcert.spi.jdbc.JdbcStorage;

/**
 * R-ISS-2 with kill -9: {@code replace accept} and {@code replace prove} run as child JVMs killed at
 * random points, then run again to the end, as a clerk would: each application is recorded once
 * with one due date, proved once with the first proof date, and every PDF under its final name is
 * whole (parses), with no temporary file left beside it.
 */
class ReplaceCrashTest {
    private static final int SEEDS = Integer.getInteger("crash.seeds", 1);
    private static final List<DemoCandidate> PEOPLE = DemoRoster.candidates().subList(0, 2);

    @TempDir
    Path dir;

    @Test
    void acceptAndProveKilledAtRandomConverge() throws Exception {
        Path institution = dir.resolve("school.properties");
        InstitutionFile.writeDemoSchool(institution);
        DemoRoster.writePhotos(dir, PEOPLE);
        StringBuilder csv = new StringBuilder("姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片\r\n");
        for (DemoCandidate c : PEOPLE) {
            csv.append(String.join(",", c.name(), c.idType(), c.idNumber(), c.occupation(), c.job(),
                    SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo())).append("\r\n");
        }
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        Cli issued = Cli.run("issue", "--roster", roster.toString(), "--institution", institution.toString(), "--out",
                dir.resolve("certificates").toString(), "--workspace", dir.toString(), "--json");
        assertEquals(0, issued.exitCode(), issued.err());
        Matcher m = Pattern.compile("\"number\": \"([A-Z0-9]{22})\"").matcher(issued.out());
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        assertEquals(PEOPLE.size(), numbers.size(), issued.out());
        Path out = dir.resolve("replace");
        Random random = new Random(SEEDS * 7919L);
        int midRun = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            for (int i = 0; i < numbers.size(); i++) {
                String id = "A-" + seed + "-" + i;
                List<String> accept = List.of("replace", "accept", "--institution", institution.toString(),
                        "--workspace", dir.toString(), "--number", numbers.get(i), "--name", PEOPLE.get(i).name(),
                        "--id-number", PEOPLE.get(i).idNumber(), "--phone", "13800000000", "--received", "2026-12-28",
                        "--application", id, "--out", out.toString());
                List<String> prove = List.of("replace", "prove", "--institution", institution.toString(),
                        "--workspace", dir.toString(), "--application", id, "--date", "2026-12-30", "--out", out.toString());
                midRun += killThenFinish(accept, random);
                midRun += killThenFinish(prove, random);
            }
        }
        assertTrue(midRun > 0, "no kill landed while a child was working");
        check(out, numbers);
    }

    /** One run killed after a random delay, then one run to the end; returns 1 if the kill hit a live child. */
    private int killThenFinish(List<String> args, Random random) throws Exception {
        Process p = child(args);
        boolean finished = p.waitFor(200 + random.nextInt(2_500), TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Process last = child(args);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8));
        return finished ? 0 : 1;
    }

    private Process child(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                SkillcertCommand.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private void check(Path out, List<String> numbers) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("skillcert").toAbsolutePath());
        try (Storage storage = new JdbcStorage(h2)) {
            List<ReplacementRecord> all = storage.replacements().receivedBetween(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            assertEquals(SEEDS * numbers.size(), all.size(), "one record per application");
            for (ReplacementRecord r : all) {
                assertEquals(LocalDate.of(2027, 1, 5), r.dueDate(), r.toString());
                assertEquals(LocalDate.of(2026, 12, 30), r.provedOn(), r.toString());
            }
            assertTrue(storage.replacements().open().isEmpty());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith(".pdf"), "left behind: " + f);
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                assertEquals(1, pdf.getNumberOfPages(), f.toString());
            }
        }
        // per application a form and a receipt, per certificate one proof
        assertEquals(SEEDS * numbers.size() * 2 + numbers.size(), files.size(), files.toString());
    }
}
