package org.skillcert.spi;

import javax.annotation.Nullable;

/**
 * The one shape check for free text that the ports store (actors, reasons, names): present, not
 * blank, bounded, no control characters. Kept package-private; adapters reach it through the
 * records and the ports' static checks.
 */
final class Text {
    private Text() {
    }

    /**
     * Returns the 1-based position of the first character that makes {@code value} unacceptable,
     * {@code 0} if it is acceptable; a null or blank value fails at position 1.
     */
    static int firstBad(@Nullable String value, int maxLength) {
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

    static boolean isBad(@Nullable String value, int maxLength) {
        return firstBad(value, maxLength) != 0;
    }
}
