package org.skillcert.render.verify.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;

/**
 * Reads a certificate page back: the whole text layer, the text inside the layout's field boxes,
 * and the QR code from the page rendered in grey, within a pixel budget.
 */
public final class CertificatePage {
    /** The fields whose printed text verification compares, by layout id. */
    public static final List<String> FIELDS = List.of("holder.name", "id.number", "occupation", "job", "skill.level",
            "certificate.number");
    private static final double PT = 72 / 25.4;

    private CertificatePage() {
    }

    /**
     * Returns a page's size in millimetres (crop box times user unit), larger side first.
     *
     * @param page the page
     * @return {width, height}
     */
    public static double[] sizeMm(PDPage page) {
        PDRectangle box = page.getCropBox();
        float unit = page.getUserUnit();
        return new double[] {Math.abs(box.getWidth()) * unit / PT, Math.abs(box.getHeight()) * unit / PT};
    }

    /**
     * Returns the whole text of the first page.
     *
     * @param doc the document
     * @return the text
     * @throws IOException when the content cannot be read
     */
    public static String text(PDDocument doc) throws IOException {
        PDFTextStripper stripper = ContentBudget.textStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        return stripper.getText(doc);
    }

    /**
     * Reads the text inside each compared field's box on the first page, white space removed.
     *
     * @param doc the document
     * @param layout the layout the certificate was rendered with
     * @return field id to text, in {@link #FIELDS} order, fields the layout lacks left out
     * @throws IOException when the content cannot be read
     */
    public static Map<String, String> fields(PDDocument doc, Layout layout) throws IOException {
        PDFTextStripperByArea stripper = ContentBudget.areaStripper();
        stripper.setSortByPosition(true);
        Map<String, Element> boxes = new LinkedHashMap<>();
        for (String id : FIELDS) {
            for (Element e : layout.elements()) {
                if (e.kind() == Element.Kind.FIELD && e.id().equals(id)) {
                    boxes.put(id, e);
                    // a little room: glyphs of a fitted text may reach just past their box
                    stripper.addRegion(id, new Rectangle2D.Double(e.box().x() * PT - 1, e.box().y() * PT - 2,
                            e.box().width() * PT + 2, e.box().height() * PT + 3));
                    break;
                }
            }
        }
        stripper.extractRegions(doc.getPage(0));
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : boxes.keySet()) {
            out.put(id, compact(stripper.getTextForRegion(id)));
        }
        return out;
    }

    /**
     * Decodes the QR code of the first page: first from the layout's QR box rendered alone at 300
     * dpi, else from the whole page rendered in grey at 200 dpi or less so that the image stays
     * within {@code maxPixels}.
     *
     * @param doc the document
     * @param maxPixels the pixel budget of the rendered page
     * @param layout the layout, for where the QR code should be
     * @return the QR code's text, or empty when none is found
     * @throws IOException when the page cannot be rendered
     */
    public static Optional<String> qr(PDDocument doc, long maxPixels, Layout layout) throws IOException {
        // where the layout puts the QR code: rendering that corner alone is several times cheaper
        for (Element e : layout.elements()) {
            if (e.kind() == Element.Kind.QR) {
                Optional<String> found = qrInBox(doc, e.box().x(), e.box().y(), e.box().width());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        double[] mm = sizeMm(doc.getPage(0));
        double inches = mm[0] / 25.4 * mm[1] / 25.4;
        float dpi = (float) Math.min(200, Math.sqrt(maxPixels / Math.max(inches, 1e-6)));
        return decode(ContentBudget.renderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY));
    }

    private static Optional<String> qrInBox(PDDocument doc, double xMm, double yMm, double sizeMm) throws IOException {
        double margin = 5;
        float scale = 300 / 72f;
        double x = (xMm - margin) * PT * scale;
        double y = (yMm - margin) * PT * scale;
        int side = (int) Math.ceil((sizeMm + 2 * margin) * PT * scale);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, side, side);
            g.translate(-x, -y);
            ContentBudget.renderer(doc).renderPageToGraphics(0, g, scale);
        } finally {
            g.dispose();
        }
        return decode(image);
    }

    private static Optional<String> decode(BufferedImage grey) {
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(pixels, grey.getWidth(),
                grey.getHeight(), 0, 0, grey.getWidth(), grey.getHeight(), false)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap).getText());
        } catch (NotFoundException | ChecksumException | FormatException none) {
            return Optional.empty();
        }
    }

    /**
     * Removes white space and normalises to NFKC, for comparing printed text with data.
     *
     * @param s the text
     * @return the compacted text
     */
    public static String compact(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
