package org.skillcert.render;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.IssuedCertificate;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.number.SkillLevel;

/**
 * Everything printed on one certificate, as plain values (RULES R-CERT-1): what the renderer
 * needs and nothing else, so that any record (a workflow's, a school system's) maps onto it.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; the required values are the
 * institution name, issue date, holder name, ID type (Chinese), ID number, occupation, level and
 * certificate number. An empty job reads {@code --} (R-CERT-4); the query URLs default to
 * R-CERT-1's, {@link Institution#CERTIFICATE_QUERY_URL} and {@link Institution#INSTITUTION_QUERY_URL}.
 */
public final class CertificateContent {

    private final String institutionName;
    private final String institutionNameEnglish;
    private final LocalDate issueDate;
    private final String holderName;
    private final String idTypeChinese;
    private final String idTypeEnglish;
    private final String idNumber;
    private final String occupation;
    private final String occupationEnglish;
    private final String job;
    private final String jobEnglish;
    private final SkillLevel level;
    private final String certificateNumber;
    private final String sheetNumber;
    private final Photo photo;
    private final String certificateQueryUrl;
    private final String institutionQueryUrl;

    private CertificateContent(Builder b) {
        this.institutionName = ContentChecks.required(b.institutionName, "institution name");
        this.institutionNameEnglish = b.institutionNameEnglish == null ? "" : b.institutionNameEnglish.strip();
        this.issueDate = Objects.requireNonNull(b.issueDate, "issue date");
        this.holderName = ContentChecks.required(b.holderName, "holder name");
        this.idTypeChinese = ContentChecks.required(b.idTypeChinese, "ID type");
        this.idTypeEnglish = b.idTypeEnglish == null ? "" : b.idTypeEnglish.strip();
        this.idNumber = ContentChecks.required(b.idNumber, "ID number");
        this.occupation = ContentChecks.required(b.occupation, "occupation");
        this.occupationEnglish = b.occupationEnglish == null ? "" : b.occupationEnglish.strip();
        this.job = b.job == null || b.job.isBlank() ? "--" : b.job.strip();
        this.jobEnglish = b.jobEnglish == null ? "" : b.jobEnglish.strip();
        this.level = Objects.requireNonNull(b.level, "skill level");
        this.certificateNumber = ContentChecks.number(ContentChecks.required(b.certificateNumber, "certificate number"));
        this.sheetNumber = b.sheetNumber == null || b.sheetNumber.isBlank() ? null : ContentChecks.sheet(b.sheetNumber.strip());
        this.photo = b.photo;
        this.certificateQueryUrl = b.certificateQueryUrl;
        this.institutionQueryUrl = b.institutionQueryUrl;
    }

    /**
     * Makes the content of an issued certificate: every value comes typed from the certificate
     * and the institution (name, query addresses); the English ID type from the typed document
     * type. No sheet number: see {@link #from(PrintJob, Photo)} for a page on stock.
     *
     * @param certificate the issued certificate
     * @param institution the issuing institution
     * @param photo the holder's photo, or null for an empty frame (a proof print)
     * @return the content
     */
    public static CertificateContent from(IssuedCertificate certificate, Institution institution, @Nullable Photo photo) {
        return IssuedContent.of(certificate, institution, photo);
    }

    /**
     * Makes the content of one print job: the issued certificate, its institution and, for a page
     * on pre-printed stock, the sheet number (R-LAY-7).
     *
     * @param job the job issuing hands to a {@link org.skillcert.core.issue.CertificatePrinter}
     * @param photo the holder's photo resolved from the job's photo reference, or null
     * @return the content
     */
    public static CertificateContent from(PrintJob job, @Nullable Photo photo) {
        return IssuedContent.of(job, photo);
    }

    /** @return a new builder for a certificate */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a new builder holding this certificate's values, to derive a variant */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.institutionName = institutionName;
        b.institutionNameEnglish = institutionNameEnglish;
        b.issueDate = issueDate;
        b.holderName = holderName;
        b.idTypeChinese = idTypeChinese;
        b.idTypeEnglish = idTypeEnglish;
        b.idNumber = idNumber;
        b.occupation = occupation;
        b.occupationEnglish = occupationEnglish;
        b.job = job.equals("--") ? null : job;
        b.jobEnglish = jobEnglish;
        b.level = level;
        b.certificateNumber = certificateNumber;
        b.sheetNumber = sheetNumber;
        b.photo = photo;
        b.certificateQueryUrl = certificateQueryUrl;
        b.institutionQueryUrl = institutionQueryUrl;
        return b;
    }

    /** @return the institution's filed name (R-CERT-3) */
    public String institutionName() {
        return institutionName;
    }

    /** @return the institution's English name, or empty (then the Chinese name is used) */
    public String institutionNameEnglish() {
        return institutionNameEnglish;
    }

    /** @return the issue date */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** @return the issue date as written on the certificate, e.g. {@code 2025年6月30日} */
    public String issueDateText() {
        return issueDate.getYear() + "年" + issueDate.getMonthValue() + "月" + issueDate.getDayOfMonth() + "日";
    }

    /** @return the holder's name */
    public String holderName() {
        return holderName;
    }

    /** @return the ID document type in Chinese, e.g. 居民身份证 */
    public String idTypeChinese() {
        return idTypeChinese;
    }

    /** @return the ID document type in English, or empty */
    public String idTypeEnglish() {
        return idTypeEnglish;
    }

    /** @return the ID number */
    public String idNumber() {
        return idNumber;
    }

    /** @return the occupation (职业名称) */
    public String occupation() {
        return occupation;
    }

    /** @return the occupation in English, or empty */
    public String occupationEnglish() {
        return occupationEnglish;
    }

    /** @return the job/direction (工种/职业方向), {@code --} when there is none (R-CERT-4) */
    public String job() {
        return job;
    }

    /** @return the job in English, or empty */
    public String jobEnglish() {
        return jobEnglish;
    }

    /** @return the skill level */
    public SkillLevel level() {
        return level;
    }

    /** @return the 22-character certificate number (R-NUM-1) */
    public String certificateNumber() {
        return certificateNumber;
    }

    /** @return the 8-digit pre-printed sheet number, if known (R-LAY-7) */
    public Optional<String> sheetNumber() {
        return Optional.ofNullable(sheetNumber);
    }

    /** @return the photo, if any */
    public Optional<Photo> photo() {
        return Optional.ofNullable(photo);
    }

    /** @return the certificate query URL (R-CERT-1) */
    public String certificateQueryUrl() {
        return certificateQueryUrl;
    }

    /** @return the institution query URL (R-CERT-1) */
    public String institutionQueryUrl() {
        return institutionQueryUrl;
    }

    @Override
    public String toString() {
        // no ID number here: toString ends up in logs
        return "CertificateContent[" + certificateNumber + ", " + holderName + "]";
    }

    /** Collects the values of a certificate; not thread-safe. */
    public static final class Builder {
        private String institutionName;
        private String institutionNameEnglish;
        private LocalDate issueDate;
        private String holderName;
        private String idTypeChinese;
        private String idTypeEnglish;
        private String idNumber;
        private String occupation;
        private String occupationEnglish;
        private String job;
        private String jobEnglish;
        private SkillLevel level;
        private String certificateNumber;
        private String sheetNumber;
        private Photo photo;
        private String certificateQueryUrl = Institution.CERTIFICATE_QUERY_URL.toString();
        private String institutionQueryUrl = Institution.INSTITUTION_QUERY_URL.toString();

        private Builder() {
        }

        /**
         * Sets the institution's filed name (required; R-CERT-3).
         *
         * @param name e.g. 广州市白云工商技师学院
         * @return this builder
         */
        public Builder institutionName(String name) {
            this.institutionName = name;
            return this;
        }

        /**
         * Sets the institution's English name for the English body text (optional).
         *
         * @param name the English name, or {@code null}
         * @return this builder
         */
        public Builder institutionNameEnglish(@Nullable String name) {
            this.institutionNameEnglish = name;
            return this;
        }

        /**
         * Sets the issue date (required).
         *
         * @param date the date
         * @return this builder
         */
        public Builder issueDate(LocalDate date) {
            this.issueDate = date;
            return this;
        }

        /**
         * Sets the holder's name (required).
         *
         * @param name the name
         * @return this builder
         */
        public Builder holderName(String name) {
            this.holderName = name;
            return this;
        }

        /**
         * Sets the ID document type (Chinese required, English optional).
         *
         * @param chinese e.g. 居民身份证
         * @param english e.g. Resident Identity Card, or {@code null}
         * @return this builder
         */
        public Builder idType(String chinese, @Nullable String english) {
            this.idTypeChinese = chinese;
            this.idTypeEnglish = english;
            return this;
        }

        /**
         * Sets the ID number (required); it is printed, never put in the QR code.
         *
         * @param number the ID number
         * @return this builder
         */
        public Builder idNumber(String number) {
            this.idNumber = number;
            return this;
        }

        /**
         * Sets the occupation (required; R-CERT-5).
         *
         * @param chinese e.g. 电工
         * @param english the English name, or {@code null}
         * @return this builder
         */
        public Builder occupation(String chinese, @Nullable String english) {
            this.occupation = chinese;
            this.occupationEnglish = english;
            return this;
        }

        /**
         * Sets the job/direction; {@code null} or blank prints {@code --} (R-CERT-4).
         *
         * @param chinese the job, or {@code null}
         * @param english the English job, or {@code null}
         * @return this builder
         */
        public Builder job(@Nullable String chinese, @Nullable String english) {
            this.job = chinese;
            this.jobEnglish = english;
            return this;
        }

        /**
         * Sets the skill level (required; printed per R-LVL-1).
         *
         * @param level the level
         * @return this builder
         */
        public Builder level(SkillLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the certificate number (required): 22 characters, an uppercase letter and 21
         * digits (R-NUM-1).
         *
         * @param number the number
         * @return this builder
         */
        public Builder certificateNumber(String number) {
            this.certificateNumber = number;
            return this;
        }

        /**
         * Sets the 8-digit pre-printed sheet number (optional; R-LAY-7).
         *
         * @param number eight digits, or {@code null}
         * @return this builder
         */
        public Builder sheetNumber(@Nullable String number) {
            this.sheetNumber = number;
            return this;
        }

        /**
         * Sets the photo (optional; R-CERT-8).
         *
         * @param photo the photo, or {@code null}
         * @return this builder
         */
        public Builder photo(@Nullable Photo photo) {
            this.photo = photo;
            return this;
        }

        /**
         * Overrides the query URLs (R-CERT-1: both configurable).
         *
         * @param certificateQuery the certificate query URL
         * @param institutionQuery the institution query URL
         * @return this builder
         */
        public Builder queryUrls(String certificateQuery, String institutionQuery) {
            this.certificateQueryUrl = Objects.requireNonNull(certificateQuery);
            this.institutionQueryUrl = Objects.requireNonNull(institutionQuery);
            return this;
        }

        /**
         * Checks and builds.
         *
         * @return the content
         * @throws RenderException {@code CONTENT_INVALID} naming the missing or malformed field
         * @throws NullPointerException if the issue date or level is missing
         */
        public CertificateContent build() {
            return new CertificateContent(this);
        }
    }
}
