package org.skillcert.render.form;

import java.time.LocalDate;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.issue.ReplacementApplication.Delivery;
import org.skillcert.core.issue.ReplacementApplication.Matter;

/**
 * The values of appendix 3, 证书遗失、损坏补发证明申请表 (application for a replacement proof,
 * RULES R-ISS-2): every value optional; a missing one leaves its cell blank.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplacementApplicationContent {
    private final String applicantName;
    private final String idNumber;
    private final String occupation;
    private final String certificateNumber;
    private final String level;
    private final Matter matter;
    private final String statement;
    private final Delivery delivery;
    private final String trackingNumber;
    private final String phone;
    private final LocalDate applicationDate;
    private final String officeOpinion;
    private final LocalDate acceptedOn;
    private final String remarks;

    private ReplacementApplicationContent(Builder b) {
        this.applicantName = DemandFormContent.nz(b.applicantName);
        this.idNumber = DemandFormContent.nz(b.idNumber);
        this.occupation = DemandFormContent.nz(b.occupation);
        this.certificateNumber = DemandFormContent.nz(b.certificateNumber);
        this.level = DemandFormContent.nz(b.level);
        this.matter = b.matter;
        this.statement = DemandFormContent.nz(b.statement);
        this.delivery = b.delivery;
        this.trackingNumber = DemandFormContent.nz(b.trackingNumber);
        this.phone = DemandFormContent.nz(b.phone);
        this.applicationDate = b.applicationDate;
        this.officeOpinion = DemandFormContent.nz(b.officeOpinion);
        this.acceptedOn = b.acceptedOn;
        this.remarks = DemandFormContent.nz(b.remarks);
    }

    /**
     * Starts an application.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fills appendix 3 from an accepted application: applicant, certificate (occupation, number,
     * level as written on the certificate), matter, delivery, the application date (the day it was
     * received) and the acceptance date; the office's opinion and remarks stay blank.
     *
     * @param receipt the workflow's receipt
     * @return a builder with those values, to add the office's opinion or remarks
     */
    public static Builder from(org.skillcert.core.issue.ReplacementReceipt receipt) {
        org.skillcert.core.issue.ReplacementApplication a = receipt.application();
        org.skillcert.spi.CertificateRecord c = receipt.certificate();
        return builder().applicant(a.applicantName(), c.idNumber(), a.phone())
                .certificate(c.occupation(), c.number(), org.skillcert.core.number.SkillLevel.of(c.level()).chineseText())
                .matter(a.matter(), null)
                .delivery(a.delivery(), a.emsNumber())
                .applicationDate(a.receivedOn())
                .office(null, a.receivedOn(), null);
    }

    /** @return 申请人姓名, or empty */
    public String applicantName() {
        return applicantName;
    }

    /** @return 身份证号, or empty */
    public String idNumber() {
        return idNumber;
    }

    /** @return 职业名称, or empty */
    public String occupation() {
        return occupation;
    }

    /** @return 证书编号, or empty */
    public String certificateNumber() {
        return certificateNumber;
    }

    /** @return 证书级别 as written, or empty */
    public String level() {
        return level;
    }

    /** @return lost or damaged, if ticked */
    public Optional<Matter> matter() {
        return Optional.ofNullable(matter);
    }

    /** @return the applicant's own words under 遗失声明, or empty */
    public String statement() {
        return statement;
    }

    /** @return the delivery method, if ticked */
    public Optional<Delivery> delivery() {
        return Optional.ofNullable(delivery);
    }

    /** @return the EMS tracking number, or empty */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** @return 联系电话, or empty */
    public String phone() {
        return phone;
    }

    /** @return the application date, if filled in */
    public Optional<LocalDate> applicationDate() {
        return Optional.ofNullable(applicationDate);
    }

    /** @return 受理部门意见, or empty */
    public String officeOpinion() {
        return officeOpinion;
    }

    /** @return 受理日期, if filled in */
    public Optional<LocalDate> acceptedOn() {
        return Optional.ofNullable(acceptedOn);
    }

    /** @return 备注, or empty */
    public String remarks() {
        return remarks;
    }

    /** Collects the application's values; not thread-safe. */
    public static final class Builder {
        private String applicantName;
        private String idNumber;
        private String occupation;
        private String certificateNumber;
        private String level;
        private Matter matter;
        private String statement;
        private Delivery delivery;
        private String trackingNumber;
        private String phone;
        private LocalDate applicationDate;
        private String officeOpinion;
        private LocalDate acceptedOn;
        private String remarks;

        private Builder() {
        }

        /**
         * Sets the applicant.
         *
         * @param name 申请人姓名, or {@code null}
         * @param idNo 身份证号, or {@code null}
         * @param telephone 联系电话, or {@code null}
         * @return this builder
         */
        public Builder applicant(@Nullable String name, @Nullable String idNo, @Nullable String telephone) {
            this.applicantName = name;
            this.idNumber = idNo;
            this.phone = telephone;
            return this;
        }

        /**
         * Sets the certificate's basic information.
         *
         * @param occupationName 职业名称, or {@code null}
         * @param number 证书编号, or {@code null}
         * @param levelText 证书级别, e.g. 三级/高级工, or {@code null}
         * @return this builder
         */
        public Builder certificate(@Nullable String occupationName, @Nullable String number, @Nullable String levelText) {
            this.occupation = occupationName;
            this.certificateNumber = number;
            this.level = levelText;
            return this;
        }

        /**
         * Ticks lost or damaged and sets the applicant's statement.
         *
         * @param what lost or damaged, or {@code null}
         * @param words extra words under the declaration, or {@code null}
         * @return this builder
         */
        public Builder matter(@Nullable Matter what, @Nullable String words) {
            this.matter = what;
            this.statement = words;
            return this;
        }

        /**
         * Ticks the delivery method.
         *
         * @param how the method, or {@code null}
         * @param emsTrackingNumber the EMS number when {@code how} is EMS, else {@code null}
         * @return this builder
         */
        public Builder delivery(@Nullable Delivery how, @Nullable String emsTrackingNumber) {
            this.delivery = how;
            this.trackingNumber = emsTrackingNumber;
            return this;
        }

        /**
         * Sets the application date.
         *
         * @param date the date, or {@code null}
         * @return this builder
         */
        public Builder applicationDate(@Nullable LocalDate date) {
            this.applicationDate = date;
            return this;
        }

        /**
         * Fills the office-use part.
         *
         * @param opinion 受理部门意见, or {@code null}
         * @param accepted 受理日期, or {@code null}
         * @param note 备注, or {@code null}
         * @return this builder
         */
        public Builder office(@Nullable String opinion, @Nullable LocalDate accepted, @Nullable String note) {
            this.officeOpinion = opinion;
            this.acceptedOn = accepted;
            this.remarks = note;
            return this;
        }

        /**
         * Builds the application values.
         *
         * @return the application
         */
        public ReplacementApplicationContent build() {
            return new ReplacementApplicationContent(this);
        }
    }
}
