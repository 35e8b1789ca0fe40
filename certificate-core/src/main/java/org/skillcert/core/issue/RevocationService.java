package org.skillcert.core.issue;

import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.StatusChange;

/**
 * Declaring certificates void when they were obtained by fraud (R-ISS-4). A revoked certificate
 * keeps its number (never reused) and is reported as revoked.
 */
public final class RevocationService {
    private final Office office;

    RevocationService(Office office) {
        this.office = office;
    }

    /**
     * Revokes a certificate; repeating the same revocation returns the recorded change.
     *
     * @param number the certificate number
     * @param reason why, e.g. the fraud found
     * @param authority who decided, e.g. the HRSS department's decision reference
     * @return the status change, whose reason reads {@code authority: reason}
     * @throws OfficeException {@code MISSING_FIELD} (blank reason or authority),
     *     {@code UNKNOWN_CERTIFICATE}, {@code NOT_ISSUED} (superseded, void or revoked for another reason)
     */
    public StatusChange revoke(String number, String reason, String authority) {
        if (reason.isBlank() || authority.isBlank()) {
            throw new OfficeException(OfficeException.Reason.MISSING_FIELD, reason.isBlank() ? "reason" : "authority",
                    "a revocation needs a reason and the deciding authority (R-ISS-4)");
        }
        try {
            return office.storage().registry().changeStatus(number, CertificateStatus.REVOKED,
                    authority.strip() + ": " + reason.strip(), office.actor());
        } catch (RegistryException e) {
            if (e.reason() == RegistryException.Reason.UNKNOWN_NUMBER) {
                throw new OfficeException(OfficeException.Reason.UNKNOWN_CERTIFICATE, number, "no certificate " + number);
            }
            if (e.reason() == RegistryException.Reason.ILLEGAL_STATUS_CHANGE) {
                throw new OfficeException(OfficeException.Reason.NOT_ISSUED, number, e.getMessage());
            }
            throw e;
        }
    }
}
