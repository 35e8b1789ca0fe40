package org.skillcert.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;

/**
 * The benchmark's baseline certificate: what a developer without this library writes with PDFBox.
 * Each document loads its three fonts from their files ({@code PDType0Font.load(document, file)},
 * subset at save), draws the same texts the renderer composes at the same places (wording in Noto
 * Serif SC, values in LXGW WenKai, ASCII lines in Liberation Serif), the photo, a QR code module by
 * module and a round seal outline with the institution's name, then saves. Not thread-safe.
 */
final class NaiveCertificate {
    private static final float PT = 72f / 25.4f;
    private final CertificateRenderer renderer;
    private final File kai;
    private final File song;
    private final File latin;

    NaiveCertificate(CertificateRenderer renderer, Path dir) throws IOException {
        this.renderer = renderer;
        this.kai = copy("LXGWWenKai-Regular.ttf", dir);
        this.song = copy("NotoSerifSC_400Regular.ttf", dir);
        this.latin = copy("LiberationSerif-Regular.ttf", dir);
    }

    private static File copy(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = CertificateRenderer.class.getResourceAsStream("font/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toFile();
    }

    int render(CertificateContent content) throws IOException {
        Layout layout = renderer.layout();
        Composition comp = renderer.compose(content, Mode.ELECTRONIC);
        Map<String, Element.Kind> kinds = new HashMap<>();
        for (Element e : layout.elements()) {
            kinds.put(e.id(), e.kind());
        }
        try (PDDocument doc = new PDDocument()) {
            float height = (float) (layout.pageHeight() * PT);
            PDPage page = new PDPage(new PDRectangle((float) (layout.pageWidth() * PT), height));
            doc.addPage(page);
            PDFont kaiFont = PDType0Font.load(doc, kai);
            PDFont songFont = PDType0Font.load(doc, song);
            PDFont latinFont = PDType0Font.load(doc, latin);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (PlacedText t : comp.texts().values()) {
                    Box b = t.bounds();
                    float lineHeight = (float) (b.height() * PT / Math.max(1, t.lines().size()));
                    int i = 0;
                    for (String line : t.lines()) {
                        i++;
                        PDFont font = line.chars().allMatch(c -> c < 0x80) ? latinFont
                                : kinds.get(t.id()) == Element.Kind.TEXT ? songFont : kaiFont;
                        cs.beginText();
                        cs.setFont(font, t.size());
                        cs.newLineAtOffset((float) (b.x() * PT), height - (float) (b.y() * PT) - i * lineHeight);
                        cs.showText(line);
                        cs.endText();
                    }
                }
                if (content.photo().isPresent() && comp.photoBox() != null) {
                    Box p = comp.photoBox();
                    PDImageXObject photo = PDImageXObject.createFromByteArray(doc, content.photo().get().read(), "photo");
                    cs.drawImage(photo, (float) (p.x() * PT), height - (float) (p.bottom() * PT),
                            (float) (p.width() * PT), (float) (p.height() * PT));
                }
                if (comp.qrBox() != null) {
                    drawQr(cs, comp.qrBox(), height, "https://example.gov.cn/verify?n=" + content.certificateNumber());
                }
                if (comp.sealBox() != null) {
                    Box s = comp.sealBox();
                    float r = (float) (s.width() * PT / 2);
                    float cx = (float) ((s.x() + s.width() / 2) * PT);
                    float cy = height - (float) ((s.y() + s.height() / 2) * PT);
                    cs.setStrokingColor(0.8f, 0.1f, 0.1f);
                    cs.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                    float k = 0.5523f * r;
                    cs.moveTo(cx + r, cy);
                    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
                    cs.stroke();
                    cs.beginText();
                    cs.setFont(songFont, 9);
                    cs.newLineAtOffset(cx - r * 0.9f, cy);
                    cs.showText(content.institutionName());
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
            doc.save(out);
            return out.size();
        }
    }

    private static void drawQr(PDPageContentStream cs, Box box, float height, String payload) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0);
        } catch (WriterException e) {
            throw new IOException(e);
        }
        float module = (float) (box.width() * PT / m.getWidth());
        float x0 = (float) (box.x() * PT);
        float top = height - (float) (box.y() * PT);
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    cs.addRect(x0 + x * module, top - (y + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }
}
