package org.skillcert.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.skillcert.render.font.FontFace;

/**
 * What one document shares between its pages: each shared font face is loaded into the
 * document once, on first use, and subset-embedded when the document is saved; drawings used on
 * every page (the border's rope) are stored once as form XObjects. Not thread-safe (documents
 * are not).
 */
public final class DocumentResources implements Seal.FontMapper {
    private final PDDocument doc;
    private final Map<FontFace, PDFont> loaded = new IdentityHashMap<>();
    private final Map<String, PDFormXObject> forms = new HashMap<>();
    private final List<TrueTypeFont> toClose = new ArrayList<>();
    // what drawing and embedding need; layout tables (GSUB, GPOS: megabytes in CJK fonts) are left out
    private static final List<String> CUT_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "OS/2", "name", "post");

    public DocumentResources(PDDocument doc) {
        this.doc = doc;
    }

    public PDDocument document() {
        return doc;
    }

    /**
     * Loads each face cut down to just the characters this (one-page) document uses. PDFBox's
     * embedding work per document grows with the glyph count of the font it is given; handing it a
     * font of a hundred glyphs instead of thousands makes a single certificate several times
     * cheaper. Only for documents whose whole text is known up front; print runs load the shared
     * faces once and let PDFBox subset them at save.
     */
    public void loadCutDown(Map<FontFace, Set<Integer>> used) throws IOException {
        for (Map.Entry<FontFace, Set<Integer>> e : used.entrySet()) {
            if (loaded.containsKey(e.getKey())) {
                continue;
            }
            TTFSubsetter subsetter = new TTFSubsetter(FontAccess.trueTypeFont(e.getKey()), CUT_TABLES);
            subsetter.addAll(e.getValue());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
            cut.setEnableGsub(false);
            // the cut font holds only this document's glyphs, i.e. it already is the subset: embedded
            // whole, PDFBox does not subset it a second time at save (a quarter of the work per
            // certificate); the name gets the subset tag PDF 32000 9.6.4 asks of a subset font
            PDType0Font font = PDType0Font.load(doc, cut, false);
            tagAsSubset(font, e.getValue());
            loaded.put(e.getKey(), font);
            // the document owns the cut-down font and closes it with itself
            toClose.add(cut);
        }
    }

    /**
     * Draws a face's characters with a font already in the document (a template's subset that
     * holds every character the document draws in that face); {@link #loadCutDown} then skips it.
     */
    public void adopt(FontFace face, PDFont font) {
        loaded.put(face, font);
    }

    // six upper-case letters derived from the characters, then '+', before every name of the font
    private static void tagAsSubset(PDType0Font font, Set<Integer> codePoints) {
        long h = 1125899906842597L;
        for (int cp : new java.util.TreeSet<>(codePoints)) {
            h = 31 * h + cp;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h = Math.floorDiv(h, 26) ^ (h >>> 41);
        }
        String name = tag + "+" + font.getName();
        font.getCOSObject().setName(COSName.BASE_FONT, name);
        font.getDescendantFont().getCOSObject().setName(COSName.BASE_FONT, name);
        font.getFontDescriptor().setFontName(name);
    }

    /** Closes the cut-down fonts made for this document (never the shared faces). */
    public void close() throws IOException {
        for (TrueTypeFont f : toClose) {
            f.close();
        }
        toClose.clear();
    }

    /** Returns the document's form XObject with this name, making it with {@code maker} on first use. */
    public PDFormXObject form(String name, FormMaker maker) throws IOException {
        PDFormXObject form = forms.get(name);
        if (form == null) {
            form = maker.make(doc);
            forms.put(name, form);
        }
        return form;
    }

    /** Makes a form XObject in a document. */
    @FunctionalInterface
    public interface FormMaker {
        PDFormXObject make(PDDocument doc) throws IOException;
    }

    @Override
    public PDFont font(FontFace face) throws IOException {
        PDFont font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(doc, FontAccess.trueTypeFont(face), true);
            loaded.put(face, font);
        }
        return font;
    }
}
