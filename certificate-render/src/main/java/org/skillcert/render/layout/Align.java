package org.skillcert.render.layout;

/** Horizontal alignment of text in its box. */
public enum Align {
    /** Flush left. */
    LEFT,
    /** Centred. */
    CENTER,
    /** Flush right. */
    RIGHT
}
