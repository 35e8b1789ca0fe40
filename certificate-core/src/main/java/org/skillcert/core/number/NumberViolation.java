package org.skillcert.core.number;

import org.skillcert.spi.FailureReason;

/**
 * Why a text is not a certificate number: the closed set of reasons callers branch on
 * (RULES R-NUM-1 to R-NUM-4, R-REG, R-LVL).
 *
 * <p>Each reason comes with a 1-based position. The rule for positions: a length other than the
 * expected one is {@link #LENGTH} at length + 1 when the text is short and at expected length + 1
 * when it is long; otherwise the parts are checked left to right, and within a part a character
 * of the wrong kind is {@link #CHARACTER} at that character, then the part's value is the part's
 * reason at the part's first position.
 */
public enum NumberViolation implements FailureReason {
    /** Not 22 characters (R-NUM-1); the position is length + 1 when short, 23 when long. */
    LENGTH,
    /**
     * A character of the wrong kind at its position (R-NUM-1): position 1 must be an ASCII
     * uppercase letter, positions 2–22 ASCII digits.
     */
    CHARACTER,
    /** Position 1 is a letter the profile does not allow (R-NUM-3: {@code S}; R-NUM-4: {@code S} or {@code Y}). */
    CATEGORY,
    /**
     * Position 2 is a second letter: the separate 2-letter + 20-digit scheme of 特级技师
     * certificates (R-NUM-4), which this library does not read. Always at position 2, and reported
     * before the letter at position 1 is judged, because in that scheme position 1 is not a
     * category of this one.
     */
    UNSUPPORTED_SCHEME,
    /** Positions 2–5 are not an institution code of the profile (R-NUM-3: {@code 0000}). */
    INSTITUTION_CODE,
    /** Positions 6–7 are not a province of the profile (R-NUM-3: {@code 44}; R-NUM-4: GB/T 2260 issuing list). */
    PROVINCE,
    /** Positions 8–9 are not a region code of table R-REG (Guangdong profile only). */
    REGION,
    /** Position 10 is not the site category {@code 2} (R-NUM-3, Guangdong profile only). */
    SITE_CATEGORY,
    /** Position 16 is not a skill level code 1–5 (R-LVL). */
    LEVEL,
    /** Positions 17–22 are {@code 000000}; serials run 000001–999999 (R-NUM-2, R-NUM-5). */
    SERIAL
}
