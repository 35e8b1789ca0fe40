package org.skillcert.render;

/**
 * What the certificate's QR code says, as a function of the certificate. Must not include the
 * ID number (the code is readable by anyone holding the paper).
 */
@FunctionalInterface
public interface QrPayload {
    /**
     * Returns the text to encode.
     *
     * @param content the certificate
     * @return the payload, non-empty
     */
    String payload(CertificateContent content);

    /**
     * Returns the default payload: the certificate number, the holder's name and the
     * certificate query URL, one per line; never the ID number.
     *
     * @return the default payload function
     */
    static QrPayload standard() {
        return c -> c.certificateNumber() + "\n" + c.holderName() + "\n" + c.certificateQueryUrl();
    }
}
