package org.skillcert.core.number;

import java.util.Optional;

/**
 * A vocational skill level certificate number (证书编号): 22 characters, one uppercase ASCII letter
 * then 21 ASCII digits (RULES R-NUM-1, R-NUM-2), e.g. {@code S000044012001253000001}.
 *
 * <pre>
 *  position  1    2–5          6–7       8–13           14–15  16     17–22
 *  part      S    0000         44        012001         25     3      000001
 *            category, institution, province, site sequence | year | level | serial
 *            \_____________ site code (HRSS) _____________/
 * </pre>
 *
 * <p>Parsing is strict ({@link #parse(CharSequence, NumberingProfile)}); user-typed text goes through
 * {@link #normalize(CharSequence)} first. {@link #check(CharSequence, NumberingProfile)} gives the
 * verdict without throwing and {@link #isValid(CharSequence, NumberingProfile)} allocates nothing.
 * A number does not remember the profile it was read under: every number valid in the Guangdong
 * profile is valid nationally, and {@link #conformsTo(NumberingProfile)} asks.
 *
 * <p>Immutable, value-based and thread-safe; {@link #toString()} is the canonical 22 characters and
 * {@code parse(n.toString()).equals(n)}. Numbers order by (site code, year, level, serial), which
 * is the order of their strings because every part has a fixed width.
 */
public final class CertificateNumber implements Comparable<CertificateNumber> {
    /** The highest serial of a scope (R-NUM-5). */
    public static final int MAX_SERIAL = 999_999;

    // the only field: parse allocates this object and nothing else (issue 14); parts are read from it
    private final String value;

    private CertificateNumber(String value) {
        this.value = value;
    }

    static CertificateNumber ofValid(String value) {
        return new CertificateNumber(value);
    }

    /**
     * Reads a number under the default profile, {@link NumberingProfile#GUANGDONG_TECHNICAL_SCHOOL}.
     *
     * @param text exactly the 22 characters, nothing around them
     * @return the number
     * @throws CertificateNumberFormatException with the first failing reason and position
     */
    public static CertificateNumber parse(CharSequence text) {
        return parse(text, NumberingProfile.defaultProfile());
    }

    /**
     * Reads a number strictly under a profile.
     *
     * @param text exactly the 22 characters, nothing around them
     * @param profile the numbering profile
     * @return the number
     * @throws CertificateNumberFormatException with the first failing reason and position (see {@link NumberViolation})
     */
    public static CertificateNumber parse(CharSequence text, NumberingProfile profile) {
        return new CertificateNumber(NumberGrammar.require(text, 0, NumberGrammar.NUMBER_LENGTH, profile));
    }

    /**
     * Checks a text under the default profile without throwing.
     *
     * @param text the text to check
     * @return the verdict
     */
    public static NumberVerdict check(CharSequence text) {
        return check(text, NumberingProfile.defaultProfile());
    }

    /**
     * Checks a text under a profile without throwing: the valid number, or the reason and
     * position of the first failing part.
     *
     * @param text the text to check
     * @param profile the numbering profile
     * @return the verdict
     */
    public static NumberVerdict check(CharSequence text, NumberingProfile profile) {
        return NumberVerdict.of(text, profile);
    }

    /**
     * Tells whether a text is a valid number under the default profile; allocates nothing.
     *
     * @param text the text to check
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return isValid(text, NumberingProfile.defaultProfile());
    }

    /**
     * Tells whether a text is a valid number under a profile. It allocates nothing on valid or
     * invalid input (no substring, no regular expression, no boxing), so it suits hot loops.
     *
     * @param text the text to check
     * @param profile the numbering profile
     * @return true if {@link #parse(CharSequence, NumberingProfile)} would accept it
     */
    public static boolean isValid(CharSequence text, NumberingProfile profile) {
        return NumberGrammar.isNumber(text, profile);
    }

    /**
     * Makes a number from its parts.
     *
     * @param site positions 1–13, the site code HRSS assigned
     * @param year the Gregorian issue year, 2000–2099 (positions 14–15 are its last two digits)
     * @param level the skill level (position 16)
     * @param serial 1–999999 (positions 17–22)
     * @return the number
     * @throws CertificateNumberFormatException with reason {@link NumberViolation#SERIAL} at 17 if
     *         {@code serial} is outside 1–999999 (R-NUM-5)
     * @throws IllegalArgumentException if {@code year} is outside 2000–2099
     */
    public static CertificateNumber of(SiteCode site, int year, SkillLevel level, int serial) {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("issue year must be 2000-2099 (R-NUM-2), was " + year);
        }
        return withSerial(scopeOf(site, year, level), serial);
    }

    /**
     * Returns the scope a serial counter is kept for (R-NUM-5) without making a number: the
     * site code, the year's last two digits and the level, 16 characters, as {@link #scope()}.
     *
     * @param site positions 1–13
     * @param year 2000–2099
     * @param level the level
     * @return 16 characters
     * @throws IllegalArgumentException if {@code year} is outside 2000–2099
     */
    public static String scopeOf(SiteCode site, int year, SkillLevel level) {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("issue year must be 2000-2099 (R-NUM-2), was " + year);
        }
        return site.toString() + SiteSequence.pad(year - 2000, 2) + level.code();
    }

    private static CertificateNumber withSerial(String scope, int serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new CertificateNumberFormatException(NumberViolation.SERIAL, 17, scope + serial,
                    "serial must be 000001-999999, never wrapping around (R-NUM-5), was " + serial);
        }
        return new CertificateNumber(scope + SiteSequence.pad(serial, 6));
    }

    /**
     * Makes user-typed text ready for strict parsing: trims white space as {@link String#strip()}
     * does (including the ideographic space U+3000, not the no-break space U+00A0), turns full-width ASCII forms (U+FF01–U+FF5E) into ASCII and ASCII lowercase into
     * uppercase. Nothing else changes, so the result may still be invalid; it is idempotent.
     *
     * @param text what a person typed
     * @return the normalized text
     */
    public static String normalize(CharSequence text) {
        String stripped = text.toString().strip();
        StringBuilder b = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Returns positions 1–13, the site code.
     *
     * @return the site code
     */
    public SiteCode siteCode() {
        return new SiteCode(value.substring(0, NumberGrammar.SITE_CODE_LENGTH));
    }

    /**
     * Returns position 1, the institution category ({@code S} or {@code Y}).
     *
     * @return an ASCII uppercase letter
     */
    public char category() {
        return value.charAt(0);
    }

    /**
     * Returns positions 2–5, the institution code.
     *
     * @return four ASCII digits
     */
    public String institutionCode() {
        return value.substring(1, 5);
    }

    /**
     * Returns positions 6–7 as a province.
     *
     * @return a province that issues certificates
     */
    public Province province() {
        return Province.lookup(Integer.parseInt(value, 5, 7, 10));
    }

    /**
     * Returns positions 8–13.
     *
     * @return the site sequence
     */
    public SiteSequence siteSequence() {
        return new SiteSequence(value.substring(7, NumberGrammar.SITE_CODE_LENGTH));
    }

    /**
     * Returns the Guangdong region of positions 8–9 (table R-REG).
     *
     * @return the region, or empty when the province is not Guangdong or the digits are not in the table
     */
    public Optional<Region> region() {
        return siteCode().region();
    }

    /**
     * Returns the Gregorian issue year: 2000 + positions 14–15.
     *
     * @return 2000–2099
     */
    public int year() {
        return 2000 + Integer.parseInt(value, 13, 15, 10);
    }

    /**
     * Returns position 16 as a skill level.
     *
     * @return the level
     */
    public SkillLevel level() {
        return SkillLevel.of(value.charAt(15) - '0');
    }

    /**
     * Returns positions 17–22 as a number.
     *
     * @return 1–999999
     */
    public int serial() {
        return Integer.parseInt(value, 16, 22, 10);
    }

    /**
     * Returns the first 16 characters (site code, year, level): the scope a serial counter is
     * kept for (R-NUM-5).
     *
     * @return 16 characters
     */
    public String scope() {
        return value.substring(0, 16);
    }

    /**
     * Returns the number with the next serial in the same scope (R-NUM-5).
     *
     * @return the number with serial + 1
     * @throws CertificateNumberFormatException with reason {@link NumberViolation#SERIAL} at 17 when
     *         the serial is already 999999: running out is an error, never a wrap-around
     */
    public CertificateNumber next() {
        return withSerial(serial() + 1);
    }

    /**
     * Returns the number with another serial in the same scope.
     *
     * @param serial 1–999999
     * @return the number
     * @throws CertificateNumberFormatException with reason {@link NumberViolation#SERIAL} at 17 when
     *         {@code serial} is outside 1–999999
     */
    public CertificateNumber withSerial(int serial) {
        return withSerial(scope(), serial);
    }

    /**
     * Tells whether this number is valid under a profile, e.g. whether a nationally valid number
     * is also a Guangdong technical-school number.
     *
     * @param profile the profile
     * @return whether {@link #parse(CharSequence, NumberingProfile)} accepts {@link #toString()}
     */
    public boolean conformsTo(NumberingProfile profile) {
        return isValid(value, profile);
    }

    /**
     * Compares in (site code, year, level, serial) order, which equals the order of the strings.
     *
     * @param other another number
     * @return negative, zero or positive as this one sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(CertificateNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateNumber && ((CertificateNumber) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the canonical 22 characters.
     *
     * @return e.g. {@code S000044012001253000001}
     */
    @Override
    public String toString() {
        return value;
    }
}
