package org.skillcert.render.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.skillcert.render.QrErrorCorrection;
import org.skillcert.render.RenderException;

/**
 * A QR code symbol drawn as vector modules: one path of rectangles (horizontal runs of dark
 * modules, a run repeated in the rows below taken together) in module units under one
 * transformation, filled once; no image. The quiet zone is {@value #QUIET_ZONE} modules on
 * every side and is part of the drawn square.
 *
 * <p>Immutable and thread-safe.
 */
public final class QrCode {
    /** Light modules around the symbol, per ISO/IEC 18004. */
    public static final int QUIET_ZONE = 4;
    /** The smallest module a printer reproduces reliably, mm. */
    public static final double MIN_MODULE_MM = 0.4;

    private final MaskChoice.Modules dark;
    private final String payload;

    private QrCode(MaskChoice.Modules dark, String payload) {
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
        return dark.size();
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
        // in module units (one unit a module, the origin the symbol's bottom-left corner inside the
        // quiet zone), so that each rectangle is a few small integers: a third of the bytes of the same
        // rectangles in page points, and no number formatting
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) module, 0, 0, (float) module, (float) (left + QUIET_ZONE * module),
                (float) (bottom + QUIET_ZONE * module)));
        cs.appendRawCommands(runs());
        cs.fill();
        cs.restoreGraphicsState();
    }

    /**
     * One {@code x y w h re} per horizontal run of dark modules, a run repeated exactly in the rows
     * below it (finder patterns, thick parts) merged into one taller rectangle; y counted up from
     * the bottom row.
     */
    byte[] runs() {
        int n = modules();
        // at most (n + 1) / 2 runs a row, each at most "ddd ddd ddd ddd re\n"
        byte[] out = new byte[n * ((n + 1) / 2) * 19];
        int at = 0;
        for (int y = 0; y < n; y++) {
            for (int x = dark.nextDark(y, 0); x < n; ) {
                int start = x;
                x = dark.nextLight(y, x);
                if (y > 0 && sameRun(y - 1, start, x)) {
                    x = dark.nextDark(y, x);
                    continue; // drawn with the row above
                }
                int height = 1;
                while (y + height < n && sameRun(y + height, start, x)) {
                    height++;
                }
                at = digits(out, at, start);
                out[at++] = ' ';
                at = digits(out, at, n - y - height);
                out[at++] = ' ';
                at = digits(out, at, x - start);
                out[at++] = ' ';
                at = digits(out, at, height);
                out[at++] = ' ';
                out[at++] = 'r';
                out[at++] = 'e';
                out[at++] = '\n';
                x = dark.nextDark(y, x);
            }
        }
        return java.util.Arrays.copyOf(out, at);
    }

    // whether row y has a run of dark modules exactly from start (inclusive) to end (exclusive)
    private boolean sameRun(int y, int start, int end) {
        return dark.nextDark(y, start == 0 ? 0 : start - 1) == start && dark.nextLight(y, start) == end;
    }

    // a number below 1000 in decimal
    private static int digits(byte[] out, int at, int v) {
        if (v >= 100) {
            out[at++] = (byte) ('0' + v / 100);
        }
        if (v >= 10) {
            out[at++] = (byte) ('0' + v / 10 % 10);
        }
        out[at++] = (byte) ('0' + v % 10);
        return at;
    }
}
