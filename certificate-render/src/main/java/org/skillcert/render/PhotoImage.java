package org.skillcert.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillcert.render.layout.Box;

/**
 * Puts a photo into a document and draws it covering a frame without distortion (R-CERT-8):
 * scaled to fill the frame, centred, the overflow clipped. JPEG data is embedded unchanged
 * (DCTDecode), PNG is decoded and stored losslessly.
 */
final class PhotoImage {
    private PhotoImage() {
    }

    static PDImageXObject embed(PDDocument doc, Photo photo) {
        byte[] data = photo.read();
        try {
            if (data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
                return JPEGFactory.createFromByteArray(doc, data);
            }
            if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
                if (image == null) {
                    throw new IOException("PNG decoder returned nothing");
                }
                return LosslessFactory.createFromImage(doc, image);
            }
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, photo.source(), 0,
                    "cannot decode photo " + photo.source() + ": " + e.getMessage(), e);
        }
        throw new RenderException(RenderException.Reason.PHOTO_UNSUPPORTED, photo.source(), 0,
                "photo " + photo.source() + " is neither JPEG nor PNG");
    }

    static void drawCovering(PageCanvas canvas, PDImageXObject image, Box frame) throws IOException {
        double scale = Math.max(frame.width() / image.getWidth(), frame.height() / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        double left = frame.x() + (frame.width() - w) / 2;
        double top = frame.y() + (frame.height() - h) / 2;
        canvas.cs.saveGraphicsState();
        canvas.cs.addRect(canvas.x(frame.x()), canvas.y(frame.bottom()), canvas.x(frame.width()),
                (float) (frame.height() * PageCanvas.PT));
        canvas.cs.clip();
        canvas.cs.drawImage(image, canvas.x(left), canvas.y(top + h), canvas.x(w), (float) (h * PageCanvas.PT));
        canvas.cs.restoreGraphicsState();
    }
}
