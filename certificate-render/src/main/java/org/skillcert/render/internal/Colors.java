package org.skillcert.render.internal;

/**
 * Every colour certificate-render paints with, in one place ({@code 0xRRGGBB}). Layout files may
 * give a text its own colour; these are the rest.
 */
public final class Colors {
    /** Black: form text and rules, QR modules. */
    public static final int BLACK = 0x000000;
    /** The near-black of the certificate's own labels (alignment page). */
    public static final int INK = 0x1A1A1A;
    /** The border's blue. */
    public static final int BLUE = 0x1E4A7A;
    /** Seal red (R-LAY-5), on the certificate and on the proof. */
    public static final int SEAL_RED = 0xD92B1F;
    /** The electronic certificate's paper. */
    public static final int PAPER = 0xF5F8FC;
    /** The paper inside the border, which the rope pattern blends into. */
    public static final int PAPER_INNER = 0xFDFDFB;
    /** The certificate's thin rules and the photo frame. */
    public static final int RULE_GREY = 0x8A9BB0;
    /** The steel seal's grey (drawn faint, R-LAY-6). */
    public static final int STEEL_GREY = 0x6E6E6E;
    /** The forms' English captions. */
    public static final int CAPTION_GREY = 0x333333;
    /** The forms' blank lines to write on. */
    public static final int WRITING_LINE_GREY = 0x555555;

    private Colors() {
    }
}
