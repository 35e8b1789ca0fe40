package org.skillcert.spi.internal;

import javax.annotation.Nullable;

/**
 * The one shape check for free text that the ports store (actors, reasons, names): present, not
 * blank, bounded, no control characters. Internal: not part of the public API, may change in any release.
 */
public final class Text {
    private Text() {
    }

    /**
     * Returns the 1-based position of the first character that makes {@code value} unacceptable,
     * {@code 0} if it is acceptable; a null or blank value fails at position 1.
     *
     * @param value the text, may be null
     * @param maxLength the longest allowed
     * @return 0, or the 1-based position of the first bad character
     */
    public static int firstBad(@Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (value.length() > maxLength) {
            return maxLength + 1;
        }
        for (int i = 0; i < value.length(); i++) {
            // control characters would let one stored field impersonate a line of a report
            if (Character.isISOControl(value.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Tells whether {@link #firstBad} finds a bad position.
     *
     * @param value the text, may be null
     * @param maxLength the longest allowed
     * @return true if the text is unacceptable
     */
    public static boolean isBad(@Nullable String value, int maxLength) {
        return firstBad(value, maxLength) != 0;
    }
}
