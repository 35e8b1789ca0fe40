package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.identity.IdNumber;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.institution.JobDirection;
import org.skillcert.core.number.SkillLevel;

/**
 * What the national system says a person passed: the input of issuing (R-ISS-1). Built from the
 * fields as a roster writes them; {@link Builder#check(Institution, LocalDate)} lists every
 * problem at once. Immutable and thread-safe.
 */
public final class CandidateResult {
    /** The longest result id accepted; it is also the request id of the serial (R-NUM-5). */
    public static final int MAX_RESULT_ID_LENGTH = 64;
    /** The longest name, occupation or job/direction the registry keeps (its columns' width). */
    public static final int MAX_TEXT_LENGTH = 100;
    /** The longest photo reference kept with a print run. */
    public static final int MAX_PHOTO_LENGTH = 1000;

    private final String name;
    private final IdNumber idNumber;
    private final String occupation;
    private final JobDirection jobDirection;
    private final SkillLevel level;
    private final LocalDate queryableOn;
    private final String resultId;
    private final String photo;

    private CandidateResult(String name, IdNumber idNumber, String occupation, JobDirection jobDirection,
            SkillLevel level, LocalDate queryableOn, String resultId, String photo) {
        this.name = name;
        this.idNumber = idNumber;
        this.occupation = occupation;
        this.jobDirection = jobDirection;
        this.level = level;
        this.queryableOn = queryableOn;
        this.resultId = resultId;
        this.photo = photo;
    }

    /**
     * Starts a result from its fields.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the holder's name (姓名) as written on the certificate.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the holder's identity document number, with its type.
     *
     * @return the checked ID number
     */
    public IdNumber idNumber() {
        return idNumber;
    }

    /**
     * Returns the occupation (职业名称).
     *
     * @return the occupation
     */
    public String occupation() {
        return occupation;
    }

    /**
     * Returns the job/direction; it prints as {@code --} when there is none (R-CERT-4).
     *
     * @return the job/direction
     */
    public JobDirection jobDirection() {
        return jobDirection;
    }

    /**
     * Returns the level passed.
     *
     * @return the level
     */
    public SkillLevel level() {
        return level;
    }

    /**
     * Returns the date the result became queryable in the national query system (R-ISS-1).
     *
     * @return the date
     */
    public LocalDate queryableOn() {
        return queryableOn;
    }

    /**
     * Returns the caller's unique id for this pass; issuing uses it as the request id, so the same
     * result always gets the same certificate number.
     *
     * @return the result id
     */
    public String resultId() {
        return resultId;
    }

    /**
     * Returns the caller's reference to the holder's photo (a file name or key).
     *
     * @return the photo reference
     */
    public String photo() {
        return photo;
    }

    /**
     * The one place a candidate becomes registry data.
     *
     * @param number the number allocated
     * @param issueDate the issue date
     * @param institution the institution's filed name
     * @param sheet the sheet bound, 0 for electronic
     * @param supersedes the corrected certificate, or null
     * @return the record to register
     */
    CertificateRecord toRecord(CertificateNumber number, LocalDate issueDate, String institution, int sheet,
            @Nullable CertificateNumber supersedes) {
        return CertificateRecord.issued(number.toString(), name, idNumber.type().chineseName(), idNumber.number(),
                occupation, jobDirection.toString(), level.code(), issueDate, institution, sheet, resultId,
                supersedes == null ? null : supersedes.toString());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CandidateResult)) {
            return false;
        }
        CandidateResult r = (CandidateResult) o;
        return r.name.equals(name) && r.idNumber.equals(idNumber) && r.occupation.equals(occupation)
                && r.jobDirection.equals(jobDirection) && r.level == level && r.queryableOn.equals(queryableOn)
                && r.resultId.equals(resultId) && r.photo.equals(photo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resultId, idNumber, level);
    }

    /**
     * Returns the result without the ID number (house rule: no ID numbers in logs).
     *
     * @return e.g. {@code CandidateResult[R-1 张三 电工/-- 四级/中级工 2026-03-02]}
     */
    @Override
    public String toString() {
        return "CandidateResult[" + resultId + " " + name + " " + occupation + "/" + jobDirection + " "
                + level.chineseText() + " " + queryableOn + "]";
    }

    /** Collects the fields of a result as written. Not thread-safe. */
    public static final class Builder {
        String name = "";
        String idType = "";
        String idNumber = "";
        String occupation = "";
        String jobDirection = "";
        String level = "";
        String queryableOn = "";
        String resultId = "";
        String photo = "";
        // values given typed stay typed: nothing is printed to text to be parsed again
        @Nullable
        IdDocumentType idTypeValue;
        @Nullable
        SkillLevel levelValue;
        @Nullable
        LocalDate queryableValue;

        private Builder() {
        }

        /**
         * Sets the holder's name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the document type as written (e.g. {@code 居民身份证}).
         *
         * @param idType the type's Chinese or English name
         * @return this builder
         */
        public Builder idType(String idType) {
            this.idType = idType;
            this.idTypeValue = null;
            return this;
        }

        /**
         * Sets the document type.
         *
         * @param idType the type
         * @return this builder
         */
        public Builder idType(IdDocumentType idType) {
            this.idTypeValue = Objects.requireNonNull(idType);
            this.idType = idType.name();
            return this;
        }

        /**
         * Sets the ID number as written.
         *
         * @param idNumber the number
         * @return this builder
         */
        public Builder idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        /**
         * Sets the occupation.
         *
         * @param occupation the occupation as HRSS publishes it
         * @return this builder
         */
        public Builder occupation(String occupation) {
            this.occupation = occupation;
            return this;
        }

        /**
         * Sets the job/direction; blank or {@code --} for none.
         *
         * @param jobDirection the job/direction
         * @return this builder
         */
        public Builder jobDirection(String jobDirection) {
            this.jobDirection = jobDirection;
            return this;
        }

        /**
         * Sets the level as written (any form {@link SkillLevel#find(CharSequence)} reads).
         *
         * @param level the level text
         * @return this builder
         */
        public Builder level(String level) {
            this.level = level;
            this.levelValue = null;
            return this;
        }

        /**
         * Sets the level.
         *
         * @param level the level
         * @return this builder
         */
        public Builder level(SkillLevel level) {
            this.levelValue = Objects.requireNonNull(level);
            this.level = Integer.toString(level.code());
            return this;
        }

        /**
         * Sets the date the result became queryable, as ISO text ({@code 2026-03-02}).
         *
         * @param queryableOn the date text
         * @return this builder
         */
        public Builder queryableOn(String queryableOn) {
            this.queryableOn = queryableOn;
            this.queryableValue = null;
            return this;
        }

        /**
         * Sets the date the result became queryable.
         *
         * @param queryableOn the date
         * @return this builder
         */
        public Builder queryableOn(LocalDate queryableOn) {
            this.queryableValue = Objects.requireNonNull(queryableOn);
            this.queryableOn = queryableOn.toString();
            return this;
        }

        /**
         * Sets the caller's unique id for this pass.
         *
         * @param resultId at most {@value CandidateResult#MAX_RESULT_ID_LENGTH} visible ASCII characters
         * @return this builder
         */
        public Builder resultId(String resultId) {
            this.resultId = resultId;
            return this;
        }

        /**
         * Sets the photo reference.
         *
         * @param photo a file name or key
         * @return this builder
         */
        public Builder photo(String photo) {
            this.photo = photo;
            return this;
        }

        String resultIdText() {
            return resultId;
        }

        /**
         * Checks every field and the institution's filed scope once: the verdict holds either the
         * typed result or every problem found.
         *
         * @param institution the issuing institution, whose scope applies (R-CERT-5)
         * @param today the latest allowed queryable date and birth date
         * @return the verdict
         */
        public CandidateVerdict verify(Institution institution, LocalDate today) {
            CandidateChecks v = new CandidateChecks(this, today).run(institution.scope());
            if (!v.problems.isEmpty()) {
                return CandidateVerdict.refused(resultId, v.date, v.problems);
            }
            return CandidateVerdict.valid(new CandidateResult(name.strip(), v.id, occupation.strip(),
                    JobDirection.of(jobDirection), v.skillLevel, v.date, resultId.strip(), photo.strip()));
        }

        /**
         * Checks every field and the institution's filed scope, listing every problem found.
         *
         * @param institution the issuing institution, whose scope applies (R-CERT-5)
         * @param today the latest allowed queryable date and birth date
         * @return the problems, empty if the result can be issued
         */
        public List<ResultProblem> check(Institution institution, LocalDate today) {
            return verify(institution, today).problems();
        }

        /**
         * Checks every field and the scope, and builds the result.
         *
         * @param institution the issuing institution
         * @param today the latest allowed queryable date and birth date
         * @return the result
         * @throws ResultRefusedException with every problem, if there is any
         */
        public CandidateResult build(Institution institution, LocalDate today) {
            return verify(institution, today).orElseThrow();
        }
    }
}
