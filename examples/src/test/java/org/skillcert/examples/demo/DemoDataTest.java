package org.skillcert.examples.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.examples.roster.Roster;
import org.skillcert.examples.roster.RosterReader;
import org.skillcert.examples.roster.RosterRow;

class DemoDataTest {
    private static final List<DemoCandidate> CANDIDATES = DemoRoster.candidates();

    @Test
    void checkCharacterMatchesTheStandardsOwnExamples() {
        // R-ID-1: the examples printed in GB 11643-1999
        assertEquals('X', ResidentIdNumbers.checkCharacter("11010519491231002"));
        assertEquals('4', ResidentIdNumbers.checkCharacter("44052418800101001"));
        assertEquals("11010519491231002X", ResidentIdNumbers.of("110105", java.time.LocalDate.of(1949, 12, 31), 2));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkCharacter("1234"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkCharacter("1101051949123100A"));
    }

    @Test
    void everyResidentIdNumberIsWellFormedWithItsCheckCharacter() {
        // R-ID-1: checked here with an independent reading of the rule (weights 2^(17-i) mod 11)
        for (DemoCandidate c : CANDIDATES) {
            if (!c.idType().equals("居民身份证")) {
                continue;
            }
            String id = c.idNumber();
            assertTrue(id.matches("4401\\d{13}[\\dX]"), id);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (id.charAt(i) - '0') * (1 << (17 - i)) % 11;
            }
            int value = (12 - sum % 11) % 11;
            char expected = value == 10 ? 'X' : (char) ('0' + value);
            assertEquals(expected, id.charAt(17), id);
            java.time.LocalDate birth = java.time.LocalDate.parse(id.substring(6, 14),
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertTrue(birth.getYear() >= 1970 && birth.getYear() <= 2008, id);
        }
    }

    @Test
    void theRosterCoversEveryLevelAndScopeLineWithUniquePeople() {
        assertEquals(50, CANDIDATES.size());
        assertEquals(Set.of(1, 2, 3, 4, 5), CANDIDATES.stream().map(DemoCandidate::level).collect(Collectors.toSet()));
        Set<String> lines = new HashSet<>();
        for (DemoCandidate c : CANDIDATES) {
            // R-CERT-5: every candidate is inside the school's filed scope
            assertTrue(DemoSchool.SCOPE.stream().anyMatch(line -> line.occupation().equals(c.occupation())
                    && line.job().equals(c.job()) && line.levels().contains(c.level())), c.toString());
            lines.add(c.occupation() + "/" + c.job());
            assertEquals(2026, c.queryable().getYear());
        }
        assertEquals(DemoSchool.SCOPE.size(), lines.size());
        assertEquals(50, CANDIDATES.stream().map(DemoCandidate::idNumber).distinct().count());
        assertEquals(50, CANDIDATES.stream().map(DemoCandidate::resultId).distinct().count());
        assertTrue(CANDIDATES.stream().anyMatch(c -> c.name().startsWith("爱新觉罗") && c.name().length() == 6));
        assertTrue(CANDIDATES.stream().anyMatch(c -> c.job().equals("--")), "R-CERT-4");
        List<DemoCandidate> permits = CANDIDATES.stream().filter(c -> c.idType().equals("港澳居民来往内地通行证")).toList();
        assertEquals(1, permits.size());
        assertTrue(permits.get(0).idNumber().matches("[HM]\\d{8}"), "R-ID-4");
    }

    @Test
    void theSchoolsNameAndSiteCodeFollowTheRules() {
        // R-CERT-3
        for (String word : List.of("中华人民共和国", "中国", "中华", "国家", "全国", "广东", "广东省", "职业资格", "人员资格")) {
            assertFalse(DemoSchool.NAME.contains(word), word);
        }
        // R-NUM-3 with region 01 (广州市, R-REG)
        assertTrue(DemoSchool.SITE_CODE.matches("S000044012\\d{3}"), DemoSchool.SITE_CODE);
        assertEquals(DemoSchool.REGION, DemoSchool.SITE_CODE.substring(7, 9));
    }

    @Test
    void theRosterFileReadsBackAsTheCandidates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roster.csv");
        DemoRoster.writeCsv(file, CANDIDATES);
        Roster roster = RosterReader.read(file);
        assertTrue(roster.problems().isEmpty(), roster.problems().toString());
        assertEquals(CANDIDATES.size(), roster.rows().size());
        for (int i = 0; i < CANDIDATES.size(); i++) {
            DemoCandidate c = CANDIDATES.get(i);
            RosterRow row = roster.rows().get(i);
            assertEquals(i + 2, row.row());
            assertEquals(c.resultId(), row.resultId());
            assertEquals(c.name(), row.name());
            assertEquals(c.idNumber(), row.idNumber());
            assertEquals(c.job(), row.job());
            assertEquals(c.queryable().toString(), row.queryableDate());
            assertEquals(c.level(), org.skillcert.core.number.SkillLevel.find(row.level()).orElseThrow().code());
        }
    }

    @Test
    void photosAreDeterministicSilhouettesOnWhiteInJpegAndPng(@TempDir Path dir) throws IOException {
        assertArrayEquals(DemoPhoto.jpeg(3), DemoPhoto.jpeg(3));
        assertArrayEquals(DemoPhoto.png(4), DemoPhoto.png(4));
        assertFalse(java.util.Arrays.equals(DemoPhoto.png(4), DemoPhoto.png(5)));
        byte[] jpeg = DemoPhoto.jpeg(0);
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        byte[] png = DemoPhoto.png(0);
        assertEquals(0x89, png[0] & 0xFF);
        assertEquals('P', png[1]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(DemoPhoto.WIDTH, image.getWidth());
        assertEquals(DemoPhoto.HEIGHT, image.getHeight());
        // R-CERT-8: white background, a figure in the middle
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(DemoPhoto.WIDTH - 3, 2) & 0xFFFFFF);
        assertNotEquals(0xFFFFFF, image.getRGB(DemoPhoto.WIDTH / 2, DemoPhoto.HEIGHT / 2) & 0xFFFFFF);
        assertNotEquals(0xFFFFFF, image.getRGB(DemoPhoto.WIDTH / 2, DemoPhoto.HEIGHT - 3) & 0xFFFFFF);

        DemoRoster.writePhotos(dir, CANDIDATES.subList(0, 5));
        assertEquals(5, java.nio.file.Files.list(dir.resolve("photos")).count());
        assertArrayEquals(DemoPhoto.png(4), java.nio.file.Files.readAllBytes(dir.resolve("photos/05.png")));
    }
}
