package org.skillcert.render.internal;

import java.util.List;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.layout.Box;

/**
 * Text fitted into a box: the chosen size and one or two lines, each already split into runs
 * of one font, with its position. Coordinates are millimetres from the page's top-left corner.
 *
 * @param field the field or element the text belongs to
 * @param size the chosen font size, points
 * @param tracking extra space between characters, points
 * @param color RGB colour, 0xRRGGBB
 * @param lines the lines, top first
 */
public record FittedText(String field, float size, float tracking, int color, List<Line> lines) {
    /** Points per millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;

    /**
     * A run of characters drawn with one font.
     *
     * @param face the font
     * @param text the characters
     */
    public record Run(FontFace face, String text) {
    }

    /**
     * One line of fitted text.
     *
     * @param x left end of the line, mm
     * @param baseline baseline, mm from the top
     * @param width advance width, mm
     * @param runs the font runs, left to right
     */
    public record Line(double x, double baseline, double width, List<Run> runs) {
    }

    /**
     * Returns the ink bounds of the text: the em boxes of its lines (0.88 em above and 0.12 em
     * below the baseline, as CJK fonts draw).
     *
     * @return the bounding box, mm
     */
    public Box bounds() {
        double em = size / PT_PER_MM;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Line l : lines) {
            left = Math.min(left, l.x());
            right = Math.max(right, l.x() + l.width());
        }
        double top = lines.get(0).baseline() - 0.88 * em;
        double bottom = lines.get(lines.size() - 1).baseline() + 0.12 * em;
        return new Box(left, top, Math.max(0, right - left), bottom - top);
    }
}
