package org.skillcert.core.number;

import java.util.Optional;

/**
 * Guangdong region codes, positions 8–9 of a Guangdong technical-school certificate number
 * (RULES R-REG, R-NUM-3).
 *
 * <p>Source: table 2 of the Guangdong technical-school guideline (§11.3). The codes are the last
 * two digits of the GB/T 2260 prefecture codes 4401…4453, and {@code 00} for the province itself;
 * 10 and 11 are not used. No other value is valid in the Guangdong profile.
 */
public enum Region {
    /** 00 广东省省本级 (the province itself). */
    PROVINCE_LEVEL(0, "广东省省本级"),
    /** 01 广州市. */
    GUANGZHOU(1, "广州市"),
    /** 02 韶关市. */
    SHAOGUAN(2, "韶关市"),
    /** 03 深圳市. */
    SHENZHEN(3, "深圳市"),
    /** 04 珠海市. */
    ZHUHAI(4, "珠海市"),
    /** 05 汕头市. */
    SHANTOU(5, "汕头市"),
    /** 06 佛山市. */
    FOSHAN(6, "佛山市"),
    /** 07 江门市. */
    JIANGMEN(7, "江门市"),
    /** 08 湛江市. */
    ZHANJIANG(8, "湛江市"),
    /** 09 茂名市. */
    MAOMING(9, "茂名市"),
    /** 12 肇庆市. */
    ZHAOQING(12, "肇庆市"),
    /** 13 惠州市. */
    HUIZHOU(13, "惠州市"),
    /** 14 梅州市. */
    MEIZHOU(14, "梅州市"),
    /** 15 汕尾市. */
    SHANWEI(15, "汕尾市"),
    /** 16 河源市. */
    HEYUAN(16, "河源市"),
    /** 17 阳江市. */
    YANGJIANG(17, "阳江市"),
    /** 18 清远市. */
    QINGYUAN(18, "清远市"),
    /** 19 东莞市. */
    DONGGUAN(19, "东莞市"),
    /** 20 中山市. */
    ZHONGSHAN(20, "中山市"),
    /** 51 潮州市. */
    CHAOZHOU(51, "潮州市"),
    /** 52 揭阳市. */
    JIEYANG(52, "揭阳市"),
    /** 53 云浮市. */
    YUNFU(53, "云浮市");

    // indexed by the two-digit code, so that number checks look regions up without allocating
    private static final Region[] BY_CODE = new Region[100];

    static {
        for (Region r : values()) {
            BY_CODE[r.code] = r;
        }
    }

    private final int code;
    private final String chineseName;

    Region(int code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Finds the region with a two-digit code.
     *
     * @param code 0–99
     * @return the region, or empty if table R-REG has no such code (also outside 0–99)
     */
    public static Optional<Region> find(int code) {
        return Optional.ofNullable(lookup(code));
    }

    static Region lookup(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * Returns the code as written at positions 8–9, e.g. {@code "01"}.
     *
     * @return two ASCII digits
     */
    public String code() {
        return code < 10 ? "0" + code : Integer.toString(code);
    }

    /**
     * Returns the code as a number, e.g. 1 for 广州市.
     *
     * @return 0–53
     */
    public int numericCode() {
        return code;
    }

    /**
     * Returns the GB/T 2260 division code this region code stands for: {@code 440000} for the
     * province itself, {@code 4401xx}-style prefecture codes as {@code 440100} etc.
     *
     * @return six ASCII digits
     */
    public String divisionCode() {
        return "44" + code() + "00";
    }

    /**
     * Returns the Chinese name, e.g. {@code 广州市}.
     *
     * @return the name as in table R-REG
     */
    public String chineseName() {
        return chineseName;
    }
}
