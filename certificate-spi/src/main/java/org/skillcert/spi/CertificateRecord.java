package org.skillcert.spi;

import java.time.LocalDate;
import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.spi.internal.PortInputs;

/**
 * An issued certificate as plain data (R-CERT-1), with its current status.
 *
 * <p>The fields other than {@code status} and {@code statusReason} are the <em>issue data</em>:
 * fixed once registered. A record passed to {@link CertificateRegistry#put} has status
 * {@link CertificateStatus#ISSUED} and no status reason.
 *
 * @param number the 22-character certificate number (R-NUM-1)
 * @param holderName the holder's name, 1–100 characters
 * @param idType the ID document type as written on the certificate, 1–50 characters (R-ID)
 * @param idNumber the ID document number, 1–40 characters
 * @param occupation the occupation (职业名称), 1–100 characters
 * @param job the job/direction (工种/职业方向), {@code "--"} when none (R-CERT-4), 1–100 characters
 * @param level the skill level code 1…5 (R-LVL)
 * @param issueDate the issue date
 * @param institution the institution name as filed (R-CERT-3), 1–200 characters
 * @param sheet the pre-printed sheet number it was printed on, 1…99999999, or 0 if not printed on stock
 * @param resultId the evaluation result id it was issued for, 1–64 characters, or null
 * @param supersedes the number of the certificate this one corrects (R-ISS-3), or null
 * @param status the current status
 * @param statusReason the reason given with the last status change, null while ISSUED
 */
public record CertificateRecord(String number, String holderName, String idType, String idNumber,
        String occupation, String job, int level, LocalDate issueDate, String institution, int sheet,
        @Nullable String resultId, @Nullable String supersedes, CertificateStatus status,
        @Nullable String statusReason) {

    /**
     * Checks every field.
     *
     * @throws RegistryException {@code BAD_NUMBER}, {@code BAD_FIELD}, {@code BAD_LEVEL},
     *     {@code BAD_SHEET}, {@code BAD_SUPERSEDES}
     */
    public CertificateRecord {
        PortInputs.checkNumber(number);
        PortInputs.checkField("holderName", holderName, 100);
        PortInputs.checkField("idType", idType, 50);
        PortInputs.checkField("idNumber", idNumber, 40);
        PortInputs.checkField("occupation", occupation, 100);
        PortInputs.checkField("job", job, 100);
        PortInputs.checkField("institution", institution, 200);
        if (level < 1 || level > 5) {
            throw new RegistryException(RegistryException.Reason.BAD_LEVEL, "level", Integer.toString(level), 0,
                    "level must be 1…5 (R-LVL), was " + level);
        }
        if (issueDate == null) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "issueDate", null, 0, "issue date is null");
        }
        if (sheet < 0 || sheet > SheetRange.MAX_SHEET) {
            throw new RegistryException(RegistryException.Reason.BAD_SHEET, "sheet", Integer.toString(sheet), 0,
                    "sheet must be 0 (none) or 1…99999999, was " + sheet);
        }
        if (resultId != null) {
            PortInputs.checkField("resultId", resultId, 64);
        }
        if (supersedes != null) {
            try {
                PortInputs.checkNumber(supersedes);
            } catch (RegistryException e) {
                throw new RegistryException(RegistryException.Reason.BAD_SUPERSEDES, "supersedes", supersedes,
                        e.position(), "supersedes is not a certificate number");
            }
            if (supersedes.equals(number)) {
                throw new RegistryException(RegistryException.Reason.BAD_SUPERSEDES, "supersedes", supersedes, 0,
                        "a certificate cannot supersede itself");
            }
        }
        if (status == null) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "status", null, 0, "status is null");
        }
        if (statusReason != null) {
            PortInputs.checkField("statusReason", statusReason, 500);
        }
    }

    /**
     * A newly issued record (status ISSUED, no reason).
     *
     * @param number the certificate number
     * @param holderName the holder's name
     * @param idType the ID document type
     * @param idNumber the ID number
     * @param occupation the occupation
     * @param job the job/direction, {@code "--"} when none
     * @param level the level 1…5
     * @param issueDate the issue date
     * @param institution the institution name
     * @param sheet the sheet number, 0 if not printed on stock
     * @param resultId the result id, or null
     * @param supersedes the corrected certificate's number, or null
     * @return the record
     * @throws RegistryException as the constructor
     */
    public static CertificateRecord issued(String number, String holderName, String idType, String idNumber,
            String occupation, String job, int level, LocalDate issueDate, String institution, int sheet,
            @Nullable String resultId, @Nullable String supersedes) {
        return new CertificateRecord(number, holderName, idType, idNumber, occupation, job, level, issueDate,
                institution, sheet, resultId, supersedes, CertificateStatus.ISSUED, null);
    }

    /**
     * This record with another status.
     *
     * @param newStatus the status
     * @param reason the reason, null only for ISSUED
     * @return a copy
     */
    public CertificateRecord withStatus(CertificateStatus newStatus, @Nullable String reason) {
        return new CertificateRecord(number, holderName, idType, idNumber, occupation, job, level, issueDate,
                institution, sheet, resultId, supersedes, newStatus, reason);
    }

    /**
     * Whether two records have the same issue data (all fields except status and status reason).
     *
     * @param other the other record
     * @return true if a {@code put} of one is a repeat of the other
     */
    public boolean sameIssue(CertificateRecord other) {
        return number.equals(other.number) && holderName.equals(other.holderName) && idType.equals(other.idType)
                && idNumber.equals(other.idNumber) && occupation.equals(other.occupation) && job.equals(other.job)
                && level == other.level && issueDate.equals(other.issueDate) && institution.equals(other.institution)
                && sheet == other.sheet && Objects.equals(resultId, other.resultId)
                && Objects.equals(supersedes, other.supersedes);
    }


    /**
     * The number, holder, status and issue data except the ID number.
     *
     * @return text for logs, without the ID number
     */
    @Override
    public String toString() {
        // no ID number here: toString ends up in logs
        return "CertificateRecord[" + number + ", " + holderName + ", " + occupation + "/" + job + ", level " + level
                + ", " + issueDate + ", sheet " + sheet + ", " + status + "]";
    }
}
