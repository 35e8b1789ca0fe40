package org.skillcert.core.number;

import java.util.Optional;

/**
 * Positions 1–13 of a certificate number: the code the HRSS department assigns to an evaluation
 * institution or one of its sites (RULES R-NUM-2) — category, institution code, province and
 * site sequence. Certificate numbers are this code followed by year, level and serial.
 *
 * <p>Immutable and value-based; {@link #toString()} is the 13 characters, e.g.
 * {@code S000044012001}.
 */
public final class SiteCode implements Comparable<SiteCode> {
    private final String code;

    SiteCode(String code) {
        this.code = code;
    }

    /**
     * Reads a Guangdong technical-school site code (R-NUM-3).
     *
     * @param text 13 characters
     * @return the site code
     * @throws CertificateNumberFormatException if the text is not one
     */
    public static SiteCode parse(CharSequence text) {
        return parse(text, NumberingProfile.defaultProfile());
    }

    /**
     * Reads a site code under a profile; reasons and positions are those of the first 13
     * positions of a certificate number ({@link NumberViolation#LENGTH} at 14 when long).
     *
     * @param text 13 characters
     * @param profile the numbering profile
     * @return the site code
     * @throws CertificateNumberFormatException if the text is not one
     */
    public static SiteCode parse(CharSequence text, NumberingProfile profile) {
        return new SiteCode(NumberGrammar.require(text, 0, NumberGrammar.SITE_CODE_LENGTH, profile));
    }

    /**
     * Makes the site code of a Guangdong technical school: {@code S}, {@code 0000}, {@code 44},
     * then the site sequence of the region and site serial (R-NUM-3).
     *
     * @param region the region of table R-REG
     * @param siteSerial 0–999
     * @return the site code
     * @throws IllegalArgumentException if {@code siteSerial} is outside 0–999
     */
    public static SiteCode guangdong(Region region, int siteSerial) {
        return new SiteCode("S000044" + SiteSequence.guangdong(region, siteSerial));
    }

    /**
     * Makes a site code from its parts, checked under the national rule (R-NUM-4).
     *
     * @param category {@code S} or {@code Y}
     * @param institutionCode 0–9999
     * @param province a province that issues certificates
     * @param site the site sequence
     * @return the site code
     * @throws CertificateNumberFormatException if the category or province is not allowed nationally
     * @throws IllegalArgumentException if {@code institutionCode} is outside 0–9999
     */
    public static SiteCode of(char category, int institutionCode, Province province, SiteSequence site) {
        if (institutionCode < 0 || institutionCode > 9999) {
            throw new IllegalArgumentException("institution code must be 0-9999 (R-NUM-4), was " + institutionCode);
        }
        String text = String.valueOf(category) + SiteSequence.pad(institutionCode, 4) + province.code() + site;
        return parse(text, NumberingProfile.NATIONAL);
    }

    /**
     * Returns position 1, the institution category: {@code S} (社会培训评价组织) or {@code Y} (用人单位).
     *
     * @return an ASCII uppercase letter
     */
    public char category() {
        return code.charAt(0);
    }

    /**
     * Returns positions 2–5, the institution code ({@code 0000} for a body filed with a province).
     *
     * @return four ASCII digits
     */
    public String institutionCode() {
        return code.substring(1, 5);
    }

    /**
     * Returns positions 6–7 as a province.
     *
     * @return the province; always one that issues certificates
     */
    public Province province() {
        return Province.lookup(Integer.parseInt(code, 5, 7, 10));
    }

    /**
     * Returns positions 8–13.
     *
     * @return the site sequence
     */
    public SiteSequence siteSequence() {
        return new SiteSequence(code.substring(7, 13));
    }

    /**
     * Returns the Guangdong region of positions 8–9 (table R-REG).
     *
     * @return the region, or empty when the province is not Guangdong or the digits are not in the table
     */
    public Optional<Region> region() {
        if (province() != Province.GUANGDONG) {
            return Optional.empty();
        }
        return Region.find(Integer.parseInt(code, 7, 9, 10));
    }

    /**
     * Tells whether this code is valid under a profile, e.g. whether a nationally valid code is
     * also a Guangdong technical-school code.
     *
     * @param profile the profile
     * @return whether the 13 positions pass the profile's rules
     */
    public boolean conformsTo(NumberingProfile profile) {
        return NumberGrammar.scan(code, 0, NumberGrammar.SITE_CODE_LENGTH, profile) == NumberGrammar.VALID;
    }

    /**
     * Compares by the 13 characters, which is (category, institution, province, site) order.
     *
     * @param other another site code
     * @return negative, zero or positive as this one sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(SiteCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteCode && ((SiteCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the 13 characters, e.g. {@code S000044012001}.
     *
     * @return the canonical form
     */
    @Override
    public String toString() {
        return code;
    }
}
