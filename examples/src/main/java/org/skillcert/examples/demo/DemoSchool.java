package org.skillcert.examples.demo;

import java.util.List;
import java.util.Set;

/**
 * The demo's evaluation institution: a fictional technical school in Guangzhou, its filed name,
 * site code and filed evaluation scope.
 *
 * <p>The name avoids every word R-CERT-3 forbids (中国, 国家, 广东, …). The site code is positions
 * 1–13 of its certificate numbers under the Guangdong technical-school profile (R-NUM-3):
 * {@code S} + {@code 0000} + {@code 44} + region {@code 01} (广州市, R-REG) + site category
 * {@code 2} + site serial {@code 017}.
 */
public final class DemoSchool {

    /** The filed name, as it appears on the certificate and on the seal. */
    public static final String NAME = "广州市穗华技工学校";

    /** Positions 1–13 of the school's certificate numbers. */
    public static final String SITE_CODE = "S000044012017";

    /** The region code (positions 8–9), 广州市. */
    public static final String REGION = "01";

    /** The custodian of the blank stock (R-STK-3). */
    public static final String CUSTODIAN = "证书管理员 周敏";

    /** The head of the school who signs forms. */
    public static final String PRINCIPAL = "校长 梁国华";

    /**
     * One line of the filed evaluation scope (R-CERT-5).
     *
     * @param occupation the occupation (职业名称) as HRSS publishes it
     * @param job the job or direction, {@code --} for none (R-CERT-4)
     * @param levels the level codes (1–5) the school may certify
     */
    public record ScopeLine(String occupation, String job, Set<Integer> levels) {
        /** Copies the levels. */
        public ScopeLine {
            levels = Set.copyOf(levels);
        }
    }

    /** The filed scope: six occupations, every level covered by at least one. */
    public static final List<ScopeLine> SCOPE = List.of(
            new ScopeLine("电工", "--", Set.of(1, 2, 3, 4, 5)),
            new ScopeLine("车工", "--", Set.of(3, 4, 5)),
            new ScopeLine("中式烹调师", "--", Set.of(2, 3, 4, 5)),
            new ScopeLine("美容师", "--", Set.of(3, 4, 5)),
            new ScopeLine("计算机程序设计员", "--", Set.of(2, 3, 4)),
            new ScopeLine("汽车维修工", "汽车机械维修工", Set.of(1, 2, 3, 4, 5)),
            new ScopeLine("汽车维修工", "汽车电器维修工", Set.of(3, 4, 5)));

    private DemoSchool() {
    }
}
