package org.skillcert.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.skillcert.render.RenderException;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.TextStyle;

/**
 * Fits text into a box by the box's fit rule (see {@link TextStyle}): the design size on one
 * line, else shrink to the minimum size, else two lines (when allowed), else an error.
 *
 * <p>Every character is checked against the fonts before anything is drawn, so a missing glyph
 * is an error naming the field, never a blank box. Stateless and thread-safe.
 */
public final class TextFitter {
    private static final float STEP = 0.5f;
    private static final double LEADING = 1.25;

    private final FontLibrary fonts;

    /**
     * Creates a fitter over a font library.
     *
     * @param fonts the fonts
     */
    public TextFitter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * Fits a text.
     *
     * @param field the field name, used in errors
     * @param text the text; empty text gives a fitted text with one empty line
     * @param box where it goes, mm
     * @param style how it is set and fitted
     * @return the fitted text
     * @throws RenderException {@code MISSING_GLYPH} (position = 1-based code point index) or
     *     {@code TEXT_DOES_NOT_FIT} (input = the field)
     */
    public FittedText fit(String field, String text, Box box, TextStyle style) {
        int[] cps = text.codePoints().toArray();
        FontFace[] faces = new FontFace[cps.length];
        float[] advance = new float[cps.length];
        for (int i = 0; i < cps.length; i++) {
            faces[i] = fonts.faceFor(style.role(), cps[i], field, i + 1);
            advance[i] = faces[i].advance(cps[i]) / 1000f;
        }
        double widthPt = box.width() * FittedText.PT_PER_MM;
        double heightPt = box.height() * FittedText.PT_PER_MM;
        for (float size = style.size(); size >= style.minSize() - 1e-3; size -= STEP) {
            if (width(advance, 0, cps.length, size, style) <= widthPt + 1e-6) {
                return place(field, cps, faces, advance, new int[] {0, cps.length}, box, style, size);
            }
        }
        if (style.maxLines() >= 2) {
            for (float size = style.size(); size >= style.minSize() - 1e-3; size -= STEP) {
                if (size * (1 + LEADING) > heightPt + 1e-6) {
                    continue;
                }
                int cut = bestBreak(cps, advance, size, style);
                if (cut > 0 && width(advance, 0, cut, size, style) <= widthPt + 1e-6
                        && width(advance, cut, cps.length, size, style) <= widthPt + 1e-6) {
                    return place(field, cps, faces, advance, new int[] {0, cut, cps.length}, box, style, size);
                }
            }
        }
        throw new RenderException(RenderException.Reason.TEXT_DOES_NOT_FIT, field, 0, String.format(
                "%s: '%s' does not fit %.1f mm x %.1f mm at %.1f pt on %d line(s)", field, text,
                box.width(), box.height(), style.minSize(), style.maxLines()));
    }

    // balanced break: the cut that makes the longer of the two lines shortest; Chinese breaks
    // between any two characters, Latin words only at spaces (or anywhere if there is no space)
    private static int bestBreak(int[] cps, float[] advance, float size, TextStyle style) {
        boolean hasSpace = false;
        for (int cp : cps) {
            hasSpace |= cp == ' ';
        }
        int best = -1;
        double bestWidth = Double.MAX_VALUE;
        for (int cut = 1; cut < cps.length; cut++) {
            boolean breakable = !hasSpace || cps[cut] == ' ' || cps[cut - 1] == ' '
                    || cps[cut] >= 0x2E80 || cps[cut - 1] >= 0x2E80;
            if (!breakable) {
                continue;
            }
            double w = Math.max(width(advance, 0, cut, size, style), width(advance, cut, cps.length, size, style));
            if (w < bestWidth) {
                bestWidth = w;
                best = cut;
            }
        }
        return best;
    }

    private static double width(float[] advance, int from, int to, float size, TextStyle style) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += advance[i];
        }
        return (w + Math.max(0, to - from - 1) * style.tracking()) * size;
    }

    private static FittedText place(String field, int[] cps, FontFace[] faces, float[] advance, int[] cuts,
            Box box, TextStyle style, float size) {
        int lineCount = cuts.length - 1;
        double em = size / FittedText.PT_PER_MM;
        double lead = LEADING * em;
        // centre the block of lines vertically: CJK glyphs sit 0.88 em above, 0.12 em below the baseline
        double blockHeight = em + (lineCount - 1) * lead;
        double firstBaseline = box.y() + (box.height() - blockHeight) / 2 + 0.88 * em;
        List<FittedText.Line> lines = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            int from = cuts[l];
            int to = cuts[l + 1];
            // a space at a line break is not drawn
            while (from < to && cps[from] == ' ' && l > 0) {
                from++;
            }
            while (to > from && cps[to - 1] == ' ' && l < lineCount - 1) {
                to--;
            }
            double w = width(advance, from, to, size, style) / FittedText.PT_PER_MM;
            double x;
            switch (style.align()) {
                case CENTER:
                    x = box.x() + (box.width() - w) / 2;
                    break;
                case RIGHT:
                    x = box.right() - w;
                    break;
                default:
                    x = box.x();
                    break;
            }
            lines.add(new FittedText.Line(x, firstBaseline + l * lead, w, runs(cps, faces, from, to)));
        }
        return new FittedText(field, size, style.tracking() * size, style.color(), List.copyOf(lines));
    }

    private static List<FittedText.Run> runs(int[] cps, FontFace[] faces, int from, int to) {
        List<FittedText.Run> runs = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || faces[i] != faces[start]) {
                runs.add(new FittedText.Run(faces[start], new String(cps, start, i - start)));
                start = i;
            }
        }
        return List.copyOf(runs);
    }
}
