package org.skillcert.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.skillcert.render.font.FontFace;

/**
 * A face cut down to a few characters ({@link FontSubsetter}) as a PDF font, written directly as
 * PDF objects: a Type0 font with {@code Identity-H} encoding over a CIDFontType2 font whose CIDs
 * are the cut font's glyph ids ({@code CIDToGIDMap /Identity}, which PDF/A-2 asks for), its
 * widths ({@code W}, only where they differ from the default 1000), its font descriptor (the
 * values PDFBox puts there for the face, taken from PDFBox once per face), the Flate-compressed
 * {@code FontFile2} and a {@code ToUnicode} map, so that text extraction gives the characters.
 * Names carry a subset tag (PDF 32000 9.6.4). No {@code CIDSet}: PDF/A-2 does not ask for one.
 * Thread-safe.
 */
final class CutFont {
    // compressed once per document: the fastest level (an 8.5 KB WenKai cut: 50 us and 6,266 bytes
    // against 68 us and 6,114 bytes at the default level); frozen copies get the best level

    private CutFont() {
    }

    /** What a face contributes to every cut of it, made once per face. */
    private record FaceData(FontSubsetter.Source source, FrozenCos descriptor, Map<String, Frozen> frozen,
            ThreadLocal<Set<String>> seen) {
    }

    /** A cut made ready to copy: the Type0 font's graph and its codes. */
    private record Frozen(FrozenCos font, Map<Integer, byte[]> codes) {
    }

    // a character set's first cut on a thread is only remembered by that thread; its second is
    // frozen into the face's shared map and copied from then on, by every thread: the seal is the
    // same on every certificate of an institution (its cut, Flate compression included, was about
    // a tenth of a certificate), a holder's name seldom comes back. A document whose characters
    // are new writes nothing shared.
    private static final int SEEN_LIMIT = 256;
    private static final int FROZEN_LIMIT = 64;

    private static FaceData faceData(FontFace face) throws IOException {
        FontSubsetter.Source source = FontSubsetter.Source.of(face);
        // the descriptor PDFBox makes for the face (flags, box, ascent, descent, cap height, stem),
        // without the entries that belong to one embedding of it
        try (PDDocument scratch = new PDDocument()) {
            PDType0Font font = PDType0Font.load(scratch, FontAccess.trueTypeFont(face), true);
            COSDictionary made = font.getFontDescriptor().getCOSObject();
            COSDictionary descriptor = new COSDictionary();
            for (Map.Entry<COSName, COSBase> e : made.entrySet()) {
                COSName key = e.getKey();
                if (!key.equals(COSName.FONT_NAME) && !key.equals(COSName.FONT_FILE2) && !key.equals(COSName.CID_SET)
                        && !key.equals(COSName.FONT_FILE) && !key.equals(COSName.FONT_FILE3)) {
                    descriptor.setItem(key, e.getValue());
                }
            }
            return new FaceData(source, FrozenCos.of(descriptor), new ConcurrentHashMap<>(),
                    ThreadLocal.withInitial(HashSet::new));
        }
    }

    private static FaceData data(FontFace face) throws IOException {
        try {
            return (FaceData) FontAccess.embeddingData(face, f -> {
                try {
                    return faceData(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Cuts a face down to some characters and makes the PDF font that draws them.
     *
     * @param face the face
     * @param codePoints the characters
     * @param resourceName the name pages give the font
     * @return the font, drawn by its codes
     * @throws IOException if the face's data is malformed
     */
    static DocumentResources.Adopted embed(FontFace face, Collection<Integer> codePoints, COSName resourceName)
            throws IOException {
        FaceData data = data(face);
        int[] cps = codePoints.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        String key = new String(cps, 0, cps.length);
        Frozen frozen = data.frozen().get(key);
        if (frozen != null) {
            return new DocumentResources.Adopted(resourceName, (COSDictionary) frozen.font().thaw(), frozen.codes());
        }
        int[] gids = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            gids[i] = FontAccess.glyphId(face, cps[i]);
        }
        FontSubsetter.Cut cut = FontSubsetter.cut(data.source(), cps, gids);
        String name = subsetTag(cps, data.source().postScriptName) + "+" + data.source().postScriptName;

        COSStream fontFile = flateStream(cut.font(), cut.font().length);
        fontFile.setInt(COSName.LENGTH1, cut.font().length);
        COSDictionary descriptor = (COSDictionary) data.descriptor().thaw();
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths(cut, cps.length + 1));
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode(cps));

        Map<Integer, byte[]> codes = new HashMap<>(cps.length * 2);
        for (int i = 0; i < cps.length; i++) {
            int cid = i + 1;
            codes.put(cps[i], new byte[] {(byte) (cid >>> 8), (byte) cid});
        }
        Set<String> seen = data.seen().get();
        if (!seen.add(key)) {
            if (data.frozen().size() >= FROZEN_LIMIT) {
                data.frozen().clear(); // bounded: sets that came back once too often start over
            }
            data.frozen().put(key, new Frozen(FrozenCos.of(type0), codes));
        } else if (seen.size() > SEEN_LIMIT) {
            seen.clear();
            seen.add(key);
        }
        return new DocumentResources.Adopted(resourceName, type0, codes);
    }

    // W: runs of consecutive CIDs whose width is not the default (1000), as "first [w w ...]"
    private static COSArray widths(FontSubsetter.Cut cut, int cids) {
        float scale = 1000f / cut.unitsPerEm();
        COSArray w = new COSArray();
        COSArray run = null;
        for (int cid = 0; cid < cids; cid++) {
            // the same rounding as FontFace.advance, by which the text was laid out
            int width = Math.round(cut.advances()[cid] * scale);
            if (width == 1000) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(COSInteger.get(width));
        }
        return w;
    }

    private static COSStream toUnicode(int[] cps) throws IOException {
        StringBuilder cmap = new StringBuilder(400 + cps.length * 24);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int from = 0; from < cps.length; from += 100) {
            int to = Math.min(cps.length, from + 100);
            cmap.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                cmap.append('<');
                hex4(cmap, i + 1);
                cmap.append("> <");
                for (char c : Character.toChars(cps[i])) {
                    hex4(cmap, c);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        byte[] bytes = cmap.toString().getBytes(StandardCharsets.US_ASCII);
        return flateStream(bytes, bytes.length);
    }

    // a Flate stream of the bytes, compressed by a pooled Deflater at the fastest level and read in place
    private static COSStream flateStream(byte[] data, int length) throws IOException {
        Flate.Compressed out = Flate.deflate(data, length);
        COSStream stream = new COSStream(null,
                new RandomAccessReadView(new RandomAccessReadBuffer(out.bytes()), 0, out.length()));
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    private static void hex4(StringBuilder b, int v) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            b.append(Character.toUpperCase(Character.forDigit((v >> shift) & 0xf, 16)));
        }
    }

    // six upper-case letters derived from the font's name and characters (PDF 32000 9.6.4):
    // different subsets in one document get different tags
    static String subsetTag(int[] sortedCodePoints, String fontName) {
        long h = 1125899906842597L;
        if (fontName != null) {
            h = 31 * h + fontName.hashCode();
        }
        for (int cp : sortedCodePoints) {
            h = 31 * h + cp;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h = Math.floorDiv(h, 26) ^ (h >>> 41);
        }
        return tag.toString();
    }
}
