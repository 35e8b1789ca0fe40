package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;

class FontOptionsTest {
    private static Path bundledWenKai(Path dir) throws IOException {
        Path file = dir.resolve("my-fangsong.ttf");
        try (InputStream in = FontLibrary.class.getResourceAsStream("LXGWWenKai-Regular.ttf")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String[] demand(Path dir, String... more) {
        String[] base = {"stock", "demand", "--workspace", dir.resolve("ws").toString(), "--institution", "广州市穗华技工学校",
            "--year", "2027", "--date", "2027-01-20", "--estimate", "5=300,4=200,3=80", "--stock", "370",
            "--out", dir.resolve("demand.pdf").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    // R-LAY-4: without 仿宋 one warning line; with --font fangsong=FILE none (the given font serves the values)
    @Test
    void aGivenFangSongSilencesTheWarning(@TempDir Path dir) throws IOException {
        boolean noFangSong = FontLibrary.standard().report(FontRole.FANGSONG).fellBack();
        Cli plain = Cli.run(demand(dir));
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(noFangSong ? 1 : 0, plain.err().lines().filter(l -> l.contains("仿宋 not found")).count(), plain.err());
        if (noFangSong) {
            assertTrue(plain.err().contains("pass --font fangsong="), plain.err());
        }
        Cli given = Cli.run(demand(dir, "--font", "fangsong=" + bundledWenKai(dir)));
        assertEquals(0, given.exitCode(), given.err());
        assertFalse(given.err().contains("仿宋 not found"), given.err());
        // R-STK-1: the form's year and date are options; one stock figure, one demand
        assertTrue(given.out().contains("Demand form 2027: estimate 580 - stock 370 = demand 210"), given.out());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("demand.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("合计580上年度库存（张）370本年度需求（张）210"), text);
            assertTrue(text.contains("2027年1月20日"), text);
        }
    }

    @Test
    void badFontValuesAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, Cli.run(demand(dir, "--font", "heiti=x.ttf")).exitCode());
        assertEquals(2, Cli.run(demand(dir, "--font", "fangsong")).exitCode());
        Cli missing = Cli.run(demand(dir, "--font", "song=" + dir.resolve("nope.ttc") + "#SimSun"));
        assertTrue(missing.exitCode() != 0, missing.out());
        assertTrue(missing.err().contains("nope.ttc"), missing.err());
    }
}
