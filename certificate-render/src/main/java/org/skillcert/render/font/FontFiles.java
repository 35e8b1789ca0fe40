package org.skillcert.render.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.skillcert.render.RenderException;

/**
 * Reading font files for {@link FontFace}: a plain TrueType font, or one face of a TrueType
 * collection ({@code .ttc}), refusing CFF outlines and non-font data with the source named.
 */
final class FontFiles {
    private FontFiles() {
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.FONT_UNREADABLE, file.toString(), 0,
                    "cannot read font file " + file + ": " + e.getMessage(), e);
        }
    }

    static final int TTCF = 0x74746366; // 'ttcf'

    static int tag(byte[] bytes) {
        if (bytes.length < 12) {
            return 0;
        }
        return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    }

    static FontFace parse(byte[] bytes, String source, String faceName) {
        if (bytes.length < 12) {
            throw notTrueType(source, "too short to be a font");
        }
        int tag = tag(bytes);
        if (tag == 0x4F54544F) { // 'OTTO'
            throw notTrueType(source, "has CFF (PostScript) outlines; PDFBox can subset only TrueType outlines,"
                    + " use a .ttf with glyf outlines");
        }
        if (tag == TTCF) {
            return parseCollection(bytes, source, faceName);
        }
        if (tag != 0x00010000 && tag != 0x74727565) { // 1.0 or 'true'
            throw notTrueType(source, "is not a TrueType font");
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            if (faceName != null && !sameName(ttf, faceName)) {
                throw new RenderException(RenderException.Reason.FONT_NOT_FOUND, source, 0, "font " + source
                        + " is " + ttf.getName() + ", not " + faceName);
            }
            return FontFace.checked(ttf, source, 0);
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    private static FontFace parseCollection(byte[] bytes, String source, String faceName) {
        try {
            // the collection is never closed: its faces read their tables from it for as long as the
            // face lives (the bytes are in memory, nothing else is held)
            TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            if (faces.isEmpty()) {
                throw notTrueType(source, "is an empty font collection");
            }
            TrueTypeFont chosen = faces.get(0);
            int index = 0;
            if (faceName != null) {
                chosen = null;
                for (int i = 0; i < faces.size(); i++) {
                    if (sameName(faces.get(i), faceName)) {
                        chosen = faces.get(i);
                        index = i;
                        break;
                    }
                }
                if (chosen == null) {
                    List<String> names = new ArrayList<>();
                    for (TrueTypeFont f : faces) {
                        names.add(f.getName());
                    }
                    throw new RenderException(RenderException.Reason.FONT_NOT_FOUND, source, 0, "font collection "
                            + source + " has no face " + faceName + "; its faces: " + String.join(", ", names));
                }
            }
            String name = chosen.getName();
            // the collection header lists each face's table directory, in the order the faces come
            return FontFace.checked(chosen, source + "#" + name, readInt(bytes, 12 + 4 * index));
        } catch (IOException | RuntimeException e) {
            throw unreadable(source, e);
        }
    }

    private static boolean sameName(TrueTypeFont ttf, String wanted) throws IOException {
        String w = wanted.replace(" ", "");
        if (ttf.getName() != null && ttf.getName().replace(" ", "").equalsIgnoreCase(w)) {
            return true;
        }
        return ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                && ttf.getNaming().getFontFamily().replace(" ", "").equalsIgnoreCase(w);
    }

    private static int readInt(byte[] b, int at) {
        if (at + 4 > b.length) {
            throw new IllegalArgumentException("font collection header ends at " + b.length);
        }
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    static RenderException unreadable(String source, Exception e) {
        if (e instanceof RenderException) {
            return (RenderException) e;
        }
        return new RenderException(RenderException.Reason.FONT_UNREADABLE, source, 0,
                "cannot parse font " + source + ": " + e.getMessage(), e);
    }

    static RenderException notTrueType(String source, String why) {
        return new RenderException(RenderException.Reason.FONT_NOT_TRUETYPE, source, 0, "font " + source + " " + why);
    }

    /** The PostScript names of the faces of a collection, in file order. */
    static List<String> collectionNames(byte[] bytes, Path file) {
        List<String> names = new ArrayList<>();
        try {
            TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            ttc.processAllFonts(f -> names.add(f.getName()));
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderException.Reason.FONT_UNREADABLE, file.toString(), 0,
                    "cannot parse font collection " + file + ": " + e.getMessage(), e);
        }
        return names;
    }
}
