package org.skillcert.spi;

import java.time.LocalDate;
import java.util.Objects;
import javax.annotation.Nullable;

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
        checkNumber(number);
        text("holderName", holderName, 100);
        text("idType", idType, 50);
        text("idNumber", idNumber, 40);
        text("occupation", occupation, 100);
        text("job", job, 100);
        text("institution", institution, 200);
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
            text("resultId", resultId, 64);
        }
        if (supersedes != null) {
            try {
                checkNumber(supersedes);
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
            text("statusReason", statusReason, 500);
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
     * Checks the shape of a certificate number: 1 uppercase ASCII letter + 21 ASCII digits (R-NUM-1).
     * The profile rules (R-NUM-2…4) are certificate-core's.
     *
     * @param number the number, may be null (refused)
     * @return the number
     * @throws RegistryException {@code BAD_NUMBER} naming the first bad position
     */
    public static String checkNumber(@Nullable String number) {
        if (number == null) {
            throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", null, 1, "number is null");
        }
        int n = Math.min(number.length(), 22);
        for (int i = 0; i < n; i++) {
            char c = number.charAt(i);
            if (i == 0 ? c < 'A' || c > 'Z' : c < '0' || c > '9') {
                throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", number, i + 1,
                        "certificate number must be 1 uppercase letter + 21 digits; bad character at " + (i + 1));
            }
        }
        if (number.length() != 22) {
            throw new RegistryException(RegistryException.Reason.BAD_NUMBER, "number", number, n + 1,
                    "certificate number must be 22 characters, was " + number.length());
        }
        return number;
    }

    /**
     * Checks a free-text field: not blank, at most {@code maxLength} characters, no control characters.
     *
     * @param field the field name for the error
     * @param value the value, may be null (refused)
     * @param maxLength the longest allowed
     * @return the value
     * @throws RegistryException {@code BAD_FIELD} naming the field and first bad position
     */
    public static String text(String field, @Nullable String value, int maxLength) {
        int bad = Text.firstBad(value, maxLength);
        if (bad != 0) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, field, value, bad,
                    field + " must be 1–" + maxLength + " characters without control characters");
        }
        return value;
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
