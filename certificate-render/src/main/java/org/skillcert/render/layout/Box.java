package org.skillcert.render.layout;

/**
 * A rectangle in millimetres, measured from the page's top-left corner (y grows downwards, as
 * a person measures a printed sheet with a ruler).
 *
 * @param x left edge, mm
 * @param y top edge, mm
 * @param width width, mm, &ge; 0
 * @param height height, mm, &ge; 0
 */
public record Box(double x, double y, double width, double height) {
    /**
     * Checks the size.
     *
     * @throws IllegalArgumentException if a size is negative or a value is not finite
     */
    public Box {
        if (!(width >= 0 && height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bad box " + x + " " + y + " " + width + " " + height);
        }
    }

    /**
     * Returns the right edge.
     *
     * @return x + width, mm
     */
    public double right() {
        return x + width;
    }

    /**
     * Returns the bottom edge.
     *
     * @return y + height, mm
     */
    public double bottom() {
        return y + height;
    }

    /**
     * Tells whether the interiors of two boxes overlap (touching edges do not count).
     *
     * @param other the other box
     * @return true if they share interior area
     */
    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
