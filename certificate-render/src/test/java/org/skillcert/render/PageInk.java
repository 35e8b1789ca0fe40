package org.skillcert.render;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Everything a page puts on paper, read back from the PDF: filled and stroked paths, images and
 * glyphs, each with its bounding box in PDF points (y up) after every transformation.
 */
final class PageInk extends PDFGraphicsStreamEngine {
    enum Kind { FILL, STROKE, IMAGE, GLYPH }

    /** One mark: its kind, box (points, y up), fill colour and, for glyphs, the character. */
    record Mark(Kind kind, double x0, double y0, double x1, double y1, int rgb, String text) {
        double width() {
            return x1 - x0;
        }

        double height() {
            return y1 - y0;
        }
    }

    final List<Mark> marks = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    private PageInk(PDPage page) {
        super(page);
    }

    static List<Mark> of(PDDocument doc, int pageIndex) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        PageInk ink = new PageInk(page);
        ink.processPage(page);
        return ink.marks;
    }

    private void add(Kind kind, List<Point2D> points, int rgb, String text) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Point2D p : points) {
            x0 = Math.min(x0, p.getX());
            y0 = Math.min(y0, p.getY());
            x1 = Math.max(x1, p.getX());
            y1 = Math.max(y1, p.getY());
        }
        marks.add(new Mark(kind, x0, y0, x1, y1, rgb, text));
    }

    private int fillRgb() throws IOException {
        float[] c = getGraphicsState().getNonStrokingColor().getComponents();
        if (c.length < 3) {
            int g = Math.round(c.length == 0 ? 0 : c[0] * 255);
            return g << 16 | g << 8 | g;
        }
        return Math.round(c[0] * 255) << 16 | Math.round(c[1] * 255) << 8 | Math.round(c[2] * 255);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(p0);
        path.add(p1);
        path.add(p2);
        path.add(p3);
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        List<Point2D> corners = List.of(m.transformPoint(0, 0), m.transformPoint(1, 0), m.transformPoint(0, 1),
                m.transformPoint(1, 1));
        add(Kind.IMAGE, corners, 0, "");
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are ended with endPath: nothing is painted
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        moveTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.add(new Point2D.Float(x1, y1));
        path.add(new Point2D.Float(x2, y2));
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the points are already recorded
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() throws IOException {
        if (!path.isEmpty()) {
            add(Kind.STROKE, path, fillRgb(), "");
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (!path.isEmpty()) {
            add(Kind.FILL, path, fillRgb(), "");
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // no shadings are drawn
    }

    @Override
    protected void showFontGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code);
        float x = trm.getTranslateX();
        float y = trm.getTranslateY();
        marks.add(new Mark(Kind.GLYPH, x, y, x, y, fillRgb(), text == null ? "" : text));
    }
}
