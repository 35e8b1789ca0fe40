package org.skillcert.render;

/**
 * The error correction level of the certificate's QR code (ISO/IEC 18004): how much of the symbol
 * may be damaged and still be read. A higher level makes a denser symbol for the same payload
 * (see {@link RenderException.Reason#QR_TOO_DENSE}).
 */
public enum QrErrorCorrection {
    /** About 7 % of the codewords may be restored. */
    L,
    /** About 15 % (the default). */
    M,
    /** About 25 %. */
    Q,
    /** About 30 %. */
    H
}
