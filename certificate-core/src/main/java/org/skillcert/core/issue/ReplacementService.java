package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skillcert.core.calendar.WorkingDate;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.ReplacementRecord;

/**
 * Replacement proofs for lost or damaged certificates (R-ISS-2): an application is checked against
 * the registry (the applicant's name and ID number must be those on the certificate), a receipt
 * gives the due date (5 working days), and the proof carries the appendix 4 data.
 *
 * <p>Applications are kept in the storage's {@link ReplacementBook}: {@link #accept} records the
 * application with its due date (state accepted), {@link #prove} dates the proof (state proved),
 * {@link #pending} lists the open ones and {@link #overdue} those past their due date. Both steps
 * are idempotent: repeating one (after a crash, a double click) returns the stored result.
 */
public final class ReplacementService {
    /** The proof is due within this many working days of receiving the application (R-ISS-2). */
    public static final int DUE_WITHIN_WORKING_DAYS = 5;

    private final Office office;

    ReplacementService(Office office) {
        this.office = office;
    }

    /**
     * Accepts an application and returns the receipt (受理回执).
     *
     * @param application the appendix 3 data
     * @return the receipt with the due date
     * @throws OfficeException {@code UNKNOWN_CERTIFICATE}, {@code NOT_ISSUED} (superseded, revoked or
     *     void certificates get no proof), {@code HOLDER_MISMATCH}, {@code MISSING_FIELD} (EMS without
     *     a tracking number, blank application id)
     */
    public ReplacementReceipt accept(ReplacementApplication application) {
        if (application.applicationId().isBlank()) {
            throw new OfficeException(OfficeException.Reason.MISSING_FIELD, "applicationId", "application id is blank");
        }
        if (application.delivery() == ReplacementApplication.Delivery.EMS
                && (application.emsNumber() == null || application.emsNumber().isBlank())) {
            throw new OfficeException(OfficeException.Reason.MISSING_FIELD, "emsNumber",
                    "delivery by EMS needs the tracking number (R-ISS-2)");
        }
        CertificateRecord certificate = checkedCertificate(application);
        // a repeat keeps the due date given first, even if holiday data was loaded in between
        Optional<ReplacementRecord> earlier = book().byId(application.applicationId());
        WorkingDate due = earlier.isPresent() && earlier.get().receivedOn().equals(application.receivedOn())
                ? null : office.calendar().deadline(application.receivedOn(), DUE_WITHIN_WORKING_DAYS);
        LocalDate dueDate = due == null ? earlier.get().dueDate() : due.date();
        boolean provisional = due == null ? earlier.get().dueProvisional() : due.provisional();
        ReplacementRecord stored = book().accept(new ReplacementRecord(application.applicationId(),
                certificate.number(), application.applicantName().strip(), certificate.idNumber(),
                application.matter().name(), application.delivery().name(),
                application.emsNumber() == null || application.emsNumber().isBlank() ? null : application.emsNumber().strip(),
                application.phone() == null ? "" : application.phone().strip(), application.receivedOn(), dueDate,
                provisional, office.actor(), null, null));
        return receipt(stored, certificate);
    }

    /**
     * Makes the proof (appendix 4) for an accepted application, re-checking the registry, and
     * records the application proved on that date (a second call returns the first proof's date).
     *
     * @param receipt the receipt
     * @param on the date of the proof
     * @return the proof data
     * @throws OfficeException as {@link #accept}, if the certificate changed since
     */
    public ReplacementProof prove(ReplacementReceipt receipt, LocalDate on) {
        return prove(receipt.application().applicationId(), on);
    }

    /**
     * Makes the proof (appendix 4) for an application accepted earlier, by its id.
     *
     * @param applicationId the application
     * @param on the date of the proof, not before the application was received
     * @return the proof data, dated with the recorded proof date
     * @throws OfficeException {@code UNKNOWN_APPLICATION} if no such application was accepted; as
     *     {@link #accept} if the certificate changed since
     */
    public ReplacementProof prove(String applicationId, LocalDate on) {
        ReplacementRecord stored = book().byId(applicationId).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.UNKNOWN_APPLICATION, applicationId, "no replacement application " + applicationId
                        + " was accepted"));
        CertificateRecord c = checkedCertificate(application(stored));
        ReplacementRecord proved = book().prove(applicationId, on, office.actor());
        return new ReplacementProof(applicationId, c.holderName(), c.idType(), c.idNumber(),
                c.occupation(), c.job(), SkillLevel.of(c.level()).chineseText(), c.number(), c.institution(),
                office.institution().sealText(), proved.provedOn(), proved.provedOn().isAfter(proved.dueDate()),
                ReplacementProof.NOTES);
    }

    /**
     * Returns the receipt of an application accepted earlier (to print the 受理回执 again).
     *
     * @param applicationId the application
     * @return the receipt, or empty if no such application was accepted
     */
    public Optional<ReplacementReceipt> receipt(String applicationId) {
        return book().byId(applicationId).map(r -> receipt(r, office.storage().registry()
                .byNumber(r.certificateNumber()).orElseThrow(() -> new OfficeException(
                        OfficeException.Reason.UNKNOWN_CERTIFICATE, r.certificateNumber(),
                        "no certificate " + r.certificateNumber()))));
    }

    /**
     * Lists the open applications (accepted, no proof yet), earliest due first.
     *
     * @return the open applications with their due dates
     */
    public List<ReplacementRecord> pending() {
        return book().open();
    }

    /**
     * Lists the open applications whose due date has passed (R-ISS-2: 5 working days).
     *
     * @param asOf the date to judge on
     * @return the overdue applications, earliest due first
     */
    public List<ReplacementRecord> overdue(LocalDate asOf) {
        List<ReplacementRecord> late = new ArrayList<>();
        for (ReplacementRecord r : book().open()) {
            if (r.overdue(asOf)) {
                late.add(r);
            }
        }
        return late;
    }

    /**
     * Lists the open applications whose due date has passed.
     *
     * @param open the receipts of applications without a proof yet
     * @param asOf the date to judge on
     * @return the late ones, in the order given
     */
    public List<ReplacementReceipt> pastDue(Collection<ReplacementReceipt> open, LocalDate asOf) {
        List<ReplacementReceipt> late = new ArrayList<>();
        for (ReplacementReceipt r : open) {
            if (asOf.isAfter(r.dueDate())) {
                late.add(r);
            }
        }
        return late;
    }

    private ReplacementBook book() {
        return office.storage().replacements();
    }

    private static ReplacementApplication application(ReplacementRecord r) {
        return new ReplacementApplication(r.applicationId(), r.applicantName(), r.idNumber(), r.certificateNumber(),
                ReplacementApplication.Matter.valueOf(r.matter()), ReplacementApplication.Delivery.valueOf(r.delivery()),
                r.emsNumber(), r.phone(), r.receivedOn());
    }

    private static ReplacementReceipt receipt(ReplacementRecord r, CertificateRecord certificate) {
        return new ReplacementReceipt(application(r), certificate, r.dueDate(), r.dueProvisional());
    }

    private CertificateRecord checkedCertificate(ReplacementApplication a) {
        CertificateRecord c = office.storage().registry().byNumber(a.certificateNumber().strip())
                .orElseThrow(() -> new OfficeException(OfficeException.Reason.UNKNOWN_CERTIFICATE, a.certificateNumber(),
                        "no certificate " + a.certificateNumber()));
        if (c.status() != CertificateStatus.ISSUED) {
            throw new OfficeException(OfficeException.Reason.NOT_ISSUED, c.number(),
                    "certificate " + c.number() + " is " + c.status());
        }
        if (!c.holderName().equals(a.applicantName().strip())) {
            throw new OfficeException(OfficeException.Reason.HOLDER_MISMATCH, "applicantName",
                    "the applicant's name is not the name on certificate " + c.number() + " (R-ISS-2)");
        }
        if (!c.idNumber().equals(a.idNumber().strip().toUpperCase(Locale.ROOT))) {
            throw new OfficeException(OfficeException.Reason.HOLDER_MISMATCH, "idNumber",
                    "the applicant's ID number is not the one on certificate " + c.number() + " (R-ISS-2)");
        }
        return c;
    }
}
