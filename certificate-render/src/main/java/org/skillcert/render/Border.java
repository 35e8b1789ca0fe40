package org.skillcert.render;

import java.io.IOException;
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

    static void draw(PageCanvas canvas, Box frame, float outerWidth, int ink, int paper) throws IOException {
        canvas.fillRect(frame, paper);
        canvas.strokeRect(frame, outerWidth > 0 ? outerWidth : 1.6f, ink);
        Box inner = new Box(frame.x() + BAND, frame.y() + BAND, frame.width() - 2 * BAND, frame.height() - 2 * BAND);
        canvas.strokeRect(inner, 0.6f, ink);
        double mid = BAND / 2;
        Box rope = new Box(frame.x() + mid, frame.y() + mid, frame.width() - 2 * mid, frame.height() - 2 * mid);
        canvas.strokeColor(blend(ink, paper, 0.45));
        canvas.cs.setLineWidth(0.35f);
        for (int phase = 0; phase < 2; phase++) {
            wave(canvas, rope.x(), rope.y(), rope.right(), rope.y(), phase);
            wave(canvas, rope.right(), rope.y(), rope.right(), rope.bottom(), phase);
            wave(canvas, rope.right(), rope.bottom(), rope.x(), rope.bottom(), phase);
            wave(canvas, rope.x(), rope.bottom(), rope.x(), rope.y(), phase);
        }
        canvas.cs.stroke();
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

    // a sine wave of amplitude 0.9 mm along one edge; two phases interlace into a rope
    private static void wave(PageCanvas canvas, double x1, double y1, double x2, double y2, int phase) throws IOException {
        double len = Math.hypot(x2 - x1, y2 - y1);
        int periods = Math.max(1, (int) Math.round(len / WAVE));
        int steps = periods * 12;
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double off = 0.9 * Math.sin(2 * Math.PI * periods * t + phase * Math.PI);
            double px = x1 + (x2 - x1) * t - uy * off;
            double py = y1 + (y2 - y1) * t + ux * off;
            if (i == 0) {
                canvas.cs.moveTo(canvas.x(px), canvas.y(py));
            } else {
                canvas.cs.lineTo(canvas.x(px), canvas.y(py));
            }
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
