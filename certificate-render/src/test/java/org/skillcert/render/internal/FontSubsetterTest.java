package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.Samples;
import org.skillcert.render.font.FontCollections;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontRole;
import org.skillcert.testing.Property;

/**
 * The per-document subsetter ({@link FontSubsetter}) and the PDF font made of its cut
 * ({@link CutFont}): every requested character keeps its outline and advance, composite glyphs
 * keep their parts, characters the face lacks still get a code, collection faces work, and the
 * output is a well-formed TrueType program (table and whole-font checksums).
 */
class FontSubsetterTest {
    private static final FontFace KAI = Samples.fonts().chain(FontRole.KAI).get(0);
    private static final FontFace LATIN = Samples.fonts().chain(FontRole.LATIN).get(0);

    /** A face and some of its characters (and, now and then, characters it lacks). */
    private record Case(FontFace face, List<Integer> codePoints) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(face.family()).append(':');
            codePoints.forEach(cp -> b.append(" U+").append(Integer.toHexString(cp)));
            return b.toString();
        }
    }

    private static Case generate(Random r) {
        FontFace face = r.nextBoolean() ? KAI : LATIN;
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 40);
        List<Integer> cps = new ArrayList<>();
        while (cps.size() < n) {
            int cp;
            switch (r.nextInt(6)) {
                case 0:
                    cp = 0x20 + r.nextInt(0x5f); // ASCII
                    break;
                case 1:
                    cp = 0xA0 + r.nextInt(0x180); // Latin-1, Latin Extended-A (composites in Liberation)
                    break;
                case 2:
                    cp = 0x3000 + r.nextInt(0x40); // CJK punctuation
                    break;
                case 3:
                    cp = r.nextInt(50) == 0 ? 0x20000 + r.nextInt(0x100) : r.nextInt(0x10000); // anything
                    break;
                default:
                    cp = 0x4E00 + r.nextInt(0x5200); // CJK unified ideographs
                    break;
            }
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue; // not a character: text cannot hold it
            }
            if (face.hasGlyph(cp) || r.nextInt(8) == 0) {
                cps.add(cp);
            }
        }
        return new Case(face, cps);
    }

    @Test
    void everyCharacterKeepsItsOutlineAndAdvance() {
        Property.forAll("a cut draws each character as the face does", 2000, FontSubsetterTest::generate,
                c -> check(c.face(), c.codePoints()));
    }

    @Test
    void aSurrogateIsRefused() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> cutBytes(KAI, List.of((int) 'A', 0xD800)));
        assertEquals("U+D800 is not a character", e.getMessage());
    }

    @Test
    void compositeGlyphsKeepTheirParts() throws IOException {
        TrueTypeFont ttf = FontAccess.trueTypeFont(LATIN);
        List<Integer> composites = new ArrayList<>();
        for (int cp = 0xC0; cp < 0x180; cp++) {
            GlyphData g = ttf.getGlyph().getGlyph(ttf.getUnicodeCmapLookup().getGlyphId(cp));
            if (g != null && g.getDescription().isComposite()) {
                composites.add(cp);
            }
        }
        assertTrue(composites.size() > 20, "Liberation Serif builds accented letters of parts: " + composites.size());
        byte[] font = check(LATIN, composites.subList(0, 5));
        // the parts (base letters, accents) were not asked for: they follow the 5 requested glyphs
        assertTrue(numGlyphs(font) > 6, "parts added: " + numGlyphs(font));
    }

    @Test
    void charactersTheFaceLacksDrawItsNotdef() {
        int missing = 0xE000; // private use: no bundled face has it
        assertTrue(!KAI.hasGlyph(missing) && !LATIN.hasGlyph(missing));
        check(KAI, List.of((int) '中', missing, 0x10FFFD));
        check(LATIN, List.of(missing));
    }

    @Test
    void aFaceOfACollectionIsCutFromItsOwnTables(@TempDir Path dir) throws IOException {
        Path ttc = dir.resolve("pair.ttc");
        Files.write(ttc, FontCollections.pack(FontCollections.bundled("LiberationSerif-Regular.ttf"),
                FontCollections.bundled("LXGWWenKai-Regular.ttf")));
        FontFace second = FontFace.load(ttc, "LXGW WenKai");
        assertNotEquals(0, FontAccess.tableDirectory(second));
        assertTrue(second.hasGlyph(0x20BB7), "the full WenKai face reaches beyond the BMP");
        check(second, List.of((int) '证', (int) '书', (int) 'A', 0x3002, 0x20BB7));
        FontFace first = FontFace.load(ttc, "LiberationSerif");
        check(first, List.of((int) 'A', (int) 'Å', (int) 'é'));
    }

    @Test
    void twoThreadsCutTheSameBytes() throws Exception {
        List<Integer> cps = List.of((int) '陈', (int) '晓', (int) '明', (int) '电', (int) '工', (int) 'X');
        byte[] alone = cutBytes(KAI, cps);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> cutBytes(KAI, cps)));
            }
            for (Future<byte[]> f : futures) {
                assertArrayEquals(alone, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pdfFontGivesTheFacesWidthsAndTheCharactersBack() throws IOException {
        String text = "陈晓明 Électricien 高级工 ß";
        List<Integer> cps = text.codePoints().boxed().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            DocumentResources.Adopted kai = CutFont.embed(KAI, cps, COSName.getPDFName("V1"));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.newLineAtOffset(50, 700);
                cs.appendRawCommands(kai.show(page, 12, text));
                cs.endText();
            }
            PDType0Font font = new PDType0Font(kai.font());
            for (int cp : cps) {
                byte[] code = kai.codes().get(cp);
                int c = ((code[0] & 0xff) << 8) | (code[1] & 0xff);
                assertEquals(KAI.advance(cp), font.getWidth(c), 0.0, "width of U+" + Integer.toHexString(cp));
                assertEquals(new String(Character.toChars(cp)), font.toUnicode(c));
            }
            COSDictionary descriptor = font.getDescendantFont().getFontDescriptor().getCOSObject();
            assertTrue(descriptor.getNameAsString(COSName.FONT_NAME).matches("[A-Z]{6}\\+LXGWWenKai-Regular"),
                    descriptor.getNameAsString(COSName.FONT_NAME));
            assertEquals(COSName.IDENTITY, font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP));
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(text, new PDFTextStripper().getText(doc).strip());
        }
    }

    @Test
    void aCharacterSetSeenTwiceIsCopiedAsTheSameFont() throws IOException {
        // characters no other test here asks for together: the first embedding is this set's first
        List<Integer> cps = "印章缓存測試".codePoints().boxed().toList();
        List<DocumentResources.Adopted> fonts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fonts.add(CutFont.embed(KAI, cps, COSName.getPDFName("V1")));
        }
        byte[] program = fontProgram(fonts.get(0));
        for (DocumentResources.Adopted f : fonts.subList(1, 4)) {
            assertArrayEquals(program, fontProgram(f));
            assertEquals(fonts.get(0).codes().keySet(), f.codes().keySet());
            PDType0Font font = new PDType0Font(f.font());
            for (int cp : cps) {
                byte[] code = f.codes().get(cp);
                assertArrayEquals(fonts.get(0).codes().get(cp), code);
                assertEquals(new String(Character.toChars(cp)), font.toUnicode(((code[0] & 0xff) << 8) | (code[1] & 0xff)));
            }
        }
        // each document gets objects of its own
        assertTrue(fonts.get(2).font() != fonts.get(3).font());
    }

    private static byte[] fontProgram(DocumentResources.Adopted font) throws IOException {
        return new PDType0Font(font.font()).getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
    }

    private static byte[] cutBytes(FontFace face, List<Integer> codePoints) throws IOException {
        int[] cps = new TreeSet<>(codePoints).stream().mapToInt(Integer::intValue).toArray();
        int[] gids = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            gids[i] = FontAccess.glyphId(face, cps[i]);
        }
        return FontSubsetter.cut(FontSubsetter.Source.of(face), cps, gids).font();
    }

    // cuts, parses the cut back with fontbox and compares each character's glyph with the face's
    private static byte[] check(FontFace face, List<Integer> codePoints) {
        try {
            byte[] font = cutBytes(face, codePoints);
            checksums(font);
            TrueTypeFont source = FontAccess.trueTypeFont(face);
            try (TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                int[] cps = new TreeSet<>(codePoints).stream().mapToInt(Integer::intValue).toArray();
                assertTrue(cut.getNumberOfGlyphs() >= cps.length + 1, "a glyph per character and .notdef");
                for (int i = 0; i < cps.length; i++) {
                    int cp = cps[i];
                    int newGid = cut.getUnicodeCmapLookup().getGlyphId(cp);
                    assertEquals(i + 1, newGid, "code point U+" + Integer.toHexString(cp));
                    int oldGid = FontAccess.glyphId(face, cp);
                    assertEquals(source.getAdvanceWidth(oldGid), cut.getAdvanceWidth(newGid),
                            "advance of U+" + Integer.toHexString(cp));
                    assertEquals(outline(source, oldGid), outline(cut, newGid), "outline of U+" + Integer.toHexString(cp));
                }
                assertEquals(outline(source, 0), outline(cut, 0), ".notdef");
                assertEquals(source.getUnitsPerEm(), cut.getUnitsPerEm());
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int numGlyphs(byte[] font) throws IOException {
        try (TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return cut.getNumberOfGlyphs();
        }
    }

    private static List<Double> outline(TrueTypeFont font, int gid) throws IOException {
        GlyphData g = font.getGlyph().getGlyph(gid);
        List<Double> segments = new ArrayList<>();
        if (g == null) {
            return segments;
        }
        GeneralPath path = g.getPath();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            segments.add((double) type);
            int n = type == PathIterator.SEG_CUBICTO ? 6 : type == PathIterator.SEG_QUADTO ? 4 : type == PathIterator.SEG_CLOSE ? 0 : 2;
            for (int k = 0; k < n; k++) {
                segments.add(c[k]);
            }
        }
        return segments;
    }

    // OpenType: each table's checksum, and the whole font summing to 0xB1B0AFBA
    private static void checksums(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        long whole = 0;
        for (int i = 0; i < font.length; i += 4) {
            whole += b.getInt(i) & 0xFFFFFFFFL;
        }
        assertEquals(0xB1B0AFBAL, whole & 0xFFFFFFFFL, "whole-font checksum");
        for (int t = 0; t < tables; t++) {
            int rec = 12 + 16 * t;
            int tag = b.getInt(rec);
            int offset = b.getInt(rec + 8);
            int length = b.getInt(rec + 12);
            long sum = 0;
            for (int i = offset; i < offset + ((length + 3) & ~3); i += 4) {
                sum += b.getInt(i) & 0xFFFFFFFFL;
            }
            if (tag == 0x68656164) { // head: its checksum is taken with checkSumAdjustment 0
                sum -= b.getInt(offset + 8) & 0xFFFFFFFFL;
            }
            assertEquals(b.getInt(rec + 4) & 0xFFFFFFFFL, sum & 0xFFFFFFFFL, "checksum of table " + t);
            if (t > 0) {
                assertTrue(Integer.compareUnsigned(b.getInt(rec - 16), tag) < 0, "tables sorted by tag");
            }
        }
    }
}
