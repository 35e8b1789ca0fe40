package org.skillcert.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
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
    private final Set<FontFace> adopted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<FontFace, Adopted> copied = new IdentityHashMap<>();
    private Map<FontFace, TemplateFont> templateFonts = Map.of();
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
            if (loaded.containsKey(e.getKey()) || adopted.contains(e.getKey())) {
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
     * Makes a renderer's template fonts available to this document: each is copied in on first use.
     *
     * @param fonts the template's font subsets by face
     */
    public void useTemplateFonts(Map<FontFace, TemplateFont> fonts) {
        this.templateFonts = fonts;
    }

    /**
     * Draws a face's values with its template font too (it holds every character the document
     * draws in that face); {@link #loadCutDown} then skips the face.
     *
     * @param face the face
     */
    public void adopt(FontFace face) {
        adopted.add(face);
    }

    /**
     * Returns the template font of a face, copied into this document on first use.
     *
     * @param face the face
     * @return the font
     * @throws IOException if the copy fails
     */
    public Adopted templateFont(FontFace face) throws IOException {
        Adopted a = copied.get(face);
        if (a == null) {
            TemplateFont t = templateFonts.get(face);
            if (t == null) {
                throw new IOException("no template font for " + face);
            }
            a = new Adopted(t.name(), (COSDictionary) t.font().thaw(), t.codes());
            copied.put(face, a);
        }
        return a;
    }

    /** Returns how to draw a face's values when adopted, or null to draw them with {@link #font}. */
    public Adopted adopted(FontFace face) throws IOException {
        return adopted.isEmpty() || !adopted.contains(face) ? null : templateFont(face);
    }

    /**
     * A font subset made once by a renderer for its fixed wording.
     *
     * @param name the resource name pages give it
     * @param font the font dictionary, frozen
     * @param codes the font's bytes for each of its characters
     */
    public record TemplateFont(COSName name, FrozenCos font, Map<Integer, byte[]> codes) {
    }

    /** A font of the document drawn by its codes. */
    public static final class Adopted {
        private final COSName name;
        private final COSDictionary font;
        private final Map<Integer, byte[]> codes;

        Adopted(COSName name, COSDictionary font, Map<Integer, byte[]> codes) {
            this.name = name;
            this.font = font;
            this.codes = codes;
        }

        /** The content-stream operators that show a text in this font (inside BT/ET), the font added to the page. */
        byte[] show(PDPage page, float size, String text) throws IOException {
            COSDictionary resources = page.getResources().getCOSObject();
            COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
            if (fonts == null) {
                fonts = new COSDictionary();
                resources.setItem(COSName.FONT, fonts);
            }
            fonts.setItem(name, font);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 + text.length() * 4);
            out.write(('/' + name.getName() + ' ' + new BigDecimal(Float.toString(size)).toPlainString() + " Tf <")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                byte[] code = codes.get(text.codePointAt(i));
                if (code == null) {
                    throw new IOException("no code for U+" + Integer.toHexString(text.codePointAt(i)));
                }
                for (byte b : code) {
                    out.write(HEX[(b >> 4) & 0xf]);
                    out.write(HEX[b & 0xf]);
                }
            }
            out.write("> Tj\n".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

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
