package org.skillcert.core.issue;

/**
 * Puts a certificate on paper or into a file; implemented outside the core (the renderer), so
 * that certificate-core needs no PDF library. Issuing calls it after the certificate is recorded
 * and before the sheet is booked PRINTED, so a crash never leaves a printed sheet without a record.
 */
@FunctionalInterface
public interface CertificatePrinter {
    /** A printer that prints nothing: the caller prints from the returned records itself. */
    CertificatePrinter NONE = job -> { };

    /**
     * Prints one certificate.
     *
     * @param job what to print and where
     * @throws org.skillcert.spi.SkillcertException if printing fails; the sheet then stays blank on the books
     */
    void print(PrintJob job);
}
