package org.skillcert.render;

/** What a certificate page carries. */
public enum Mode {
    /**
     * The full electronic certificate (R-CERT-7): border, wording, seal, values, photo, QR code;
     * no calibration.
     */
    ELECTRONIC,
    /**
     * Only the variable content, for printing on pre-printed blank stock (R-LAY-7): values,
     * institution name, issue date, photo, QR code; shifted by the renderer's calibration.
     */
    OVERLAY
}
