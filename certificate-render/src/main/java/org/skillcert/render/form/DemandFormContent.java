package org.skillcert.render.form;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.skillcert.core.number.SkillLevel;

/**
 * The values of appendix 1, 职业技能等级空白证书需求登记表 (the yearly blank-stock demand form,
 * RULES R-STK-1): every value optional; a missing one leaves its cell blank for handwriting.
 *
 * <p>Immutable and thread-safe.
 */
public final class DemandFormContent {
    private final String reportingUnit;
    private final String contact;
    private final String phone;
    private final String address;
    private final Map<SkillLevel, Integer> estimates;
    private final Integer closingStock;
    private final Integer demand;
    private final String opinion;
    private final String remarks;
    private final LocalDate date;

    private DemandFormContent(Builder b) {
        this.reportingUnit = nz(b.reportingUnit);
        this.contact = nz(b.contact);
        this.phone = nz(b.phone);
        this.address = nz(b.address);
        this.estimates = Map.copyOf(b.estimates);
        this.closingStock = b.closingStock;
        this.demand = b.demand;
        this.opinion = nz(b.opinion);
        this.remarks = nz(b.remarks);
        this.date = b.date;
    }

    /**
     * Fills the form from the demand a workflow worked out (R-STK-1): the filing institution, the
     * contact block, the estimate per level, last year's remaining blank stock (one figure), the
     * demand and the filing date. The 备注 box holds the caller's remarks only.
     *
     * @param filed the demand form data of {@code certificate-core}
     * @return the form's values
     */
    public static DemandFormContent from(org.skillcert.core.stock.DemandForm filed) {
        org.skillcert.core.stock.DemandForm.Contact c = filed.contact();
        Builder b = builder().reportingUnit(filed.institution()).contact(c.person(), c.phone()).address(c.address())
                .date(filed.filedOn()).remarks(c.remarks()).closingStock(filed.closingStock()).demand(filed.demand());
        for (SkillLevel level : SkillLevel.reportOrder()) {
            b.estimate(level, filed.row(level).estimate());
        }
        return b.build();
    }

    static String nz(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Starts a form.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return 填报单位, or empty */
    public String reportingUnit() {
        return reportingUnit;
    }

    /** @return 联系人, or empty */
    public String contact() {
        return contact;
    }

    /** @return 联系电话, or empty */
    public String phone() {
        return phone;
    }

    /** @return 详细地址, or empty */
    public String address() {
        return address;
    }

    /**
     * Returns the estimated number of passes this year for a level.
     *
     * @param level the level
     * @return the estimate, or empty when not filled in
     */
    public Optional<Integer> estimate(SkillLevel level) {
        return Optional.ofNullable(estimates.get(level));
    }

    /**
     * Returns the total of the filled-in estimates, or empty when none is filled in.
     *
     * @return the total
     */
    public Optional<Integer> total() {
        return estimates.isEmpty() ? Optional.empty()
                : Optional.of(estimates.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Returns last year's remaining blank stock (上年度空白证书库存, one figure for all levels).
     *
     * @return the sheets, or empty when not filled in
     */
    public Optional<Integer> closingStock() {
        return Optional.ofNullable(closingStock);
    }

    /**
     * Returns this year's blank-sheet demand (本年度空白证书需求).
     *
     * @return the sheets, or empty when not filled in
     */
    public Optional<Integer> demand() {
        return Optional.ofNullable(demand);
    }

    /** @return 填报单位意见, or empty */
    public String opinion() {
        return opinion;
    }

    /** @return 备注, or empty */
    public String remarks() {
        return remarks;
    }

    /** @return the signing date, if filled in */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** Collects the form's values; not thread-safe. */
    public static final class Builder {
        private String reportingUnit;
        private String contact;
        private String phone;
        private String address;
        private final Map<SkillLevel, Integer> estimates = new EnumMap<>(SkillLevel.class);
        private Integer closingStock;
        private Integer demand;
        private String opinion;
        private String remarks;
        private LocalDate date;

        private Builder() {
        }

        /**
         * Sets 填报单位.
         *
         * @param unit the institution, or {@code null}
         * @return this builder
         */
        public Builder reportingUnit(@Nullable String unit) {
            this.reportingUnit = unit;
            return this;
        }

        /**
         * Sets 联系人 and 联系电话.
         *
         * @param person the contact, or {@code null}
         * @param telephone the phone number, or {@code null}
         * @return this builder
         */
        public Builder contact(@Nullable String person, @Nullable String telephone) {
            this.contact = person;
            this.phone = telephone;
            return this;
        }

        /**
         * Sets 详细地址.
         *
         * @param value the address, or {@code null}
         * @return this builder
         */
        public Builder address(@Nullable String value) {
            this.address = value;
            return this;
        }

        /**
         * Sets the estimated passes for a level (本年度预估评价合格人数).
         *
         * @param level the level
         * @param count 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder estimate(SkillLevel level, int count) {
            if (count < 0) {
                throw new IllegalArgumentException("estimate must be >= 0, was " + count);
            }
            estimates.put(level, count);
            return this;
        }

        /**
         * Sets last year's remaining blank stock, one figure (R-STK-1).
         *
         * @param sheets 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder closingStock(int sheets) {
            if (sheets < 0) {
                throw new IllegalArgumentException("closing stock must be >= 0, was " + sheets);
            }
            this.closingStock = sheets;
            return this;
        }

        /**
         * Sets this year's demand (R-STK-1: total estimate less the stock, never below zero).
         *
         * @param sheets 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder demand(int sheets) {
            if (sheets < 0) {
                throw new IllegalArgumentException("demand must be >= 0, was " + sheets);
            }
            this.demand = sheets;
            return this;
        }

        /**
         * Sets 填报单位意见.
         *
         * @param text the opinion, or {@code null}
         * @return this builder
         */
        public Builder opinion(@Nullable String text) {
            this.opinion = text;
            return this;
        }

        /**
         * Sets 备注.
         *
         * @param text the remarks, or {@code null}
         * @return this builder
         */
        public Builder remarks(@Nullable String text) {
            this.remarks = text;
            return this;
        }

        /**
         * Sets the signing date.
         *
         * @param value the date, or {@code null} for a blank 年 月 日
         * @return this builder
         */
        public Builder date(@Nullable LocalDate value) {
            this.date = value;
            return this;
        }

        /**
         * Builds the form values.
         *
         * @return the form
         */
        public DemandFormContent build() {
            return new DemandFormContent(this);
        }
    }
}
