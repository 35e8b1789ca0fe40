package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.font.FontCollections;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;

class FontTest {
    @Test
    void everyFontInEveryDocumentIsEmbeddedAndSubset() throws IOException {
        // R-LAY-3/R-LAY-4: fonts travel with the PDF; subsets keep it small
        for (Map.Entry<String, byte[]> doc : SampleDocuments.all().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(doc.getValue())) {
                int fonts = 0;
                for (PDPage page : pdf.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName name : res.getFontNames()) {
                        PDFont font = res.getFont(name);
                        fonts++;
                        assertTrue(font.isEmbedded(), doc.getKey() + ": " + font.getName() + " not embedded");
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), doc.getKey() + ": " + font.getName() + " not subset");
                        assertTrue(font instanceof PDType0Font, doc.getKey() + ": " + font.getName());
                    }
                }
                assertTrue(fonts > 0, doc.getKey());
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsAnErrorNamingFieldCharacterAndCodePoint() {
        // the bundled fonts have no glyph for U+2A6A5 𪚥: fail, never draw a blank box
        CertificateContent c = Samples.certificate().toBuilder().holderName("陈𪚥").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class, () -> Samples.renderer().render(c, out));
        assertEquals(RenderException.Reason.MISSING_GLYPH, e.reason());
        assertEquals("holder.name", e.input());
        assertEquals(2, e.position());
        assertTrue(e.getMessage().contains("U+2A6A5"), e.getMessage());
        assertTrue(e.getMessage().contains("𪚥"), e.getMessage());
        assertTrue(e.getMessage().contains("LXGW WenKai"), e.getMessage());
        assertEquals(0, out.size(), "nothing written");
    }

    @Test
    void aMissingGlyphOnTheSealNamesTheSeal() {
        CertificateContent c = Samples.certificate().toBuilder().institutionName("广州𪚥学院").photo(null).build();
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.renderer().render(c, new ByteArrayOutputStream()));
        assertEquals(RenderException.Reason.MISSING_GLYPH, e.reason());
        assertEquals(3, e.position());
    }

    @Test
    void latinCharactersTakeTheLatinFontAndChineseTheRoleFont() {
        FontLibrary fonts = Samples.fonts();
        assertEquals("Liberation Serif", fonts.faceFor(FontRole.FANGSONG, 'S', "f", 1).family());
        assertEquals("LXGW WenKai", fonts.faceFor(FontRole.FANGSONG, '陈', "f", 1).family());
        assertEquals("LXGW WenKai", fonts.faceFor(FontRole.LATIN, '网', "f", 1).family());
    }

    @Test
    void callerFontsComeFirstAndFacesAreShared() throws IOException {
        byte[] liberation;
        try (var in = FontFace.class.getResourceAsStream("LiberationSerif-Regular.ttf")) {
            liberation = in.readAllBytes();
        }
        FontLibrary lib = FontLibrary.builder().systemFonts(false)
                .font(FontRole.LATIN, new ByteArrayInputStream(liberation), "my-times.ttf").build();
        FontFace first = lib.chain(FontRole.LATIN).get(0);
        assertEquals("my-times.ttf", first.source());
        assertEquals(2, lib.chain(FontRole.LATIN).size(), "caller font, then the bundled one");
        // Latin letters in a FangSong box come from the caller's Latin font, Chinese from the role's chain
        assertSame(first, lib.faceFor(FontRole.FANGSONG, 'A', "f", 1));
        assertEquals("LXGW WenKai", lib.faceFor(FontRole.FANGSONG, '楷', "f", 1).family());
        // the bundled faces are parsed once per JVM and shared by every library
        assertSame(Samples.fonts().chain(FontRole.KAI).get(0), FontLibrary.bundledOnly().chain(FontRole.KAI).get(0));
    }

    @Test
    void theCompactPartHasTheCommonCharactersAndTheFullFontTheRest() {
        FontFace full = Samples.fonts().chain(FontRole.KAI).get(1);
        FontFace compact = Samples.fonts().chain(FontRole.KAI).get(0);
        assertSame(compact, full.compact());
        assertTrue(compact.trueTypeFontGlyphCount() < full.trueTypeFontGlyphCount() / 3);
        assertTrue(compact.hasGlyph('陈') && compact.hasGlyph('A') && compact.hasGlyph('：'));
        // 堃 is outside GB 2312: the full font draws it
        assertFalse(compact.hasGlyph('堃'));
        assertTrue(full.hasGlyph('堃'));
        assertSame(full, Samples.fonts().faceFor(FontRole.FANGSONG, '堃', "holder.name", 1));
        assertEquals(full.advance('陈'), compact.advance('陈'));
        CertificateContent rare = Samples.certificate().toBuilder().holderName("陈堃").photo(null).build();
        assertTrue(Pdfs.text(Pdfs.certificate(Samples.renderer(), rare, Mode.ELECTRONIC)).contains("陈堃"));
    }

    @Test
    void cffOpenTypeIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path otf = dir.resolve("SourceHanSerif.otf");
        byte[] header = new byte[64];
        header[0] = 'O';
        header[1] = 'T';
        header[2] = 'T';
        header[3] = 'O';
        Files.write(otf, header);
        RenderException e = assertThrows(RenderException.class,
                () -> FontLibrary.builder().font(FontRole.SONG, otf));
        assertEquals(RenderException.Reason.FONT_NOT_TRUETYPE, e.reason());
        assertEquals(otf.toString(), e.input());
        assertTrue(e.getMessage().contains("SourceHanSerif.otf"));
    }

    @Test
    void brokenCollectionsAndNonFontsAreRefused(@TempDir Path dir) throws IOException {
        Path ttc = dir.resolve("simsun.ttc");
        Files.write(ttc, new byte[] {'t', 't', 'c', 'f', 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});
        assertEquals(RenderException.Reason.FONT_UNREADABLE,
                assertThrows(RenderException.class, () -> FontFace.load(ttc)).reason());
        Path text = dir.resolve("notes.ttf");
        Files.writeString(text, "this is not a font at all");
        assertEquals(RenderException.Reason.FONT_NOT_TRUETYPE,
                assertThrows(RenderException.class, () -> FontFace.load(text)).reason());
        Path missing = dir.resolve("gone.ttf");
        RenderException e = assertThrows(RenderException.class, () -> FontFace.load(missing));
        assertEquals(RenderException.Reason.FONT_UNREADABLE, e.reason());
        assertEquals(missing.toString(), e.input());
    }

    @Test
    void aCollectionFaceServesTheSeal(@TempDir Path dir) throws IOException {
        // R-LAY-5 / issue 11: Windows ships 宋体 as simsun.ttc; a .ttc is read by face name, default the first
        Path ttc = dir.resolve("pair.ttc");
        Files.write(ttc, FontCollections.pack(FontCollections.bundled("LiberationSerif-Regular.ttf"),
                FontCollections.bundled("LXGWWenKai-Regular.ttf")));
        assertEquals(java.util.List.of("LiberationSerif", "LXGWWenKai-Regular"), FontFace.faceNames(ttc));
        assertEquals("Liberation Serif", FontFace.load(ttc).family(), "the first face by default");
        RenderException none = assertThrows(RenderException.class, () -> FontFace.load(ttc, "SimSun"));
        assertEquals(RenderException.Reason.FONT_NOT_FOUND, none.reason());
        assertTrue(none.getMessage().contains("LXGWWenKai-Regular"), none.getMessage());

        FontLibrary lib = FontLibrary.builder().systemFonts(false).font(FontRole.SONG, ttc, "LXGW WenKai").build();
        assertEquals(ttc + "#LXGWWenKai-Regular", lib.report(FontRole.SONG).source());
        assertEquals(org.skillcert.render.font.RoleFont.Origin.GIVEN, lib.report(FontRole.SONG).origin());
        assertTrue(lib.faceFor(FontRole.SONG, '章', "seal", 1).source().startsWith(ttc + "#LXGWWenKai-Regular"));
        // the seal's text is drawn from the collection's face: the bundled Song (Noto Serif SC) is not embedded
        CertificateRenderer renderer = CertificateRenderer.builder().fonts(lib).clock(Samples.CLOCK).build();
        byte[] pdf = Pdfs.certificate(renderer, Samples.certificate(), Mode.ELECTRONIC);
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName().substring(7));
            }
        }
        assertFalse(names.contains("NotoSerifSC-Regular"), names.toString());
        assertTrue(Pdfs.text(pdf).contains("职业技能等级认定专用章"));
        // the same certificate with the bundled fonts only takes Noto Serif SC for the seal
        assertTrue(fontNames(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))
                .contains("NotoSerifSC-Regular"));
    }

    private static java.util.Set<String> fontNames(byte[] pdf) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getFontNames()) {
                names.add(res.getFont(name).getName().substring(7));
            }
        }
        return names;
    }

    @Test
    void theReportSaysWhichFontServesEachRoleAndWhichFellBack(@TempDir Path dir) throws IOException {
        // R-LAY-4: values in 仿宋; without one the bundled 楷体 stands in, and the library says so
        FontLibrary bundled = Samples.fonts();
        assertEquals(java.util.List.of(FontRole.FANGSONG),
                bundled.fallbacks().stream().map(org.skillcert.render.font.RoleFont::role).collect(java.util.stream.Collectors.toList()));
        assertEquals("LXGW WenKai", bundled.report(FontRole.FANGSONG).family());
        assertEquals("Noto Serif SC", bundled.report(FontRole.SONG).family());
        assertFalse(bundled.report(FontRole.SONG).fellBack(), "Noto Serif SC is a Song face");
        assertEquals(org.skillcert.render.font.RoleFont.Origin.BUNDLED, bundled.report(FontRole.KAI).origin());
        assertEquals(4, bundled.report().size());
        Path fang = dir.resolve("simfang.ttf");
        Files.write(fang, FontCollections.bundled("LXGWWenKai-Regular.ttf"));
        FontLibrary given = FontLibrary.builder().systemFonts(false).font(FontRole.FANGSONG, fang).build();
        assertTrue(given.fallbacks().isEmpty(), given.report().toString());
        // compose exposes the same report
        assertEquals(bundled.report(), Samples.renderer().compose(Samples.certificate(), Mode.ELECTRONIC).fonts());
        assertEquals(FontRole.FANGSONG, Samples.renderer().compose(Samples.certificate(), Mode.OVERLAY).fontFallbacks().get(0).role());
        assertEquals(fang.toString(), given.report(FontRole.FANGSONG).source());
    }

    @Test
    void withoutAnyFontARoleIsAnError() {
        RenderException e = assertThrows(RenderException.class,
                () -> FontLibrary.builder().systemFonts(false).bundledFallback(false).build());
        assertEquals(RenderException.Reason.FONT_NOT_FOUND, e.reason());
    }

    @Test
    void bundledOnlyUsesNoSystemFont() {
        for (FontRole role : FontRole.values()) {
            // WenKai (29,000 glyphs) and Noto Serif SC come with their compact GB 2312 part first; Liberation is small
            assertEquals(role == FontRole.LATIN ? 1 : 2, Samples.fonts().chain(role).size(), role.name());
            assertTrue(Samples.fonts().chain(role).stream().allMatch(f -> f.source().startsWith("bundled:")));
        }
        assertFalse(Samples.fonts().chain(FontRole.LATIN).get(0).hasGlyph(0x2A6A5));
    }
}
