package org.skillcert.render;

/**
 * A printer's correction for printing on pre-printed stock (RULES R-LAY-7): everything is
 * scaled by {@code scale} about the sheet's top-left corner, then moved {@code dx} mm to the
 * right and {@code dy} mm down. Measure both with the alignment test page.
 *
 * <p>Immutable value; {@code toString()} is {@code dx=1.5,dy=-0.8,scale=1.0}, which
 * {@link #parse(CharSequence)} reads back.
 */
public final class Calibration {
    /** No correction. */
    public static final Calibration NONE = new Calibration(0, 0, 1);

    private final double dx;
    private final double dy;
    private final double scale;

    private Calibration(double dx, double dy, double scale) {
        this.dx = dx;
        this.dy = dy;
        this.scale = scale;
    }

    /**
     * Returns a calibration.
     *
     * @param dxMm offset to the right, mm, within ±50
     * @param dyMm offset downwards, mm, within ±50
     * @param scale scale factor, 0.8 to 1.2
     * @return the calibration
     * @throws IllegalArgumentException if a value is out of range or not finite
     */
    public static Calibration of(double dxMm, double dyMm, double scale) {
        if (!(Math.abs(dxMm) <= 50 && Math.abs(dyMm) <= 50 && scale >= 0.8 && scale <= 1.2)) {
            throw new IllegalArgumentException("calibration out of range: dx=" + dxMm + " dy=" + dyMm + " scale=" + scale
                    + " (offsets within ±50 mm, scale 0.8-1.2)");
        }
        return new Calibration(dxMm, dyMm, scale);
    }

    /**
     * Reads {@code dx=1.5,dy=-0.8,scale=0.995} (any order; missing parts are 0, 0, 1).
     *
     * @param text the text
     * @return the calibration
     * @throws IllegalArgumentException if the text is malformed or out of range
     */
    public static Calibration parse(CharSequence text) {
        double dx = 0;
        double dy = 0;
        double scale = 1;
        for (String part : text.toString().split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value in '" + part + "'");
            }
            double v = Double.parseDouble(kv[1].strip());
            switch (kv[0].strip()) {
                case "dx":
                    dx = v;
                    break;
                case "dy":
                    dy = v;
                    break;
                case "scale":
                    scale = v;
                    break;
                default:
                    throw new IllegalArgumentException("unknown calibration key '" + kv[0] + "'");
            }
        }
        return of(dx, dy, scale);
    }

    /**
     * Returns the offset to the right.
     *
     * @return mm
     */
    public double dx() {
        return dx;
    }

    /**
     * Returns the offset downwards.
     *
     * @return mm
     */
    public double dy() {
        return dy;
    }

    /**
     * Returns the scale factor.
     *
     * @return the factor
     */
    public double scale() {
        return scale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration && ((Calibration) o).dx == dx && ((Calibration) o).dy == dy
                && ((Calibration) o).scale == scale;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(dx) * 31 * 31 + Double.hashCode(dy) * 31 + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return "dx=" + dx + ",dy=" + dy + ",scale=" + scale;
    }
}
