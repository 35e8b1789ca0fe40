package org.skillcert.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.seal.Seal;

/**
 * What one document shares between its pages: each shared font face is loaded into the
 * document once, on first use, and subset-embedded when the document is saved; drawings used on
 * every page (the border's rope) are stored once as form XObjects. Not thread-safe (documents
 * are not).
 */
final class DocumentResources implements Seal.FontMapper {
    private final PDDocument doc;
    private final Map<FontFace, PDFont> loaded = new IdentityHashMap<>();
    private final Map<String, PDFormXObject> forms = new HashMap<>();

    DocumentResources(PDDocument doc) {
        this.doc = doc;
    }

    PDDocument document() {
        return doc;
    }

    /** Returns the document's form XObject with this name, making it with {@code maker} on first use. */
    PDFormXObject form(String name, FormMaker maker) throws IOException {
        PDFormXObject form = forms.get(name);
        if (form == null) {
            form = maker.make(doc);
            forms.put(name, form);
        }
        return form;
    }

    /** Makes a form XObject in a document. */
    @FunctionalInterface
    interface FormMaker {
        PDFormXObject make(PDDocument doc) throws IOException;
    }

    @Override
    public PDFont font(FontFace face) throws IOException {
        PDFont font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(doc, face.trueTypeFont(), true);
            loaded.put(face, font);
        }
        return font;
    }
}
