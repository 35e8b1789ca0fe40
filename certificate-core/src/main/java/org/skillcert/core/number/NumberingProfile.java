package org.skillcert.core.number;

/**
 * Which certificate numbers count as valid: the national rule or the narrower Guangdong
 * technical-school profile (RULES R-NUM-3, R-NUM-4).
 *
 * <p>Both profiles share the shape (R-NUM-1), the year (any two digits), the level (1–5, R-LVL)
 * and the serial (000001–999999, R-NUM-5). They differ in positions 1–13, the part assigned by
 * the HRSS department. Every number valid under {@link #GUANGDONG_TECHNICAL_SCHOOL} is valid under
 * {@link #NATIONAL}, so checking both tells "well-formed nationally, but not a Guangdong
 * technical-school number" apart from "not a certificate number at all".
 */
public enum NumberingProfile {
    /**
     * The default: Guangdong technical schools (R-NUM-3, R-REG). Position 1 is {@code S},
     * positions 2–5 are {@code 0000}, 6–7 are {@code 44}, 8–9 a region of table R-REG, 10 is
     * {@code 2} and 11–13 a site serial {@code 000}–{@code 999}.
     */
    GUANGDONG_TECHNICAL_SCHOOL {
        @Override
        boolean acceptsCategory(char category) {
            return category == 'S';
        }

        @Override
        boolean acceptsInstitution(int code) {
            return code == 0;
        }

        @Override
        boolean acceptsProvince(int code) {
            return code == 44;
        }

        @Override
        boolean dividesSite() {
            return true;
        }
    },
    /**
     * The national rule (R-NUM-4): position 1 is {@code S} or {@code Y}, positions 2–5 any four
     * digits ({@code 0000} for a body filed with a province), 6–7 a GB/T 2260 province that issues
     * certificates ({@link Province#issuesCertificates()}), 8–13 any six digits.
     */
    NATIONAL {
        @Override
        boolean acceptsCategory(char category) {
            return category == 'S' || category == 'Y';
        }

        @Override
        boolean acceptsInstitution(int code) {
            return true;
        }

        @Override
        boolean acceptsProvince(int code) {
            Province province = Province.lookup(code);
            return province != null && province.issuesCertificates();
        }

        @Override
        boolean dividesSite() {
            return false;
        }
    };

    /**
     * Returns the profile used when none is named: {@link #GUANGDONG_TECHNICAL_SCHOOL}.
     *
     * @return the default profile
     */
    public static NumberingProfile defaultProfile() {
        return GUANGDONG_TECHNICAL_SCHOOL;
    }

    abstract boolean acceptsCategory(char category);

    abstract boolean acceptsInstitution(int code);

    abstract boolean acceptsProvince(int code);

    /**
     * Whether positions 8–13 are region (8–9), site category (10) and site serial (11–13), each
     * checked as its own part, rather than six digits assigned freely by the province.
     */
    abstract boolean dividesSite();

    boolean acceptsRegion(int code) {
        return Region.lookup(code) != null;
    }

    boolean acceptsSiteCategory(char category) {
        return category == '2';
    }
}
