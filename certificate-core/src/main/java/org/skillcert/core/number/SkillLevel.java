package org.skillcert.core.number;

import java.util.Locale;
import java.util.Optional;

/**
 * The five vocational skill levels (职业技能等级), position 16 of a certificate number
 * (RULES R-LVL, table 3 of the guideline).
 *
 * <p>The enum order is by code (1 = highest). Reports list levels from junior to senior
 * (R-LVL-2); use {@link #reportOrder()} for that.
 */
public enum SkillLevel {
    /** 一级/高级技师, Level 1 / Senior Technician. */
    LEVEL_1(1, "一级", "高级技师", "Level 1 / Senior Technician"),
    /** 二级/技师, Level 2 / Technician. */
    LEVEL_2(2, "二级", "技师", "Level 2 / Technician"),
    /** 三级/高级工, Level 3 / Senior Worker. */
    LEVEL_3(3, "三级", "高级工", "Level 3 / Senior Worker"),
    /** 四级/中级工, Level 4 / Intermediate Worker. */
    LEVEL_4(4, "四级", "中级工", "Level 4 / Intermediate Worker"),
    /** 五级/初级工, Level 5 / Junior Worker. */
    LEVEL_5(5, "五级", "初级工", "Level 5 / Junior Worker");

    private static final SkillLevel[] BY_CODE = values();
    private static final SkillLevel[] REPORT_ORDER = {LEVEL_5, LEVEL_4, LEVEL_3, LEVEL_2, LEVEL_1};

    private final int code;
    private final String grade;
    private final String title;
    private final String english;

    SkillLevel(int code, String grade, String title, String english) {
        this.code = code;
        this.grade = grade;
        this.title = title;
        this.english = english;
    }

    /**
     * Returns the level with the given code.
     *
     * @param code 1 to 5
     * @return the level
     * @throws IllegalArgumentException if {@code code} is outside 1–5
     */
    public static SkillLevel of(int code) {
        if (code < 1 || code > 5) {
            throw new IllegalArgumentException("skill level code must be 1-5 (R-LVL), was " + code);
        }
        return BY_CODE[code - 1];
    }

    /**
     * Reads a level as people write it: the code ({@code 3}), the grade ({@code 三级}), the title
     * ({@code 高级工}), the certificate text ({@code 三级/高级工}, also with a full-width slash or
     * with the parts reversed as in appendix 1, {@code 高级工（三级）}) or the English name.
     * Surrounding white space is ignored.
     *
     * @param text the text to read
     * @return the level, or empty if the text names no level
     */
    public static Optional<SkillLevel> find(CharSequence text) {
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (SkillLevel level : BY_CODE) {
            if (level.matches(s)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private boolean matches(String s) {
        return s.equals(Integer.toString(code))
                || s.equals(grade)
                || s.equals(title)
                || s.equals(grade + "/" + title)
                || s.equals(grade + "／" + title)
                || s.equals(title + "（" + grade + "）")
                || s.equals(title + "(" + grade + ")")
                || s.equalsIgnoreCase(english)
                || s.toLowerCase(Locale.ROOT).equals("level " + code);
    }

    /**
     * Returns the digit written at position 16 of a certificate number.
     *
     * @return 1 to 5
     */
    public int code() {
        return code;
    }

    /**
     * Returns the grade part, e.g. {@code 三级}.
     *
     * @return the grade in Chinese
     */
    public String grade() {
        return grade;
    }

    /**
     * Returns the title part, e.g. {@code 高级工}.
     *
     * @return the traditional level title in Chinese
     */
    public String title() {
        return title;
    }

    /**
     * Returns the text written on the certificate (R-LVL-1), e.g. {@code 三级/高级工}.
     *
     * @return grade, slash, title
     */
    public String chineseText() {
        return grade + "/" + title;
    }

    /**
     * Returns the English text, e.g. {@code Level 3 / Senior Worker}.
     *
     * @return the English name
     */
    public String englishText() {
        return english;
    }

    /**
     * Returns the levels in the order reports and appendix 1 list them: junior (五级) to
     * senior (一级) (R-LVL-2).
     *
     * @return a new array, junior first
     */
    public static SkillLevel[] reportOrder() {
        return REPORT_ORDER.clone();
    }
}
