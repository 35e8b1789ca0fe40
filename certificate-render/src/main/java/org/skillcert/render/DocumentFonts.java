package org.skillcert.render;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.seal.Seal;

/**
 * The fonts of one document: each shared face is loaded into the document once, on first use,
 * and subset-embedded when the document is saved. Not thread-safe (documents are not).
 */
final class DocumentFonts implements Seal.FontMapper {
    private final PDDocument doc;
    private final Map<FontFace, PDFont> loaded = new IdentityHashMap<>();

    DocumentFonts(PDDocument doc) {
        this.doc = doc;
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
