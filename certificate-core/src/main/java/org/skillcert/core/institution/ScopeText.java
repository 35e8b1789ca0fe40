package org.skillcert.core.institution;

import java.util.Optional;

/**
 * The check every name printed on a certificate from the filed scope passes (occupation,
 * job/direction), the same as for holder and institution names: it starts with a letter or digit,
 * and has no control, format or line-breaking character. A name that starts with {@code =},
 * {@code +}, {@code -} or {@code @} would be a formula to a spreadsheet opening an export (CSV
 * injection); control and format characters (a right-to-left override, a zero-width space) change
 * what is printed without being seen.
 */
final class ScopeText {
    private ScopeText() {
    }

    /**
     * Finds the first character a scope name may not have.
     *
     * @param text the name, stripped
     * @return the 1-based position (in code points) of the first refused character, or empty
     */
    static Optional<Integer> firstRefused(String text) {
        int position = 1;
        for (int i = 0; i < text.length(); position++) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean refused = position == 1 ? !Character.isLetterOrDigit(c)
                    : type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                            || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            if (refused) {
                return Optional.of(position);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * Refuses a scope name with a refused character.
     *
     * @param field what the text is, for the message
     * @param text the name, stripped
     * @throws IllegalArgumentException naming the field, the character and its position
     */
    static void check(String field, String text) {
        Optional<Integer> at = firstRefused(text);
        if (at.isPresent()) {
            int c = text.codePointAt(text.offsetByCodePoints(0, at.get() - 1));
            throw new IllegalArgumentException(field + " '" + text + "' has U+" + String.format("%04X", c)
                    + " at position " + at.get() + (at.get() == 1 ? ": a name starts with a letter or digit"
                            : ": control and format characters are not allowed") + " (R-CERT-5)");
        }
    }
}
