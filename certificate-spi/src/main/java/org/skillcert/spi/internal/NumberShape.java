package org.skillcert.spi.internal;

import javax.annotation.Nullable;

/**
 * The one definition of the shape of a certificate number (R-NUM-1): one uppercase ASCII letter
 * followed by ASCII digits, 22 characters in all; a serial scope (R-NUM-5) is its first 16.
 *
 * <p>It lives in certificate-spi because the ports (which know nothing of the domain) check the
 * shape of the numbers and scopes they store, and spi cannot depend on certificate-core; core's
 * {@code NumberGrammar} builds the profile rules (R-NUM-2…4) on these character classes and
 * lengths, and render checks a number's shape here. Internal: not part of the public API.
 */
public final class NumberShape {
    /** The length of a certificate number, {@value}. */
    public static final int NUMBER_LENGTH = 22;
    /** The length of a serial scope, the number without its 6-digit serial, {@value}. */
    public static final int SCOPE_LENGTH = 16;

    private NumberShape() {
    }

    /**
     * Tells whether a character may stand at position 1 (the category letter).
     *
     * @param c the character
     * @return true for {@code A}–{@code Z}
     */
    public static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Tells whether a character may stand at positions 2 and later.
     *
     * @param c the character
     * @return true for {@code 0}–{@code 9}
     */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Finds the first position at which a text fails the shape of a number of the given length:
     * the first character of the wrong kind, else the length + 1 of a short text or
     * {@code length} + 1 of a long one.
     *
     * @param text the text, may be null (fails at position 1)
     * @param length {@link #NUMBER_LENGTH} or {@link #SCOPE_LENGTH}
     * @return 0 when the text has the shape, else the 1-based position
     */
    public static int firstBad(@Nullable CharSequence text, int length) {
        if (text == null) {
            return 1;
        }
        int n = Math.min(text.length(), length);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i == 0 ? !isLetter(c) : !isDigit(c)) {
                return i + 1;
            }
        }
        return text.length() == length ? 0 : n + 1;
    }
}
