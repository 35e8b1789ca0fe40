package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.Nullable;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.institution.JobDirection;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;

/**
 * An issued certificate as the registry holds it, typed once: built from the registry's plain
 * record by {@link #from(CertificateRecord)} and carried as it is by outcomes, print jobs,
 * corrections and reprints, so nothing downstream parses the record's text again. Immutable and
 * thread-safe.
 *
 * <p>The ID number is kept as registered (a record may predate today's ID checks); its document
 * type is typed when the registered text names a known type.
 */
public final class IssuedCertificate {
    private final CertificateRecord record;
    private final CertificateNumber number;
    private final SkillLevel level;
    private final JobDirection jobDirection;
    @Nullable
    private final IdDocumentType idType;
    @Nullable
    private final CertificateNumber supersedes;

    private IssuedCertificate(CertificateRecord record) {
        this.record = record;
        // national grammar: a record may carry any scheme this office or an earlier one issued
        this.number = CertificateNumber.parse(record.number(), NumberingProfile.NATIONAL);
        this.level = SkillLevel.of(record.level());
        this.jobDirection = JobDirection.of(record.job());
        this.idType = IdDocumentType.find(record.idType()).orElse(null);
        this.supersedes = record.supersedes() == null ? null
                : CertificateNumber.parse(record.supersedes(), NumberingProfile.NATIONAL);
    }

    /**
     * Types a registry record.
     *
     * @param record the record as stored
     * @return the certificate
     * @throws org.skillcert.core.number.CertificateNumberFormatException if the stored number is
     *     not a certificate number under the national grammar (R-NUM-4)
     */
    public static IssuedCertificate from(CertificateRecord record) {
        return new IssuedCertificate(Objects.requireNonNull(record, "record"));
    }

    /** @return the certificate number */
    public CertificateNumber number() {
        return number;
    }

    /** @return the holder's name as printed */
    public String holderName() {
        return record.holderName();
    }

    /** @return the ID document type, if the registered text names a known one */
    public Optional<IdDocumentType> idType() {
        return Optional.ofNullable(idType);
    }

    /** @return the ID document type as registered and printed (Chinese) */
    public String idTypeText() {
        return record.idType();
    }

    /** @return the ID number as registered */
    public String idNumber() {
        return record.idNumber();
    }

    /** @return the occupation (职业名称) */
    public String occupation() {
        return record.occupation();
    }

    /** @return the job/direction, {@link JobDirection#NONE} printed as {@code --} (R-CERT-4) */
    public JobDirection jobDirection() {
        return jobDirection;
    }

    /** @return the level */
    public SkillLevel level() {
        return level;
    }

    /** @return the issue date */
    public LocalDate issueDate() {
        return record.issueDate();
    }

    /** @return the institution's filed name as registered (R-CERT-3) */
    public String institutionName() {
        return record.institution();
    }

    /** @return the sheet the certificate was first bound to, empty for an electronic certificate */
    public OptionalInt sheet() {
        return record.sheet() == 0 ? OptionalInt.empty() : OptionalInt.of(record.sheet());
    }

    /** @return the result id it was issued for, if recorded */
    public Optional<String> resultId() {
        return Optional.ofNullable(record.resultId());
    }

    /** @return the certificate this one corrects (R-ISS-3), if any */
    public Optional<CertificateNumber> supersedes() {
        return Optional.ofNullable(supersedes);
    }

    /** @return the current status */
    public CertificateStatus status() {
        return record.status();
    }

    /** @return the plain record it was built from (for storage and exports) */
    public CertificateRecord record() {
        return record;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssuedCertificate && ((IssuedCertificate) o).record.equals(record);
    }

    @Override
    public int hashCode() {
        return record.hashCode();
    }

    /** @return the record's text for logs, without the ID number */
    @Override
    public String toString() {
        return "Issued" + record;
    }
}
