package org.skillcert.render.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.skillcert.render.font.FontFace;

/**
 * What one document shares between its pages: each shared font face is loaded into the
 * document once, on first use, and subset-embedded when the document is saved (or, for a
 * one-page document, cut down to the page's characters up front: {@link #loadCutDown}); drawings used on
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
    private final Map<FontFace, Adopted> cut = new IdentityHashMap<>();

    public DocumentResources(PDDocument doc) {
        this.doc = doc;
    }

    public PDDocument document() {
        return doc;
    }

    /**
     * Cuts each face down to just the characters this (one-page) document draws in it, written as
     * a PDF font of this document ({@link CutFont}): the values are then drawn by their codes in it
     * (see {@link #adopted}). Only for documents whose whole text is known up front; print runs
     * load the shared faces once and let PDFBox subset them at save. Faces already loaded or
     * adopted are skipped.
     *
     * @param used the characters by face
     * @throws IOException if a face's data is malformed
     */
    public void loadCutDown(Map<FontFace, Set<Integer>> used) throws IOException {
        for (Map.Entry<FontFace, Set<Integer>> e : used.entrySet()) {
            FontFace face = e.getKey();
            if (loaded.containsKey(face) || adopted.contains(face) || cut.containsKey(face)) {
                continue;
            }
            cut.put(face, CutFont.embed(face, e.getValue(), COSName.getPDFName("V" + (cut.size() + 1))));
        }
    }

    /**
     * Returns the font {@link #loadCutDown} made for a face: its dictionary and its codes.
     *
     * @param face the face
     * @return the cut font, or null if none was made for the face
     */
    public Adopted cutFont(FontFace face) {
        return cut.get(face);
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

    /**
     * Returns how to draw a face's values by codes: the template font when the face is adopted,
     * else the face's cut font; null to draw them with {@link #font}.
     */
    @Override
    public Adopted adopted(FontFace face) throws IOException {
        if (!adopted.isEmpty() && adopted.contains(face)) {
            return templateFont(face);
        }
        return cut.isEmpty() ? null : cut.get(face);
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

        /** Returns the font dictionary. */
        public COSDictionary font() {
            return font;
        }

        /** Returns the font's bytes for each of its characters. */
        public Map<Integer, byte[]> codes() {
            return codes;
        }

        /** The content-stream operators that show a text in this font (inside BT/ET), the font added to the page. */
        public byte[] show(PDPage page, float size, String text) throws IOException {
            if (page != registeredOn) {
                COSDictionary resources = page.getResources().getCOSObject();
                COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
                if (fonts == null) {
                    fonts = new COSDictionary();
                    resources.setItem(COSName.FONT, fonts);
                }
                fonts.setItem(name, font);
                registeredOn = page;
            }
            if (size != selectedSize || select == null) {
                select = ('/' + name.getName() + ' ' + new BigDecimal(Float.toString(size)).toPlainString() + " Tf <")
                        .getBytes(StandardCharsets.US_ASCII);
                selectedSize = size;
            }
            // two hex digits per code byte: sized for 2-byte codes (Identity-H), grown for others
            byte[] out = new byte[select.length + 4 * text.codePointCount(0, text.length()) + SHOW.length];
            System.arraycopy(select, 0, out, 0, select.length);
            int p = select.length;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                byte[] code = codes.get(cp);
                if (code == null) {
                    throw new IOException("no code for U+" + Integer.toHexString(cp));
                }
                if (p + 2 * code.length + SHOW.length > out.length) {
                    out = Arrays.copyOf(out, 2 * out.length + 2 * code.length + SHOW.length);
                }
                for (byte b : code) {
                    out[p++] = HEX[(b >> 4) & 0xf];
                    out[p++] = HEX[b & 0xf];
                }
                i += Character.charCount(cp);
            }
            System.arraycopy(SHOW, 0, out, p, SHOW.length);
            return p + SHOW.length == out.length ? out : Arrays.copyOf(out, p + SHOW.length);
        }

        // the page the font was last added to, and the last size's "Tf" operator: most texts of a
        // page share a few sizes
        private PDPage registeredOn;
        private float selectedSize;
        private byte[] select;
    }

    private static final byte[] SHOW = "> Tj\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** Releases what the document holds beyond its objects (nothing at present: cut fonts are plain bytes). */
    public void close() throws IOException {
        cut.clear();
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
