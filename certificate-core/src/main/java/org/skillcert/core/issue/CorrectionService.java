package org.skillcert.core.issue;

import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.Sequencer;

/**
 * Corrections of certificate data (R-ISS-3): in principle refused, since enrolment is verified by
 * real name; with the approval of the HRSS department where the institution is filed, the data
 * is re-recorded and the certificate made again.
 *
 * <p><b>The number is re-allocated, not kept.</b> The corrected certificate is a new document and
 * the old one is void (R-ISS-3); the registry and the national query system identify a document
 * by its number, so two documents must not share one; a corrected level changes position 16, so
 * keeping the number is impossible in general; and the old serial stays used by the SUPERSEDED
 * record, so serials remain gapless and never reused (R-NUM-5, Guarantee 1). The new number is
 * taken in the scope of the correction's issue date and the corrected level, with the request
 * id {@code correction of <old number>}, so a repeated correction gets the same number.
 *
 * <p>The old record becomes SUPERSEDED in the same step as the new one is recorded, and links to it
 * ({@code supersedes}). The storage ports have no field for the approval: it is written into the
 * recorded actor of the change ({@code clerk per HRSS approval REF: reason}) and returned in the
 * {@link Correction}.
 */
public final class CorrectionService {
    private final Office office;

    CorrectionService(Office office) {
        this.office = office;
    }

    /**
     * Corrects a certificate.
     *
     * @param oldNumber the certificate to correct
     * @param corrected the full corrected data; its result id must be the old certificate's
     * @param approvalReference the HRSS department's approval reference
     * @param reason why the data was wrong
     * @param custodian who holds the blank sheets when the certificate is re-made on stock, or null
     * @return the correction (the earlier one if this certificate was already corrected)
     * @throws OfficeException {@code APPROVAL_MISSING} without an approval reference,
     *     {@code MISSING_FIELD} without a reason, {@code UNKNOWN_CERTIFICATE}, {@code NOT_ISSUED},
     *     {@code RESULT_ID_CONFLICT}, {@code NO_SHEET_IN_HAND}
     * @throws ResultRefusedException if the corrected data has problems
     */
    public Correction correct(String oldNumber, CandidateResult.Builder corrected, String approvalReference,
            String reason, @Nullable String custodian) {
        if (approvalReference.isBlank()) {
            throw new OfficeException(OfficeException.Reason.APPROVAL_MISSING, oldNumber,
                    "corrections need the approval of the HRSS department where the institution is filed (R-ISS-3)");
        }
        if (reason.isBlank()) {
            throw new OfficeException(OfficeException.Reason.MISSING_FIELD, "reason", "a correction needs a reason (R-ISS-3)");
        }
        CertificateRegistry registry = office.storage().registry();
        CertificateRecord old = registry.byNumber(oldNumber).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.UNKNOWN_CERTIFICATE, oldNumber, "no certificate " + oldNumber));
        IssueService issuing = office.issuing();
        CandidateResult result = corrected.build(office.institution(), office.today());
        if (old.status() == CertificateStatus.SUPERSEDED) {
            Optional<CertificateRecord> successor = successorOf(old);
            if (successor.isPresent()) {
                // a repeated correction: finish the sheet step a crash may have interrupted
                issuing.bindSheet(successor.get(), result.photo(), custodian);
                return new Correction(oldNumber, successor.get(), approvalReference.strip(), reason.strip());
            }
        }
        if (old.status() != CertificateStatus.ISSUED) {
            throw new OfficeException(OfficeException.Reason.NOT_ISSUED, oldNumber,
                    "certificate " + oldNumber + " is " + old.status());
        }
        if (old.resultId() != null && !old.resultId().equals(result.resultId())) {
            throw new OfficeException(OfficeException.Reason.RESULT_ID_CONFLICT, result.resultId(),
                    "the corrected data must keep the result id " + old.resultId());
        }
        CertificateNumber number = newNumber(oldNumber, result);
        int sheet = custodian == null ? 0 : issuing.nextSheet(custodian);
        String actor = office.actor() + " per HRSS approval " + approvalReference.strip() + ": " + reason.strip();
        CertificateRecord record = registry.put(CertificateRecord.issued(number.toString(), result.name(),
                result.idNumber().type().chineseName(), result.idNumber().number(), result.occupation(),
                result.jobDirection().toString(), result.level().code(), office.today(),
                office.institution().name().toString(), sheet, result.resultId(), oldNumber),
                actor.length() > 200 ? actor.substring(0, 200) : actor);
        issuing.bindSheet(record, result.photo(), custodian);
        return new Correction(oldNumber, record, approvalReference.strip(), reason.strip());
    }

    private Optional<CertificateRecord> successorOf(CertificateRecord old) {
        Iterable<CertificateRecord> candidates = old.resultId() != null ? registry().byResultId(old.resultId())
                : registry().byIdNumber(old.idNumber());
        for (CertificateRecord r : candidates) {
            if (old.number().equals(r.supersedes())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private CertificateRegistry registry() {
        return office.storage().registry();
    }

    private CertificateNumber newNumber(String oldNumber, CandidateResult result) {
        Sequencer sequencer = office.storage().sequencer();
        String requestId = "correction of " + oldNumber;
        Optional<SerialBlock> earlier = sequencer.find(requestId);
        if (earlier.isPresent()) {
            return CertificateNumber.parse(earlier.get().scope() + String.format("%06d", earlier.get().first()),
                    NumberingProfile.NATIONAL);
        }
        CertificateNumber first = CertificateNumber.of(office.institution().siteCode(), office.today().getYear(), result.level(), 1);
        return first.withSerial(sequencer.next(first.scope(), requestId));
    }
}
