package org.skillcert.core.issue;

import java.time.LocalDate;
import org.skillcert.spi.CertificateRecord;

/**
 * The receipt (受理回执) for an accepted replacement application, with the date the proof is due:
 * 5 working days after receipt (R-ISS-2).
 *
 * @param application the application
 * @param certificate the certificate it concerns, as registered
 * @param dueDate the 5th working day after the application was received
 */
public record ReplacementReceipt(ReplacementApplication application, CertificateRecord certificate, LocalDate dueDate) {
}
