package org.skillcert.core.number;

import org.skillcert.spi.internal.NumberShape;

/**
 * The left-to-right check of certificate numbers and of their leading parts (RULES R-NUM-1 to
 * R-NUM-4, R-REG, R-LVL), written so that it allocates nothing: no substrings, no regular
 * expressions, no boxing. The verdict is one {@code int}: {@link #VALID}, or the reason's ordinal
 * and the 1-based position packed together.
 *
 * <p>A check covers the positions {@code [from, to)} (0-based) of a 22-character number; the text
 * holds exactly those positions, and positions are reported relative to the text. That way the
 * same walk checks a whole number (0–22), a site code (0–13) and a site sequence (7–13).
 *
 * <p>The R-NUM-1 shape (the letter, the digits, the length) has one definition, spi's internal
 * {@link NumberShape}, which the storage ports check too; this walk adds the profile's rules in
 * the same left-to-right pass.
 */
final class NumberGrammar {
    static final int VALID = 0;
    static final int NUMBER_LENGTH = NumberShape.NUMBER_LENGTH;
    static final int SITE_CODE_LENGTH = 13;
    static final int SITE_SEQUENCE_START = 7;

    private static final NumberViolation[] REASONS = NumberViolation.values();

    private NumberGrammar() {
    }

    static int scan(CharSequence s, int from, int to, NumberingProfile profile) {
        int expected = to - from;
        int length = s.length();
        if (length != expected) {
            return fail(NumberViolation.LENGTH, length < expected ? length + 1 : expected + 1);
        }
        if (from == 0) {
            char category = s.charAt(0);
            if (!isUpperLetter(category)) {
                return fail(NumberViolation.CHARACTER, 1);
            }
            // the 特级技师 scheme is two letters then 20 digits: name it, before judging the letter
            if (isUpperLetter(s.charAt(1))) {
                return fail(NumberViolation.UNSUPPORTED_SCHEME, 2);
            }
            if (!profile.acceptsCategory(category)) {
                return fail(NumberViolation.CATEGORY, 1);
            }
            int institution = digits(s, from, 1, 5);
            if (institution < 0) {
                return character(institution, from);
            }
            if (!profile.acceptsInstitution(institution)) {
                return fail(NumberViolation.INSTITUTION_CODE, 2);
            }
            int province = digits(s, from, 5, 7);
            if (province < 0) {
                return character(province, from);
            }
            if (!profile.acceptsProvince(province)) {
                return fail(NumberViolation.PROVINCE, 6);
            }
        }
        int verdict = scanSite(s, from, profile);
        if (verdict != VALID || to == SITE_CODE_LENGTH) {
            return verdict;
        }
        int year = digits(s, from, 13, 15);
        if (year < 0) {
            return character(year, from);
        }
        int level = digits(s, from, 15, 16);
        if (level < 0) {
            return character(level, from);
        }
        if (level < 1 || level > 5) {
            return fail(NumberViolation.LEVEL, 16);
        }
        int serial = digits(s, from, 16, 22);
        if (serial < 0) {
            return character(serial, from);
        }
        if (serial == 0) {
            return fail(NumberViolation.SERIAL, 17);
        }
        return VALID;
    }

    /**
     * Tells whether a text is a whole valid number: the judgement of {@link #scan} over positions
     * 0–22 without the reason and the position, for {@code CertificateNumber.isValid}. The
     * general {@code scan} is called, not compiled into {@code isValid} (C2 {@code PrintInlining}:
     * "already compiled into a big method"), and works out positions relative to {@code from} and
     * packs reasons; this walk has the positions constant and returns a boolean. In JMH, runs
     * alternating with the old {@code isValid}: 8.8–9.1 ns against 10.3 ns (issue 14). A second
     * letter at position 2 (R-NUM-4's 特级技师 scheme) fails here as a non-digit.
     */
    static boolean isNumber(CharSequence s, NumberingProfile profile) {
        if (s.length() != NUMBER_LENGTH) {
            return false;
        }
        // every category a profile accepts is an uppercase letter, S or Y (CertificateNumberTest)
        if (!profile.acceptsCategory(s.charAt(0))) {
            return false;
        }
        int institution = digits(s, 0, 1, 5);
        if (institution < 0 || !profile.acceptsInstitution(institution)) {
            return false;
        }
        int province = digits(s, 0, 5, 7);
        if (province < 0 || !profile.acceptsProvince(province)) {
            return false;
        }
        if (profile.dividesSite()) {
            int region = digits(s, 0, 7, 9);
            if (region < 0 || !profile.acceptsRegion(region)) {
                return false;
            }
            int siteCategory = digits(s, 0, 9, 10);
            if (siteCategory < 0 || !profile.acceptsSiteCategory((char) ('0' + siteCategory))
                    || digits(s, 0, 10, 13) < 0) {
                return false;
            }
        } else if (digits(s, 0, 7, 13) < 0) {
            return false;
        }
        int level = digits(s, 0, 15, 16);
        return digits(s, 0, 13, 15) >= 0 && level >= 1 && level <= 5 && digits(s, 0, 16, 22) > 0;
    }

    /**
     * Checks positions {@code [from, to)} and returns the text as a string, or throws.
     *
     * @throws CertificateNumberFormatException with the first failing reason and position
     */
    static String require(CharSequence text, int from, int to, NumberingProfile profile) {
        // copy first: a mutable CharSequence must not change between the check and the copy
        String copy = text.toString();
        int verdict = scan(copy, from, to, profile);
        if (verdict != VALID) {
            throw failure(verdict, copy, to - from);
        }
        return copy;
    }

    static CertificateNumberFormatException failure(int verdict, String input, int expectedLength) {
        return new CertificateNumberFormatException(reason(verdict), position(verdict), input,
                message(verdict, input, expectedLength));
    }

    private static int scanSite(CharSequence s, int from, NumberingProfile profile) {
        if (!profile.dividesSite()) {
            int site = digits(s, from, 7, 13);
            return site < 0 ? character(site, from) : VALID;
        }
        int region = digits(s, from, 7, 9);
        if (region < 0) {
            return character(region, from);
        }
        if (!profile.acceptsRegion(region)) {
            return fail(NumberViolation.REGION, 8 - from);
        }
        int category = digits(s, from, 9, 10);
        if (category < 0) {
            return character(category, from);
        }
        if (!profile.acceptsSiteCategory((char) ('0' + category))) {
            return fail(NumberViolation.SITE_CATEGORY, 10 - from);
        }
        int serial = digits(s, from, 10, 13);
        return serial < 0 ? character(serial, from) : VALID;
    }

    /**
     * Reads the digits at 0-based positions {@code [start, end)} of the number.
     *
     * @return the value, or {@code -(index + 1)} with the number position of the first non-digit
     */
    private static int digits(CharSequence s, int from, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i - from);
            if (!NumberShape.isDigit(c)) {
                return -(i + 1);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int character(int failedDigits, int from) {
        return fail(NumberViolation.CHARACTER, -failedDigits - from);
    }

    private static boolean isUpperLetter(char c) {
        return NumberShape.isLetter(c);
    }

    private static int fail(NumberViolation reason, int position) {
        return (reason.ordinal() + 1) << 8 | position;
    }

    static NumberViolation reason(int verdict) {
        return REASONS[(verdict >>> 8) - 1];
    }

    static int position(int verdict) {
        return verdict & 0xff;
    }

    /** A sentence for people saying what is wrong, naming the rule; not part of the API. */
    static String message(int verdict, CharSequence input, int expectedLength) {
        NumberViolation reason = reason(verdict);
        int position = position(verdict);
        switch (reason) {
            case LENGTH:
                return "expected " + expectedLength + " characters, got " + input.length() + " (R-NUM-1)";
            case CHARACTER:
                return "character " + describe(input.charAt(position - 1)) + " at position " + position
                        + " is not allowed there: position 1 is an uppercase ASCII letter, the rest ASCII digits (R-NUM-1)";
            case UNSUPPORTED_SCHEME:
                return "a second letter at position 2: the 2-letter scheme of 特级技师 certificates is not supported (R-NUM-4)";
            case CATEGORY:
                return "institution category at position " + position + " is not allowed by the profile (R-NUM-3, R-NUM-4)";
            case INSTITUTION_CODE:
                return "institution code at position " + position + " is not allowed by the profile (R-NUM-3)";
            case PROVINCE:
                return "province code at position " + position + " is not a province of the profile (R-NUM-3, R-NUM-4, GB/T 2260)";
            case REGION:
                return "region code at position " + position + " is not in table R-REG (R-NUM-3)";
            case SITE_CATEGORY:
                return "site category at position " + position + " must be 2 (R-NUM-3)";
            case LEVEL:
                return "skill level at position " + position + " must be 1-5 (R-LVL)";
            case SERIAL:
                return "serial at position " + position + " must be 000001-999999 (R-NUM-5)";
            default:
                throw new AssertionError(reason);
        }
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
