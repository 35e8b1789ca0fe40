package org.skillcert.render.verify;

/**
 * The verdict on a certificate PDF, worst first: a report's outcome is the worst of its findings'
 * outcomes, {@link #VALID} only when there is none.
 */
public enum Outcome {
    /** The file could not be read as a certificate PDF (empty, not a PDF, damaged, a page too large). */
    UNREADABLE,
    /** The signed bytes were changed, or something was appended after the signature. */
    ALTERED,
    /** The signature itself does not hold: a bad value, an expired or untrusted signer, a bad time-stamp. */
    SIGNATURE_INVALID,
    /** The certificate's own data disagree: number, QR code, registry status or the holder's printed details. */
    INCONSISTENT,
    /** The data agree, but nothing shows the file was not altered: it carries no signature. */
    NOT_SIGNED,
    /** Signed, unmodified since, and every check agrees. */
    VALID
}
