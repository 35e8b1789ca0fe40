package org.skillcert.core.issue;

import org.skillcert.spi.CertificateRecord;

/**
 * A corrected certificate (R-ISS-3): the new record, which names the old one in
 * {@link CertificateRecord#supersedes()}, with the HRSS approval and the reason.
 *
 * @param oldNumber the corrected certificate, now SUPERSEDED
 * @param certificate the new certificate
 * @param approvalReference the HRSS department's approval reference
 * @param reason why the data was corrected
 */
public record Correction(String oldNumber, CertificateRecord certificate, String approvalReference, String reason) {
}
