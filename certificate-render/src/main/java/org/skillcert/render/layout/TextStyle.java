package org.skillcert.render.layout;

import org.skillcert.render.font.FontRole;

/**
 * How text is set in a box and how it is fitted: start at {@code size}; if the text is too
 * wide, shrink in half-point steps down to {@code minSize}; if it still does not fit and
 * {@code maxLines} is 2, wrap to two lines (again from {@code size} down to {@code minSize});
 * otherwise rendering fails with {@code TEXT_DOES_NOT_FIT} naming the field.
 *
 * @param role the font role
 * @param size the design size, points
 * @param minSize the smallest size allowed, points, &le; size
 * @param maxLines 1 or 2
 * @param align horizontal alignment
 * @param tracking extra space between characters, in em
 * @param color RGB colour, 0xRRGGBB
 */
public record TextStyle(FontRole role, float size, float minSize, int maxLines, Align align, float tracking, int color) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if sizes are not positive, minSize &gt; size or maxLines is not 1 or 2
     */
    public TextStyle {
        if (!(size > 0 && minSize > 0 && minSize <= size) || maxLines < 1 || maxLines > 2) {
            throw new IllegalArgumentException("bad text style: size " + size + ", min " + minSize + ", lines " + maxLines);
        }
    }

    /**
     * Returns this style with other sizes (used by the forms).
     *
     * @param newSize design size, points
     * @param newMin minimum size, points
     * @return a new style
     */
    public TextStyle sized(float newSize, float newMin) {
        return new TextStyle(role, newSize, newMin, maxLines, align, tracking, color);
    }
}
