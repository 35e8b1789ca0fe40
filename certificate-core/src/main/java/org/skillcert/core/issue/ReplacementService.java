package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;

/**
 * Replacement proofs for lost or damaged certificates (R-ISS-2): an application is checked against
 * the registry (the applicant's name and ID number must be those on the certificate), a receipt
 * gives the due date (5 working days), and the proof carries the appendix 4 data.
 *
 * <p>The storage ports keep no applications: the caller keeps the receipts (a list, a table of its
 * own) and passes the open ones to {@link #pastDue}. Each step is a function of its input and the
 * registry, so repeating it gives the same result.
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
        LocalDate due = office.calendar().plusWorkingDays(application.receivedOn(), DUE_WITHIN_WORKING_DAYS);
        return new ReplacementReceipt(application, certificate, due);
    }

    /**
     * Makes the proof (appendix 4) for an accepted application, re-checking the registry.
     *
     * @param receipt the receipt
     * @param on the date of the proof
     * @return the proof data
     * @throws OfficeException as {@link #accept}, if the certificate changed since
     */
    public ReplacementProof prove(ReplacementReceipt receipt, LocalDate on) {
        CertificateRecord c = checkedCertificate(receipt.application());
        return new ReplacementProof(receipt.application().applicationId(), c.holderName(), c.idType(), c.idNumber(),
                c.occupation(), c.job(), SkillLevel.of(c.level()).chineseText(), c.number(), c.institution(),
                office.institution().sealText(), on, on.isAfter(receipt.dueDate()), ReplacementProof.NOTES);
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
