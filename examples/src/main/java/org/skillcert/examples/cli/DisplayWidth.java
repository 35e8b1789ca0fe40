package org.skillcert.examples.cli;

/**
 * The width of text in a terminal's columns: Chinese characters and other East Asian wide and
 * full-width characters take two columns, combining marks none, everything else one. Used to
 * line up tables whose cells mix Chinese and Latin text ({@code String.format("%-40s")} counts
 * characters, so a Chinese cell pushes the next column right).
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /**
     * Returns the columns a text takes.
     *
     * @param text the text
     * @return its width
     */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += of(c);
            i += Character.charCount(c);
        }
        return width;
    }

    private static int of(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /**
     * Pads a text with spaces on the right to a width.
     *
     * @param text the text
     * @param width the columns wanted
     * @return the text followed by enough spaces, or the text itself if it is wider
     */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }
}
