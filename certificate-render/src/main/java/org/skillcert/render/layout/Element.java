package org.skillcert.render.layout;

import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One thing a layout places on the page.
 *
 * @param kind what it is
 * @param id the element's name; for {@link Kind#FIELD} the content field it shows
 * @param box where it goes, mm from the top-left corner (for {@link Kind#RULE}: from (x, y)
 *     to (right, bottom))
 * @param style how text is set; {@code null} for non-text kinds
 * @param text the literal text of a {@link Kind#TEXT} element, else empty
 * @param lineWidth stroke width in points for rules and frames, else 0
 */
public record Element(Kind kind, String id, Box box, @Nullable TextStyle style, String text, float lineWidth) {
    /** The kinds of element. */
    public enum Kind {
        /** Fixed wording (pre-printed on stock). */
        TEXT,
        /** A value from the content (printed on stock too). */
        FIELD,
        /** The holder's photo, scaled to cover the box. */
        PHOTO,
        /** The QR code, a square of the box's width. */
        QR,
        /** The seal, a circle inscribed in the box (not printed on stock: stamped by hand). */
        SEAL,
        /** A straight line (pre-printed on stock). */
        RULE,
        /** The double-rule border (pre-printed on stock). */
        FRAME
    }

    /**
     * Checks that text kinds have a style.
     *
     * @throws IllegalArgumentException if a TEXT or FIELD element has no style
     */
    public Element {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.TEXT || kind == Kind.FIELD) && style == null) {
            throw new IllegalArgumentException(kind + " " + id + " needs a text style");
        }
    }

    /**
     * Returns the text style of a text element.
     *
     * @return the style
     * @throws IllegalStateException if this element has none
     */
    public TextStyle textStyle() {
        if (style == null) {
            throw new IllegalStateException(id + " is not a text element");
        }
        return style;
    }
}
