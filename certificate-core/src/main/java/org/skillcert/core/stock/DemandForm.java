package org.skillcert.core.stock;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillcert.core.number.SkillLevel;

/**
 * The yearly blank-stock demand form (职业技能等级空白证书需求登记表, appendix 1, R-STK-1): per level,
 * the estimated passes this year; one figure of last year's remaining blank stock (blank sheets
 * carry no level, §2); and one demand {@code max(0, total estimate − stock)}. Filed by 25 January
 * in two copies, one to the Alliance. Rows are in the order of R-LVL-2 (五级 first). Immutable and
 * thread-safe.
 */
public final class DemandForm {
    /** The filing deadline, 25 January of the form's year (R-STK-1). */
    public static final MonthDay DUE = MonthDay.of(1, 25);

    /** One level's line on the form. */
    public static final class Row {
        private final SkillLevel level;
        private final int estimate;

        Row(SkillLevel level, int estimate) {
            this.level = level;
            this.estimate = estimate;
        }

        /**
         * Returns the level.
         *
         * @return the level
         */
        public SkillLevel level() {
            return level;
        }

        /**
         * Returns the estimated passes this year (本年度预估评价合格人数).
         *
         * @return 0 or more
         */
        public int estimate() {
            return estimate;
        }

        @Override
        public String toString() {
            return level.title() + "（" + level.grade() + "） " + estimate;
        }
    }

    private final int year;
    private final String institution;
    private final List<Row> rows;
    private final int closingStock;
    private final LocalDate filedOn;
    private final Contact contact;

    /**
     * The contact block of the form: 联系人, 联系电话, 详细地址, 备注; each may be blank.
     *
     * @param person the contact person
     * @param phone the phone number
     * @param address the full address
     * @param remarks the caller's remarks, printed as given in the 备注 box (nothing is added to them)
     */
    public record Contact(String person, String phone, String address, String remarks) {
        /** A blank contact block. */
        public static final Contact BLANK = new Contact("", "", "", "");
    }

    private DemandForm(int year, String institution, List<Row> rows, int closingStock, LocalDate filedOn,
            Contact contact) {
        this.year = year;
        this.institution = institution;
        this.rows = rows;
        this.closingStock = closingStock;
        this.filedOn = filedOn;
        this.contact = contact;
    }

    /**
     * Returns the contact block.
     *
     * @return the contact, {@link Contact#BLANK} unless set
     */
    public Contact contact() {
        return contact;
    }

    /**
     * Starts the form of a year.
     *
     * @param year the year the estimate is for
     * @param institution the filing institution's name (填报单位)
     * @return a builder with every level at zero
     */
    public static Builder forYear(int year, String institution) {
        return new Builder(year, institution);
    }

    /**
     * Returns the year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the filing institution's name.
     *
     * @return the name
     */
    public String institution() {
        return institution;
    }

    /**
     * Returns the five rows, 五级 first (R-LVL-2).
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the row of one level.
     *
     * @param level the level
     * @return the row
     */
    public Row row(SkillLevel level) {
        return rows.stream().filter(r -> r.level == level).findFirst().orElseThrow();
    }

    /**
     * Returns the total estimate (合计).
     *
     * @return the sum over levels
     */
    public int totalEstimate() {
        return rows.stream().mapToInt(Row::estimate).sum();
    }

    /**
     * Returns last year's remaining blank stock (上年度空白证书库存): one total, since blank sheets
     * carry no level (§2, R-STK-1).
     *
     * @return 0 or more
     */
    public int closingStock() {
        return closingStock;
    }

    /**
     * Returns the sheets to order this year: the total estimate less last year's remaining stock,
     * never below zero (R-STK-1).
     *
     * @return 0 or more
     */
    public int demand() {
        return Math.max(0, totalEstimate() - closingStock);
    }

    /**
     * Returns the filing deadline, 25 January of the year (R-STK-1).
     *
     * @return the due date
     */
    public LocalDate dueDate() {
        return DUE.atYear(year);
    }

    /**
     * Returns the filing date.
     *
     * @return the date the form was filed
     */
    public LocalDate filedOn() {
        return filedOn;
    }

    /**
     * Tells whether the form was filed after the deadline.
     *
     * @return true if late
     */
    public boolean isLate() {
        return filedOn.isAfter(dueDate());
    }

    /**
     * Returns the warning to show when the form is late.
     *
     * @return the warning, or empty if filed on time
     */
    public Optional<String> lateWarning() {
        if (!isLate()) {
            return Optional.empty();
        }
        return Optional.of("demand form for " + year + " filed on " + filedOn + ", after the deadline "
                + dueDate() + " (R-STK-1): the supplier may not include it in the central order");
    }

    @Override
    public String toString() {
        return "DemandForm[" + year + " " + institution + " " + rows + " estimate " + totalEstimate() + " - stock "
                + closingStock + " = demand " + demand() + "]";
    }

    /** Collects the figures of a demand form. Not thread-safe. */
    public static final class Builder {
        private final int year;
        private final String institution;
        private final Map<SkillLevel, Integer> estimates = new EnumMap<>(SkillLevel.class);
        private int stock;
        private Contact contact = Contact.BLANK;

        private Builder(int year, String institution) {
            this.year = year;
            this.institution = institution;
        }

        /**
         * Sets the estimated passes of a level.
         *
         * @param level the level
         * @param passes 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder estimate(SkillLevel level, int passes) {
            estimates.put(level, nonNegative(passes));
            return this;
        }

        /**
         * Sets last year's remaining blank stock, one total for all levels (R-STK-1).
         *
         * @param sheets 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder closingStock(int sheets) {
            stock = nonNegative(sheets);
            return this;
        }

        /**
         * Sets the contact block.
         *
         * @param contact the contact person, phone, address and remarks
         * @return this builder
         */
        public Builder contact(Contact contact) {
            this.contact = java.util.Objects.requireNonNull(contact);
            return this;
        }

        /**
         * Builds the form as filed on a date.
         *
         * @param filedOn the filing date
         * @return the form
         */
        public DemandForm filedOn(LocalDate filedOn) {
            List<Row> rows = new ArrayList<>();
            for (SkillLevel level : SkillLevel.reportOrder()) {
                rows.add(new Row(level, estimates.getOrDefault(level, 0)));
            }
            return new DemandForm(year, institution, Collections.unmodifiableList(rows), stock, filedOn, contact);
        }

        private static int nonNegative(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("must be 0 or more, was " + n);
            }
            return n;
        }
    }
}
