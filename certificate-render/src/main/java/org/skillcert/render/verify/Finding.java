package org.skillcert.render.verify;

import java.util.Objects;

/**
 * One thing verification found wrong: a closed reason to branch on, and a detail for people.
 */
public final class Finding {
    /** What was found; each reason belongs to one {@link Outcome}. */
    public enum Reason {
        /** The file is empty. */
        EMPTY_FILE(Outcome.UNREADABLE),
        /** The file does not start as a PDF, or PDFBox cannot parse it. */
        NOT_A_PDF(Outcome.UNREADABLE),
        /** The file is larger than the verifier reads. */
        FILE_TOO_LARGE(Outcome.UNREADABLE),
        /** The PDF has no page. */
        NO_PAGE(Outcome.UNREADABLE),
        /** The page is larger than the verifier renders to find the QR code (the limit is in the detail). */
        PAGE_TOO_LARGE(Outcome.UNREADABLE),
        /** The bytes a signature covers do not hash to the digest it signed. */
        DIGEST_MISMATCH(Outcome.ALTERED),
        /** A signature's byte range does not cover the whole file up to its end except its own value. */
        BYTE_RANGE_INCOMPLETE(Outcome.ALTERED),
        /** Bytes were appended after the signed range: an incremental update made after signing. */
        CHANGED_AFTER_SIGNING(Outcome.ALTERED),
        /** The CMS signature value does not verify with the signer's public key. */
        SIGNATURE_VALUE_INVALID(Outcome.SIGNATURE_INVALID),
        /** The signature's CMS structure cannot be read, or its value is padded with non-zero bytes. */
        SIGNATURE_UNREADABLE(Outcome.SIGNATURE_INVALID),
        /** The signature is not of the PAdES kind ({@code ETSI.CAdES.detached} with signing-certificate-v2). */
        NOT_PADES(Outcome.SIGNATURE_INVALID),
        /** The signer certificate's validity ended before the time the signature is checked at. */
        CERTIFICATE_EXPIRED(Outcome.SIGNATURE_INVALID),
        /** The signer certificate's validity starts after the time the signature is checked at. */
        CERTIFICATE_NOT_YET_VALID(Outcome.SIGNATURE_INVALID),
        /** With trust anchors: no valid path from the signer to one of them. */
        SIGNER_NOT_TRUSTED(Outcome.SIGNATURE_INVALID),
        /** The signature's time-stamp does not verify or does not cover the signature value. */
        TIME_STAMP_INVALID(Outcome.SIGNATURE_INVALID),
        /** A signature is present but BouncyCastle, needed to check it, is not on the class path. */
        SIGNATURE_NOT_CHECKED(Outcome.SIGNATURE_INVALID),
        /** No certificate number in the text layer. */
        NUMBER_NOT_FOUND(Outcome.INCONSISTENT),
        /** The printed certificate number breaks the numbering rule (R-NUM). */
        NUMBER_INVALID(Outcome.INCONSISTENT),
        /** No QR code could be decoded from the page. */
        QR_NOT_FOUND(Outcome.INCONSISTENT),
        /** The QR code names another certificate number than the text. */
        QR_MISMATCH(Outcome.INCONSISTENT),
        /** The registry has no certificate with the printed number. */
        NOT_IN_REGISTRY(Outcome.INCONSISTENT),
        /** The registry says the certificate is not (or no longer) in force: superseded, revoked or void. */
        NOT_IN_FORCE(Outcome.INCONSISTENT),
        /** A printed detail of the holder or certificate differs from the registry's. */
        FIELD_MISMATCH(Outcome.INCONSISTENT),
        /** The PDF carries no signature. */
        NO_SIGNATURE(Outcome.NOT_SIGNED);

        private final Outcome outcome;

        Reason(Outcome outcome) {
            this.outcome = outcome;
        }

        /**
         * Returns the outcome this reason leads to.
         *
         * @return the outcome
         */
        public Outcome outcome() {
            return outcome;
        }
    }

    private final Reason reason;
    private final String detail;

    /**
     * Creates a finding.
     *
     * @param reason what was found
     * @param detail the detail for people
     */
    public Finding(Reason reason, String detail) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns what was found.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the detail for people, e.g. which field differs and how.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding && ((Finding) o).reason == reason && ((Finding) o).detail.equals(detail);
    }

    @Override
    public int hashCode() {
        return reason.hashCode() * 31 + detail.hashCode();
    }

    /** @return {@code REASON: detail} */
    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
