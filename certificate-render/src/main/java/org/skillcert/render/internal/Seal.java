package org.skillcert.render.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.skillcert.render.RenderException;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;

/**
 * The institution's seal, "{name}职业技能等级认定专用章" (RULES R-LAY-5): a red circle 40 mm
 * across with a 1 mm ring; the name on the upper arc, left to right, evenly spaced, each
 * character upright to the radius, compressed sideways when the name is long (tested up to 24
 * characters and beyond) so that no two characters overlap; {@value #LOWER_TEXT} horizontal in
 * the lower part; the centre empty. Set in the Song role.
 *
 * <p>All geometry is in millimetres relative to the seal's centre, y upwards, and scales with
 * the diameter (the steel seal over the photo, R-LAY-6, is the same design, smaller). Immutable
 * and thread-safe.
 */
public final class Seal {
    /** The standard diameter, mm (R-LAY-5). */
    public static final double DIAMETER_MM = 40;
    /** The standard ring width, mm (R-LAY-5). */
    public static final double RING_MM = 1;
    /** The horizontal text in the lower part. */
    public static final String LOWER_TEXT = "职业技能等级认定专用章";
    /** The widest the name's arc may spread, degrees (the lower part keeps the rest). */
    static final double MAX_SPAN_DEG = 200;
    /** The narrowest spread for a short name, degrees. */
    static final double MIN_SPAN_DEG = 140;

    /**
     * One character placed on the seal.
     *
     * @param face the font
     * @param codePoint the character
     * @param sizeMm the em size, mm
     * @param horizontalScale sideways compression, 0 to 1
     * @param originX baseline-left point, mm from the centre
     * @param originY baseline-left point, mm from the centre, y up
     * @param angle rotation of the character, radians anticlockwise (0 = upright)
     */
    public record Glyph(FontFace face, int codePoint, double sizeMm, double horizontalScale,
            double originX, double originY, double angle) {
        /**
         * Returns the corners of the character's em box (advance width by 0.88 em above and 0.12 em
         * below the baseline), mm from the centre.
         *
         * @return four corners, anticlockwise from baseline-left-bottom
         */
        public List<Point2D.Double> corners() {
            double w = face.advance(codePoint) / 1000 * sizeMm * horizontalScale;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double[][] local = {{0, -0.12 * sizeMm}, {w, -0.12 * sizeMm}, {w, 0.88 * sizeMm}, {0, 0.88 * sizeMm}};
            List<Point2D.Double> out = new ArrayList<>(4);
            for (double[] p : local) {
                out.add(new Point2D.Double(originX + p[0] * cos - p[1] * sin, originY + p[0] * sin + p[1] * cos));
            }
            return out;
        }
    }

    private final String name;
    private final double diameter;
    private final List<Glyph> arc;
    private final List<Glyph> lower;

    private Seal(String name, double diameter, List<Glyph> arc, List<Glyph> lower) {
        this.name = name;
        this.diameter = diameter;
        this.arc = List.copyOf(arc);
        this.lower = List.copyOf(lower);
    }

    /**
     * Lays out a seal.
     *
     * @param institutionName the name on the upper arc, 1 or more characters
     * @param fonts the fonts (Song role, with fallbacks)
     * @param diameterMm the outer diameter, mm; {@value #DIAMETER_MM} for the certificate
     * @return the seal
     * @throws org.skillcert.render.RenderException {@code MISSING_GLYPH} for a character no font has
     */
    public static Seal of(String institutionName, FontLibrary fonts, double diameterMm) {
        double k = diameterMm / DIAMETER_MM;
        int[] cps = institutionName.codePoints().toArray();
        int n = Math.max(1, cps.length);
        // long names get a slightly smaller size before they are compressed sideways
        double em = (n <= 14 ? 5.0 : Math.max(4.0, 5.0 - (n - 14) * 0.1)) * k;
        double top = (DIAMETER_MM / 2 - RING_MM - 1.0) * k;
        double centreRadius = top - 0.5 * em;
        double baselineRadius = centreRadius - 0.38 * em;
        double natural = n * em * 1.12 / centreRadius;
        double span = Math.max(Math.toRadians(MIN_SPAN_DEG), Math.min(Math.toRadians(MAX_SPAN_DEG), natural));
        if (n == 1) {
            span = 0;
        }
        double step = n == 1 ? 0 : span / n;
        List<Glyph> arc = new ArrayList<>(cps.length);
        for (int i = 0; i < cps.length; i++) {
            FontFace face = fonts.faceFor(FontRole.SONG, cps[i], "seal institution name", i + 1);
            double advance = face.advance(cps[i]) / 1000 * em;
            // compress so that each character keeps 8 % of its step free at the baseline, the arc's tightest circle
            double room = step == 0 ? advance : step * baselineRadius * 0.92;
            double scale = Math.min(1, room / advance);
            double theta = n == 1 ? 0 : -span / 2 + (i + 0.5) * step; // clockwise from 12 o'clock
            double width = advance * scale;
            // tangent (reading direction) and outward normal at theta
            double tx = Math.cos(theta);
            double ty = -Math.sin(theta);
            double nx = Math.sin(theta);
            double ny = Math.cos(theta);
            double ox = baselineRadius * nx - width / 2 * tx;
            double oy = baselineRadius * ny - width / 2 * ty;
            arc.add(new Glyph(face, cps[i], em, scale, ox, oy, Math.atan2(ty, tx)));
        }
        List<Glyph> lower = new ArrayList<>();
        int[] low = LOWER_TEXT.codePoints().toArray();
        double lowEm = 3.4 * k;
        double lowBaseline = -10.4 * k;
        // the line keeps clear of the arc's last characters (which end near 100 degrees from the top)
        double chord = 26 * k;
        double total = 0;
        FontFace[] faces = new FontFace[low.length];
        for (int i = 0; i < low.length; i++) {
            faces[i] = fonts.faceFor(FontRole.SONG, low[i], "seal text", i + 1);
            total += faces[i].advance(low[i]) / 1000 * lowEm;
        }
        double lowScale = Math.min(1, chord / total);
        double x = -total * lowScale / 2;
        for (int i = 0; i < low.length; i++) {
            lower.add(new Glyph(faces[i], low[i], lowEm, lowScale, x, lowBaseline, 0));
            x += faces[i].advance(low[i]) / 1000 * lowEm * lowScale;
        }
        return new Seal(institutionName, diameterMm, arc, lower);
    }

    /**
     * Returns the name on the arc.
     *
     * @return the institution name
     */
    public String institutionName() {
        return name;
    }

    /**
     * Returns the outer diameter.
     *
     * @return mm
     */
    public double diameter() {
        return diameter;
    }

    /**
     * Returns the ring width.
     *
     * @return mm
     */
    public double ringWidth() {
        return RING_MM * diameter / DIAMETER_MM;
    }

    /**
     * Returns the name's characters on the arc, left to right.
     *
     * @return the glyphs
     */
    public List<Glyph> arcGlyphs() {
        return arc;
    }

    /**
     * Returns the characters of {@value #LOWER_TEXT}, left to right.
     *
     * @return the glyphs
     */
    public List<Glyph> lowerGlyphs() {
        return lower;
    }

    /**
     * Draws the seal; the caller sets the colour (fill) and the font lookup.
     *
     * @param cs the content stream
     * @param centreX centre, PDF points
     * @param centreY centre, PDF points (y up)
     * @param pdfFonts maps a face to the document's font for it
     * @throws IOException if writing fails
     */
    public void draw(PDPageContentStream cs, float centreX, float centreY, FontMapper pdfFonts) throws IOException {
        draw(cs, null, centreX, centreY, pdfFonts);
    }

    /**
     * Draws the seal on a page whose faces may have fonts drawn by codes ({@link FontMapper#adopted}).
     *
     * @param cs the content stream
     * @param page the page {@code cs} draws (its resources get the fonts drawn by codes), or null
     *     to draw every glyph with {@link FontMapper#font}
     * @param centreX centre, PDF points
     * @param centreY centre, PDF points (y up)
     * @param pdfFonts maps a face to the document's font for it
     * @throws IOException if writing fails
     */
    public void draw(PDPageContentStream cs, PDPage page, float centreX, float centreY, FontMapper pdfFonts)
            throws IOException {
        double pt = 72 / 25.4;
        float outer = (float) (diameter / 2 * pt);
        float inner = (float) ((diameter / 2 - ringWidth()) * pt);
        circle(cs, centreX, centreY, outer);
        circle(cs, centreX, centreY, inner);
        cs.fillEvenOdd();
        List<Glyph> all = new ArrayList<>(arc);
        all.addAll(lower);
        cs.beginText();
        for (Glyph g : all) {
            DocumentResources.Adopted byCodes = page == null ? null : pdfFonts.adopted(g.face());
            if (byCodes == null) {
                cs.setFont(pdfFonts.font(g.face()), (float) (g.sizeMm() * pt));
            }
            double cos = Math.cos(g.angle());
            double sin = Math.sin(g.angle());
            double s = g.horizontalScale();
            cs.setTextMatrix(new Matrix((float) (cos * s), (float) (sin * s), (float) -sin, (float) cos,
                    (float) (centreX + g.originX() * pt), (float) (centreY + g.originY() * pt)));
            String text = new String(Character.toChars(g.codePoint()));
            if (byCodes == null) {
                cs.showText(text);
            } else {
                cs.appendRawCommands(byCodes.show(page, (float) (g.sizeMm() * pt), text));
            }
        }
        cs.endText();
    }

    // four Bezier quarter arcs; the control points touch the bounding square, so the path's
    // extent is exactly the circle's
    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float c = r * 0.5522848f;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + c, cx + c, cy + r, cx, cy + r);
        cs.curveTo(cx - c, cy + r, cx - r, cy + c, cx - r, cy);
        cs.curveTo(cx - r, cy - c, cx - c, cy - r, cx, cy - r);
        cs.curveTo(cx + c, cy - r, cx + r, cy - c, cx + r, cy);
        cs.closePath();
    }

    /** Gives the document's PDF font for a shared face (fonts are embedded per document). */
    @FunctionalInterface
    public interface FontMapper {
        /**
         * Returns the document's font for a face.
         *
         * @param face the shared face
         * @return the document's font
         * @throws IOException if the font cannot be loaded into the document
         */
        PDFont font(FontFace face) throws IOException;

        /**
         * Returns the document's font for a face that is drawn by its codes, if it has one.
         *
         * @param face the shared face
         * @return the font, or null to draw the face with {@link #font}
         * @throws IOException if the font cannot be copied into the document
         */
        default DocumentResources.Adopted adopted(FontFace face) throws IOException {
            return null;
        }
    }
}
