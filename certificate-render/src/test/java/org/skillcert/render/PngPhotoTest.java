package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * R-CERT-8: a plain PNG photo goes into the PDF with its compressed data unchanged (no decode and
 * re-encode per certificate) and shows exactly the PNG's pixels; other PNGs are decoded as before.
 */
class PngPhotoTest {

    private static byte[] png(int type, long seed) throws IOException {
        BufferedImage image = new BufferedImage(61, 83, type);
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // smooth areas and noise, so every PNG row filter gets used
                int v = (x * 3 + y * 2 + (random.nextInt(4) == 0 ? random.nextInt(256) : 0)) & 0xFF;
                image.setRGB(x, y, 0xFF000000 | (v << 16) | ((255 - v) << 8) | (v ^ 0x5A));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static PDImageXObject photoOf(byte[] pdf, PDDocument doc) throws IOException {
        for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
            PDXObject x = doc.getPage(0).getResources().getXObject(name);
            if (x instanceof PDImageXObject) {
                return (PDImageXObject) x;
            }
        }
        throw new AssertionError("no image in the page");
    }

    @Test
    void aPlainPngIsEmbeddedAsItIsAndShowsTheSamePixels() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
            for (long seed = 1; seed <= 3; seed++) {
                byte[] png = png(type, seed);
                BufferedImage expected = ImageIO.read(new ByteArrayInputStream(png));
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                Samples.renderer().render(Samples.certificate().toBuilder().photo(Photo.of(png)).build(), Mode.ELECTRONIC, pdf);
                if (seed == 1) {
                    // PDF/A-2b allows Flate with predictors: checked by veraPDF (R-CERT-7)
                    assertEquals(java.util.List.of(), org.skillcert.render.pdfa.VeraPdf.failedRules(pdf.toByteArray()));
                }
                try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                    PDImageXObject image = photoOf(pdf.toByteArray(), doc);
                    assertEquals(COSName.FLATE_DECODE, image.getCOSObject().getDictionaryObject(COSName.FILTER));
                    assertNotNull(image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS), "PNG predictors declared");
                    BufferedImage shown = image.getImage();
                    assertEquals(expected.getWidth(), shown.getWidth());
                    assertEquals(expected.getHeight(), shown.getHeight());
                    for (int y = 0; y < expected.getHeight(); y++) {
                        for (int x = 0; x < expected.getWidth(); x++) {
                            if (type == BufferedImage.TYPE_BYTE_GRAY) {
                                // the stored grey values (getRGB would convert Java's linear grey)
                                assertEquals(expected.getRaster().getSample(x, y, 0), shown.getRaster().getSample(x, y, 0),
                                        "pixel " + x + "," + y + " grey");
                            } else {
                                assertEquals(expected.getRGB(x, y), shown.getRGB(x, y), "pixel " + x + "," + y + " RGB");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPngWithTransparencyOrAPaletteIsDecodedNotPassedThrough() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertNull(PhotoImage.pngAsIs(doc, png(BufferedImage.TYPE_INT_ARGB, 1)));
            assertNull(PhotoImage.pngAsIs(doc, png(BufferedImage.TYPE_BYTE_INDEXED, 1)));
            assertNotNull(PhotoImage.pngAsIs(doc, png(BufferedImage.TYPE_3BYTE_BGR, 1)));
        }
    }
}
