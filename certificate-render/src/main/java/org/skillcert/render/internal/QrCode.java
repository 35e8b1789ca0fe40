package org.skillcert.render.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.skillcert.render.QrErrorCorrection;
import org.skillcert.render.RenderException;

/**
 * A QR code symbol drawn as vector modules: one path of rectangles (horizontal runs of dark
 * modules merged), filled once; no image. The quiet zone is {@value #QUIET_ZONE} modules on
 * every side and is part of the drawn square.
 *
 * <p>Immutable and thread-safe.
 */
public final class QrCode {
    /** Light modules around the symbol, per ISO/IEC 18004. */
    public static final int QUIET_ZONE = 4;
    /** The smallest module a printer reproduces reliably, mm. */
    public static final double MIN_MODULE_MM = 0.4;

    private final boolean[][] dark;
    private final String payload;

    private QrCode(boolean[][] dark, String payload) {
        this.dark = dark;
        this.payload = payload;
    }

    /**
     * Encodes a payload as UTF-8 (with an ECI marker, so readers decode Chinese correctly).
     *
     * @param payload the text
     * @param level the error correction level, M for certificates
     * @return the symbol
     * @throws RenderException {@code QR_TOO_DENSE} if the payload exceeds QR capacity
     */
    public static QrCode encode(String payload, QrErrorCorrection level) {
        return encode(payload, ErrorCorrectionLevel.valueOf(level.name()));
    }

    /**
     * Encodes a payload at a ZXing error correction level.
     *
     * @param payload the text
     * @param level the error correction level
     * @return the symbol
     * @throws RenderException {@code QR_TOO_DENSE} if the payload exceeds QR capacity
     */
    public static QrCode encode(String payload, ErrorCorrectionLevel level) {
        try {
            // the same symbol as Encoder.encode without a mask hint, for a fraction of the mask search
            return new QrCode(MaskChoice.encode(payload, level, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")), payload);
        } catch (WriterException e) {
            throw new RenderException(RenderException.Reason.QR_TOO_DENSE, "qr", 0,
                    "QR payload of " + payload.length() + " characters is too long: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the payload.
     *
     * @return the encoded text
     */
    public String payload() {
        return payload;
    }

    /**
     * Returns the number of modules on a side, without the quiet zone.
     *
     * @return 21 to 177
     */
    public int modules() {
        return dark.length;
    }

    /**
     * Returns the module size when the symbol and its quiet zone fill a square.
     *
     * @param sideMm the square's side, mm
     * @return the module size, mm
     */
    public double moduleSize(double sideMm) {
        return sideMm / (modules() + 2 * QUIET_ZONE);
    }

    /**
     * Draws the symbol with its quiet zone filling a square; the caller sets the fill colour.
     *
     * @param cs the content stream
     * @param left left edge of the square, PDF points
     * @param bottom bottom edge of the square, PDF points
     * @param side the square's side, PDF points
     * @param field what to name in a {@code QR_TOO_DENSE} error
     * @throws IOException if writing fails
     * @throws RenderException {@code QR_TOO_DENSE} if modules would be smaller than {@value #MIN_MODULE_MM} mm
     */
    public void draw(PDPageContentStream cs, float left, float bottom, float side, String field) throws IOException {
        double module = side / (double) (modules() + 2 * QUIET_ZONE);
        if (module * 25.4 / 72 < MIN_MODULE_MM - 1e-9) {
            throw new RenderException(RenderException.Reason.QR_TOO_DENSE, field, 0, String.format(
                    "%s: %d modules in %.1f mm make %.2f mm modules, below %.1f mm", field, modules(),
                    side * 25.4 / 72, module * 25.4 / 72, MIN_MODULE_MM));
        }
        int n = modules();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && dark[y][x]) {
                    x++;
                }
                float rx = (float) (left + (QUIET_ZONE + start) * module);
                float ry = (float) (bottom + side - (QUIET_ZONE + y + 1) * module);
                cs.addRect(rx, ry, (float) ((x - start) * module), (float) module);
            }
        }
        cs.fill();
    }
}
