package org.skillcert.render;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.skillcert.render.internal.DocumentResources;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.layout.Box;

/**
 * The electronic certificate's stand-in for the pre-printed guilloche border (R-LAY-2): a heavy
 * outer rule, a fine inner rule, and between them a rope of two interlaced waves.
 */
final class Border {
    private static final double BAND = 4.0;
    private static final double WAVE = 5.0;

    private Border() {
    }

    /**
     * Draws the border once into a scratch page and keeps the page's content bytes and the name
     * it gave the rope form: every certificate shows the same border, and replaying the bytes
     * costs a copy where drawing it costs some two hundred transformed form placements.
     */
    static Recording record(Box frame, float outerWidth, int ink, int paper, double pageWidthMm, double pageHeightMm)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources resources = new DocumentResources(doc);
            PDPage page;
            try (PageCanvas canvas = new PageCanvas(doc, resources, pageWidthMm, pageHeightMm, Calibration.NONE)) {
                draw(canvas, frame, outerWidth, ink, paper);
                page = canvas.page;
            }
            COSName rope = page.getResources().getXObjectNames().iterator().next();
            try (InputStream in = page.getContents()) {
                return new Recording(in.readAllBytes(), rope, ink, paper);
            }
        }
    }

    /** A border's drawing commands, to append to pages of the size it was recorded for. Immutable. */
    static final class Recording {
        private final byte[] commands;
        private final COSName ropeName;
        private final int ink;
        private final int paper;

        private Recording(byte[] commands, COSName ropeName, int ink, int paper) {
            this.commands = commands;
            this.ropeName = ropeName;
            this.ink = ink;
            this.paper = paper;
        }

        /** Appends the border to a page: the same operators as drawing it, the rope form under the same name. */
        // appendRawCommands is deprecated as a way to write malformed content; these bytes are
        // PDFBox's own output for the same drawing
        @SuppressWarnings("deprecation")
        void replay(PageCanvas canvas) throws IOException {
            PDFormXObject period = canvas.resources.form("rope", doc -> ropePeriod(doc, blend(ink, paper, 0.45)));
            canvas.page.getResources().put(ropeName, period);
            canvas.cs.appendRawCommands(commands);
        }
    }

    static void draw(PageCanvas canvas, Box frame, float outerWidth, int ink, int paper) throws IOException {
        canvas.fillRect(frame, paper);
        canvas.strokeRect(frame, outerWidth > 0 ? outerWidth : 1.6f, ink);
        Box inner = new Box(frame.x() + BAND, frame.y() + BAND, frame.width() - 2 * BAND, frame.height() - 2 * BAND);
        canvas.strokeRect(inner, 0.6f, ink);
        double mid = BAND / 2;
        Box rope = new Box(frame.x() + mid, frame.y() + mid, frame.width() - 2 * mid, frame.height() - 2 * mid);
        // the rope is one period drawn once as a form and placed along each edge: a few KB, not tens
        PDFormXObject period = canvas.resources.form("rope", doc -> ropePeriod(doc, blend(ink, paper, 0.45)));
        edge(canvas, period, rope.x(), rope.y(), rope.right(), rope.y());
        edge(canvas, period, rope.right(), rope.y(), rope.right(), rope.bottom());
        edge(canvas, period, rope.right(), rope.bottom(), rope.x(), rope.bottom());
        edge(canvas, period, rope.x(), rope.bottom(), rope.x(), rope.y());
        canvas.color(ink);
        for (double[] c : new double[][] {{frame.x(), frame.y()}, {frame.right(), frame.y()},
                {frame.x(), frame.bottom()}, {frame.right(), frame.bottom()}}) {
            double cx = c[0] + (c[0] < frame.x() + 1 ? mid : -mid);
            double cy = c[1] + (c[1] < frame.y() + 1 ? mid : -mid);
            diamond(canvas, cx, cy, 1.6);
        }
        // the fold between the left and right page, as on the two-page paper design
        double fold = frame.x() + frame.width() / 2;
        canvas.line(fold, inner.y() + 8, fold, inner.bottom() - 8, 0.3f, blend(ink, paper, 0.7));
    }

    // one period of two interlaced sine waves (amplitude 0.9 mm), in a WAVE-mm-long unit along +x
    private static PDFormXObject ropePeriod(PDDocument doc, int rgb) throws IOException {
        float unit = (float) (WAVE * PageCanvas.PT);
        float amp = (float) (0.9 * PageCanvas.PT);
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(-1, -amp - 1, unit + 2, 2 * amp + 2));
        form.setResources(new PDResources());
        try (PDFormContentStream cs = new PDFormContentStream(form)) {
            cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
            cs.setLineWidth(0.35f);
            for (int phase = 0; phase < 2; phase++) {
                float sign = phase == 0 ? 1 : -1;
                // each half period of a sine is close to one cubic with these control points
                float k = 0.3642f * unit / 2;
                cs.moveTo(0, 0);
                cs.curveTo(k, sign * amp * 1.27f, unit / 2 - k, sign * amp * 1.27f, unit / 2, 0);
                cs.curveTo(unit / 2 + k, -sign * amp * 1.27f, unit - k, -sign * amp * 1.27f, unit, 0);
            }
            cs.stroke();
        }
        return form;
    }

    private static void edge(PageCanvas canvas, PDFormXObject period, double x1, double y1, double x2, double y2)
            throws IOException {
        double len = Math.hypot(x2 - x1, y2 - y1);
        int periods = Math.max(1, (int) Math.round(len / WAVE));
        double stretch = len / periods / WAVE;
        double angle = Math.atan2(-(y2 - y1), x2 - x1);
        for (int i = 0; i < periods; i++) {
            double px = x1 + (x2 - x1) * i / periods;
            double py = y1 + (y2 - y1) * i / periods;
            canvas.cs.saveGraphicsState();
            Matrix m = Matrix.getTranslateInstance(canvas.x(px), canvas.y(py));
            m.concatenate(Matrix.getRotateInstance(angle, 0, 0));
            m.concatenate(Matrix.getScaleInstance((float) stretch, 1));
            canvas.cs.transform(m);
            canvas.cs.drawForm(period);
            canvas.cs.restoreGraphicsState();
        }
    }

    private static void diamond(PageCanvas canvas, double cx, double cy, double r) throws IOException {
        canvas.cs.moveTo(canvas.x(cx), canvas.y(cy - r));
        canvas.cs.lineTo(canvas.x(cx + r), canvas.y(cy));
        canvas.cs.lineTo(canvas.x(cx), canvas.y(cy + r));
        canvas.cs.lineTo(canvas.x(cx - r), canvas.y(cy));
        canvas.cs.closePath();
        canvas.cs.fill();
    }

    static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
