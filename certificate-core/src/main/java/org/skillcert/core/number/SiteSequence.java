package org.skillcert.core.number;

/**
 * Positions 8–13 of a certificate number, the site sequence (评价机构(站点)序列码) the province
 * assigns (RULES R-NUM-2). In the Guangdong profile it is a region code of table R-REG (8–9), the
 * site category {@code 2} (10) and a site serial {@code 000}–{@code 999} (11–13) (R-NUM-3);
 * nationally it is any six digits (R-NUM-4).
 *
 * <p>Immutable and value-based; {@link #toString()} is the six digits.
 */
public final class SiteSequence implements Comparable<SiteSequence> {
    private final String digits;

    SiteSequence(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a Guangdong technical-school site sequence, e.g. {@code "012001"}.
     *
     * @param text six characters
     * @return the site sequence
     * @throws CertificateNumberFormatException if the text is not one; positions count within the text
     */
    public static SiteSequence parse(CharSequence text) {
        return parse(text, NumberingProfile.defaultProfile());
    }

    /**
     * Reads a site sequence under a profile.
     *
     * @param text six characters
     * @param profile the numbering profile
     * @return the site sequence
     * @throws CertificateNumberFormatException if the text is not one; positions count within the
     *         text (so {@link NumberViolation#REGION} is at 1 and {@link NumberViolation#SITE_CATEGORY} at 3)
     */
    public static SiteSequence parse(CharSequence text, NumberingProfile profile) {
        return new SiteSequence(NumberGrammar.require(text, NumberGrammar.SITE_SEQUENCE_START,
                NumberGrammar.SITE_CODE_LENGTH, profile));
    }

    /**
     * Makes the Guangdong site sequence of a region and a site serial: region code, {@code 2},
     * three-digit serial (R-NUM-3).
     *
     * @param region the region of table R-REG
     * @param siteSerial 0–999
     * @return the site sequence
     * @throws IllegalArgumentException if {@code siteSerial} is outside 0–999
     */
    public static SiteSequence guangdong(Region region, int siteSerial) {
        if (siteSerial < 0 || siteSerial > 999) {
            throw new IllegalArgumentException("site serial must be 0-999 (R-NUM-3), was " + siteSerial);
        }
        return new SiteSequence(region.code() + '2' + pad(siteSerial, 3));
    }

    static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(width - s.length()) + s;
    }

    /**
     * Returns positions 8–9, the region code in the Guangdong profile.
     *
     * @return two ASCII digits
     */
    public String regionCode() {
        return digits.substring(0, 2);
    }

    /**
     * Returns position 10, the site category ({@code 2} in the Guangdong profile).
     *
     * @return an ASCII digit
     */
    public char siteCategory() {
        return digits.charAt(2);
    }

    /**
     * Returns positions 11–13 as a number, the site serial in the Guangdong profile.
     *
     * @return 0–999
     */
    public int siteSerial() {
        return Integer.parseInt(digits, 3, 6, 10);
    }

    /**
     * Compares by the six digits.
     *
     * @param other another site sequence
     * @return negative, zero or positive as this one sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(SiteSequence other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteSequence && ((SiteSequence) o).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the six digits, e.g. {@code 012001}.
     *
     * @return the canonical form
     */
    @Override
    public String toString() {
        return digits;
    }
}
