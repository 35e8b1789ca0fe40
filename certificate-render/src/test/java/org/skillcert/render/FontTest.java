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
    void collectionsAndNonFontsAreRefused(@TempDir Path dir) throws IOException {
        Path ttc = dir.resolve("simsun.ttc");
        Files.write(ttc, new byte[] {'t', 't', 'c', 'f', 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});
        assertEquals(RenderException.Reason.FONT_NOT_TRUETYPE,
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
    void withoutAnyFontARoleIsAnError() {
        RenderException e = assertThrows(RenderException.class,
                () -> FontLibrary.builder().systemFonts(false).bundledFallback(false).build());
        assertEquals(RenderException.Reason.FONT_NOT_FOUND, e.reason());
    }

    @Test
    void bundledOnlyUsesNoSystemFont() {
        for (FontRole role : FontRole.values()) {
            // WenKai (29,000 glyphs) comes with its compact GB 2312 part first; Liberation is small
            assertEquals(role == FontRole.LATIN ? 1 : 2, Samples.fonts().chain(role).size(), role.name());
            assertTrue(Samples.fonts().chain(role).stream().allMatch(f -> f.source().startsWith("bundled:")));
        }
        assertFalse(Samples.fonts().chain(FontRole.LATIN).get(0).hasGlyph(0x2A6A5));
    }
}
