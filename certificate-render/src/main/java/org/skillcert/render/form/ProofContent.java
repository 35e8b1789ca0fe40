package org.skillcert.render.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.CertificateContent;

/**
 * The values of appendix 4, 职业技能等级证书证明 (the proof issued for a lost or damaged
 * certificate, RULES R-ISS-2): every value optional, a missing one leaves a blank. With an
 * institution name the proof carries the institution's seal.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProofContent {
    /**
     * The notes printed at the bottom of appendix 4 (说明), numbered as the guideline prints them;
     * the texts are the workflow's {@link ReplacementProof#NOTES}.
     */
    public static final List<String> NOTES = numbered(ReplacementProof.NOTES);

    private final String holderName;
    private final String idTypeChinese;
    private final String idTypeEnglish;
    private final String idNumber;
    private final String occupation;
    private final String job;
    private final SkillLevel level;
    private final String certificateNumber;
    private final String institutionName;
    private final LocalDate date;

    private ProofContent(Builder b) {
        this.holderName = DemandFormContent.nz(b.holderName);
        this.idTypeChinese = DemandFormContent.nz(b.idTypeChinese);
        this.idTypeEnglish = DemandFormContent.nz(b.idTypeEnglish);
        this.idNumber = DemandFormContent.nz(b.idNumber);
        this.occupation = DemandFormContent.nz(b.occupation);
        this.job = DemandFormContent.nz(b.job);
        this.level = b.level;
        this.certificateNumber = DemandFormContent.nz(b.certificateNumber);
        this.institutionName = DemandFormContent.nz(b.institutionName);
        this.date = b.date;
    }

    /**
     * Starts a proof.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a proof for a certificate, copying its holder and certificate values.
     *
     * @param certificate the certificate that was lost or damaged
     * @return a new builder
     */
    public static Builder of(CertificateContent certificate) {
        return builder().holderName(certificate.holderName())
                .idType(certificate.idTypeChinese(), certificate.idTypeEnglish())
                .idNumber(certificate.idNumber())
                .occupation(certificate.occupation())
                .job(certificate.job())
                .level(certificate.level())
                .certificateNumber(certificate.certificateNumber())
                .institutionName(certificate.institutionName());
    }

    /**
     * Starts a proof from the proof a replacement workflow made (appendix 4, R-ISS-2): holder,
     * certificate, institution and the proof's date.
     *
     * @param proof the workflow's proof data
     * @return a new builder
     */
    public static Builder from(ReplacementProof proof) {
        return builder().holderName(proof.name())
                .idType(proof.idType(), null)
                .idNumber(proof.idNumber())
                .occupation(proof.occupation())
                .job(proof.job())
                .level(SkillLevel.find(proof.level()).orElse(null))
                .certificateNumber(proof.certificateNumber())
                .institutionName(proof.institution())
                .date(proof.issuedOn());
    }

    /** @return 姓名, or empty */
    public String holderName() {
        return holderName;
    }

    /** @return 证件类型 in Chinese, or empty */
    public String idTypeChinese() {
        return idTypeChinese;
    }

    /** @return 证件类型 in English, or empty */
    public String idTypeEnglish() {
        return idTypeEnglish;
    }

    /** @return 证件号码, or empty */
    public String idNumber() {
        return idNumber;
    }

    /** @return 职业名称, or empty */
    public String occupation() {
        return occupation;
    }

    /**
     * Returns 工种/职业方向: {@code --} when an occupation is given without a job (R-CERT-4),
     * empty when the proof is blank.
     *
     * @return the job text
     */
    public String job() {
        return job.isEmpty() && !occupation.isEmpty() ? "--" : job;
    }

    /** @return the level, if known */
    public Optional<SkillLevel> level() {
        return Optional.ofNullable(level);
    }

    /** @return 证书编号, or empty */
    public String certificateNumber() {
        return certificateNumber;
    }

    /** @return the issuing institution, or empty (then no seal is drawn) */
    public String institutionName() {
        return institutionName;
    }

    /** @return the proof's date, if filled in */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** Collects the proof's values; not thread-safe. */
    public static final class Builder {
        private String holderName;
        private String idTypeChinese;
        private String idTypeEnglish;
        private String idNumber;
        private String occupation;
        private String job;
        private SkillLevel level;
        private String certificateNumber;
        private String institutionName;
        private LocalDate date;

        private Builder() {
        }

        /**
         * Sets 姓名.
         *
         * @param value the name, or {@code null}
         * @return this builder
         */
        public Builder holderName(@Nullable String value) {
            this.holderName = value;
            return this;
        }

        /**
         * Sets 证件类型.
         *
         * @param chinese e.g. 居民身份证, or {@code null}
         * @param english e.g. Resident Identity Card, or {@code null}
         * @return this builder
         */
        public Builder idType(@Nullable String chinese, @Nullable String english) {
            this.idTypeChinese = chinese;
            this.idTypeEnglish = english;
            return this;
        }

        /**
         * Sets 证件号码.
         *
         * @param value the number, or {@code null}
         * @return this builder
         */
        public Builder idNumber(@Nullable String value) {
            this.idNumber = value;
            return this;
        }

        /**
         * Sets 职业名称.
         *
         * @param value the occupation, or {@code null}
         * @return this builder
         */
        public Builder occupation(@Nullable String value) {
            this.occupation = value;
            return this;
        }

        /**
         * Sets 工种/职业方向.
         *
         * @param value the job, or {@code null} (printed {@code --} when an occupation is given)
         * @return this builder
         */
        public Builder job(@Nullable String value) {
            this.job = value == null || value.equals("--") ? null : value;
            return this;
        }

        /**
         * Sets 职业技能等级.
         *
         * @param value the level, or {@code null}
         * @return this builder
         */
        public Builder level(@Nullable SkillLevel value) {
            this.level = value;
            return this;
        }

        /**
         * Sets 证书编号.
         *
         * @param value the number, or {@code null}
         * @return this builder
         */
        public Builder certificateNumber(@Nullable String value) {
            this.certificateNumber = value;
            return this;
        }

        /**
         * Sets the issuing institution (its name and seal).
         *
         * @param value the name, or {@code null}
         * @return this builder
         */
        public Builder institutionName(@Nullable String value) {
            this.institutionName = value;
            return this;
        }

        /**
         * Sets the proof's date.
         *
         * @param value the date, or {@code null} for a blank 年 月 日
         * @return this builder
         */
        public Builder date(@Nullable LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Builds the proof values.
         *
         * @return the proof
         */
        public ProofContent build() {
            return new ProofContent(this);
        }
    }

    private static List<String> numbered(List<String> notes) {
        List<String> out = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            out.add((i + 1) + ". " + notes.get(i));
        }
        return List.copyOf(out);
    }
}
