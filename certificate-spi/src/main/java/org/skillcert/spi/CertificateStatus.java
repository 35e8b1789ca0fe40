package org.skillcert.spi;

/**
 * The status of an issued certificate. {@link #ISSUED} is the only status that changes; the others
 * are final.
 */
public enum CertificateStatus {
    /** Issued and valid. */
    ISSUED,
    /** Replaced by a corrected certificate that names it in {@link CertificateRecord#supersedes()} (R-ISS-3). */
    SUPERSEDED,
    /** Declared void because it was obtained by fraud (R-ISS-4). */
    REVOKED,
    /** Cancelled as issued in error (e.g. recorded but never delivered); its number stays used. */
    VOID
}
