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
 * @param dueProvisional whether the due date was counted on a provisional holiday schedule (no State
 *     Council notice for a year it spans, R-CAL-3): it may move when the notice is loaded
 */
public record ReplacementReceipt(ReplacementApplication application, CertificateRecord certificate, LocalDate dueDate,
        boolean dueProvisional) {
    /**
     * A receipt whose due date came from State Council data.
     *
     * @param application the application
     * @param certificate the certificate it concerns
     * @param dueDate the due date
     */
    public ReplacementReceipt(ReplacementApplication application, CertificateRecord certificate, LocalDate dueDate) {
        this(application, certificate, dueDate, false);
    }
}
