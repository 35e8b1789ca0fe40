package org.skillcert.core.issue;

import org.skillcert.core.number.CertificateNumber;

/**
 * A corrected certificate (R-ISS-3): the new certificate, which names the old one in
 * {@link IssuedCertificate#supersedes()}, with the HRSS approval and the reason.
 *
 * @param oldNumber the corrected certificate, now SUPERSEDED
 * @param certificate the new certificate, typed
 * @param approvalReference the HRSS department's approval reference
 * @param reason why the data was corrected
 */
public record Correction(CertificateNumber oldNumber, IssuedCertificate certificate, String approvalReference, String reason) {
}
