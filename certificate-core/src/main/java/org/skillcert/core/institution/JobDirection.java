package org.skillcert.core.institution;

/**
 * The job or direction (工种/职业方向) under an occupation; with none, the certificate reads
 * {@code --}, never blank (R-CERT-4). Immutable and thread-safe.
 */
public final class JobDirection {
    /** The text printed when there is no job or direction (R-CERT-4). */
    public static final String NONE_TEXT = "--";
    /** No job or direction. */
    public static final JobDirection NONE = new JobDirection("");

    private final String text;

    private JobDirection(String text) {
        this.text = text;
    }

    /**
     * Reads a job/direction; blank text, {@code --} and the dash forms people type (—, －－) mean none.
     *
     * @param text the text as written
     * @return the job/direction, or {@link #NONE}
     */
    public static JobDirection of(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.equals(NONE_TEXT) || s.equals("—") || s.equals("——") || s.equals("－－") || s.equals("-")) {
            return NONE;
        }
        return new JobDirection(s);
    }

    /**
     * Tells whether there is no job or direction.
     *
     * @return true for {@link #NONE}
     */
    public boolean isNone() {
        return text.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobDirection && ((JobDirection) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the text printed on the certificate.
     *
     * @return the job/direction, or {@code --} when there is none (R-CERT-4)
     */
    @Override
    public String toString() {
        return text.isEmpty() ? NONE_TEXT : text;
    }
}
