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
        // everything is checked before anything is taken: fields, photo, glyphs, fit (Guarantee 3)
        CandidateResult result = checked(corrected, custodian != null);
        PrintRoom room = office.printRoom();
        if (old.status() == CertificateStatus.SUPERSEDED) {
            Optional<CertificateRecord> successor = successorOf(old);
            if (successor.isPresent()) {
                // a repeated correction: finish the document step a crash may have interrupted
                room.resumeOpenRuns();
                if (registry.awaitingDocument(Integer.MAX_VALUE).stream().anyMatch(r -> r.number().equals(successor.get().number()))) {
                    document(successor.get(), result.photo(), custodian, room);
                }
                return new Correction(IssuedCertificate.from(old).number(), IssuedCertificate.from(successor.get()),
                        approvalReference.strip(), reason.strip());
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
        IssuedCertificate previous = IssuedCertificate.from(old);
        CertificateNumber number = office.issuing().serials().numberFor("correction of " + oldNumber, result.level(), office.today());
        int sheet = 0;
        if (custodian != null) {
            room.load(custodian, null, 0, java.util.Set.of());
            sheet = room.nextSheet();
        }
        String actor = office.actor() + " per HRSS approval " + approvalReference.strip() + ": " + reason.strip();
        CertificateRecord record = registry.put(result.toRecord(number, office.today(), office.institution().name().toString(),
                sheet, previous.number()), actor.length() > 200 ? actor.substring(0, 200) : actor);
        document(record, result.photo(), custodian, room);
        return new Correction(previous.number(), IssuedCertificate.from(record), approvalReference.strip(), reason.strip());
    }

    private CandidateResult checked(CandidateResult.Builder corrected, boolean onStock) {
        CandidateVerdict verdict = corrected.verify(office.institution(), office.today());
        if (verdict.isValid()) {
            CandidateResult r = verdict.orElseThrow();
            CertificateRecord provisional = r.toRecord(office.issuing().serials().provisional(r.level(), office.today()),
                    office.today(), office.institution().name().toString(), onStock ? 1 : 0, null);
            verdict = verdict.with(office.printer().check(new PrintJob(IssuedCertificate.from(provisional),
                    office.institution(), r.photo(), onStock ? 1 : 0)));
        }
        return verdict.orElseThrow();
    }

    private void document(CertificateRecord record, String photo, @Nullable String custodian, PrintRoom room) {
        IssuedCertificate issued = IssuedCertificate.from(record);
        if (record.sheet() == 0) {
            office.printer().print(new PrintJob(issued, office.institution(), photo, 0));
            office.storage().registry().documentWritten(record.number());
            return;
        }
        if (custodian == null) {
            throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, record.number(),
                    "certificate " + record.number() + " awaits its page; name the custodian to print it");
        }
        room.load(custodian, null, 0, java.util.Set.of());
        room.readd(issued, photo);
        room.flush();
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
}
