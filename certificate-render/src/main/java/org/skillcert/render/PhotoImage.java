package org.skillcert.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.skillcert.render.internal.FrozenCos;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.layout.Box;

/**
 * Puts a photo into a document and draws it covering a frame without distortion (R-CERT-8):
 * scaled to fill the frame, centred, the overflow clipped. JPEG data is embedded unchanged
 * (DCTDecode), PNG is decoded and stored losslessly.
 */
final class PhotoImage {
    private PhotoImage() {
    }

    /**
     * @param inPlace true for a one-page document, saved while the photo is still held: a JPEG's
     *     stream then reads the photo's bytes in place, without a copy; a print run copies them
     *     into the document (which may keep them in a temporary file), so that no photo stays in
     *     memory after its page
     */
    static PDImageXObject embed(PDDocument doc, Photo photo, boolean inPlace) {
        byte[] data = inPlace ? photo.readShared() : photo.read();
        try {
            if (data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
                int[] frame = jpegFrame(data);
                if (frame[2] == 1 || frame[2] == 3) {
                    // the bytes go into the PDF unchanged; reading only the frame header avoids ImageIO
                    // (slow, and it spills to temporary files)
                    PDImageXObject image = new PDImageXObject(inPlace ? new PDStream(FrozenCos.streamOver(data))
                            : new PDStream(doc, new ByteArrayInputStream(data)), null);
                    image.getCOSObject().setItem(COSName.FILTER, COSName.DCT_DECODE);
                    image.setWidth(frame[0]);
                    image.setHeight(frame[1]);
                    image.setBitsPerComponent(8);
                    image.setColorSpace(frame[2] == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
                    return image;
                }
                // CMYK and other rarities: PDFBox knows their colour conventions
                return JPEGFactory.createFromByteArray(doc, data);
            }
            if (isPng(data)) {
                PDImageXObject direct = pngAsIs(doc, data);
                if (direct != null) {
                    return direct;
                }
                BufferedImage image = decodeChecked(data, photo.source());
                if (image == null) {
                    throw new IOException("PNG decoder returned nothing");
                }
                return LosslessFactory.createFromImage(doc, image);
            }
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, photo.source(), 0,
                    "cannot decode photo " + photo.source() + ": " + e.getMessage(), e);
        }
        throw new RenderException(RenderException.Reason.PHOTO_UNSUPPORTED, photo.source(), 0,
                "photo " + photo.source() + " is neither JPEG nor PNG");
    }

    /**
     * Embeds a plain PNG (8-bit grey or RGB, not interlaced, no transparency) without decoding it:
     * its compressed image data is already a PDF Flate stream with PNG predictors (ISO 32000-1,
     * 7.4.4.4), so the bytes go in unchanged, as JPEG data does. Anything else returns null and is
     * decoded and stored losslessly.
     */
    @javax.annotation.Nullable
    static PDImageXObject pngAsIs(PDDocument doc, byte[] d) throws IOException {
        if (d.length < 33 || readInt(d, 8) != 13 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            return null;
        }
        int width = readInt(d, 16);
        int height = readInt(d, 20);
        int depth = d[24];
        int colour = d[25];
        if (width <= 0 || height <= 0 || depth != 8 || (colour != 0 && colour != 2) || d[26] != 0 || d[27] != 0 || d[28] != 0) {
            return null;
        }
        java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream(d.length);
        int at = 8;
        while (at + 12 <= d.length) {
            int length = readInt(d, at);
            if (length < 0 || at + 12L + length > d.length) {
                return null;
            }
            String type = new String(d, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("tRNS") || type.equals("PLTE")) {
                return null;
            }
            if (type.equals("IDAT")) {
                idat.write(d, at + 8, length);
            }
            if (type.equals("IEND")) {
                break;
            }
            at += 12 + length;
        }
        if (idat.size() == 0) {
            return null;
        }
        int colours = colour == 2 ? 3 : 1;
        PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(idat.toByteArray()), COSName.FLATE_DECODE,
                width, height, 8, colours == 3 ? PDDeviceRGB.INSTANCE : PDDeviceGray.INSTANCE);
        org.apache.pdfbox.cos.COSDictionary parms = new org.apache.pdfbox.cos.COSDictionary();
        // predictor 15: each row carries its own PNG filter type, as PNG stores it
        parms.setInt(COSName.PREDICTOR, 15);
        parms.setInt(COSName.COLORS, colours);
        parms.setInt(COSName.BITS_PER_COMPONENT, 8);
        parms.setInt(COSName.COLUMNS, width);
        image.getCOSObject().setItem(COSName.DECODE_PARMS, parms);
        return image;
    }

    static boolean isJpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF;
    }

    static boolean isPng(byte[] d) {
        return d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
    }

    /**
     * Reads the declared size from the header, refuses it above the pixel cap, then decodes the
     * whole image, treating a decoder warning (a truncated JPEG decodes "successfully" with grey
     * rows and a warning) as an error.
     */
    static BufferedImage decodeChecked(byte[] data, String source) {
        boolean jpeg = isJpeg(data);
        if (!jpeg && !isPng(data)) {
            throw new RenderException(RenderException.Reason.PHOTO_UNSUPPORTED, source, 0,
                    "photo " + source + " is neither JPEG nor PNG");
        }
        long width;
        long height;
        try {
            if (jpeg) {
                int[] frame = jpegFrame(data);
                width = frame[0];
                height = frame[1];
            } else {
                if (data.length < 24 || data[12] != 'I' || data[13] != 'H' || data[14] != 'D' || data[15] != 'R') {
                    throw new IOException("no PNG header (IHDR)");
                }
                width = readInt(data, 16) & 0xFFFFFFFFL;
                height = readInt(data, 20) & 0xFFFFFFFFL;
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, source, 0,
                    "cannot read photo " + source + ": " + e.getMessage(), e);
        }
        if (width * height > Photo.MAX_PIXELS) {
            throw new RenderException(RenderException.Reason.PHOTO_TOO_LARGE, source, 0, "photo " + source + " is "
                    + width + "×" + height + " pixels; the limit is " + Photo.MAX_PIXELS + " pixels (not decoded)");
        }
        // in memory: ImageIO.createImageInputStream would spill every photo to a temporary file
        try (javax.imageio.stream.ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(
                new ByteArrayInputStream(data))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                java.util.List<String> warnings = new java.util.ArrayList<>();
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new IOException(String.join("; ", warnings));
                }
                if (image == null) {
                    throw new IOException("decoder returned nothing");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, source, 0,
                    "cannot decode photo " + source + " (truncated or corrupt): " + e.getMessage(), e);
        }
    }

    private static int readInt(byte[] d, int at) {
        return ((d[at] & 0xff) << 24) | ((d[at + 1] & 0xff) << 16) | ((d[at + 2] & 0xff) << 8) | (d[at + 3] & 0xff);
    }

    /** Reads width, height and component count from a JPEG's start-of-frame header. */
    static int[] jpegFrame(byte[] d) throws IOException {
        int i = 2;
        while (i + 4 <= d.length) {
            if ((d[i] & 0xff) != 0xFF) {
                throw new IOException("JPEG marker expected at byte " + i);
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame && i + 9 < d.length) {
                int height = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
                int width = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
                if (width == 0 || height == 0) {
                    throw new IOException("JPEG frame without a size");
                }
                return new int[] {width, height, d[i + 9] & 0xff};
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            i += 2 + length;
        }
        throw new IOException("no JPEG frame header");
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
