package org.skillcert.core.number;

import java.util.Optional;

/**
 * Provincial-level divisions, positions 6–7 of a certificate number (RULES R-NUM-4).
 *
 * <p>Source: GB/T 2260 (中华人民共和国行政区划代码), the first two digits of the division
 * codes, as listed in R-NUM-4 of the national numbering rule (人社鉴发〔2019〕2号). Taiwan (71),
 * Hong Kong (81) and Macao (82) have GB/T 2260 codes but issue no such certificates:
 * {@link #issuesCertificates()} is {@code false} for them and no profile accepts them.
 */
public enum Province {
    /** 11 北京市. */
    BEIJING(11, "北京市"),
    /** 12 天津市. */
    TIANJIN(12, "天津市"),
    /** 13 河北省. */
    HEBEI(13, "河北省"),
    /** 14 山西省. */
    SHANXI(14, "山西省"),
    /** 15 内蒙古自治区. */
    INNER_MONGOLIA(15, "内蒙古自治区"),
    /** 21 辽宁省. */
    LIAONING(21, "辽宁省"),
    /** 22 吉林省. */
    JILIN(22, "吉林省"),
    /** 23 黑龙江省. */
    HEILONGJIANG(23, "黑龙江省"),
    /** 31 上海市. */
    SHANGHAI(31, "上海市"),
    /** 32 江苏省. */
    JIANGSU(32, "江苏省"),
    /** 33 浙江省. */
    ZHEJIANG(33, "浙江省"),
    /** 34 安徽省. */
    ANHUI(34, "安徽省"),
    /** 35 福建省. */
    FUJIAN(35, "福建省"),
    /** 36 江西省. */
    JIANGXI(36, "江西省"),
    /** 37 山东省. */
    SHANDONG(37, "山东省"),
    /** 41 河南省. */
    HENAN(41, "河南省"),
    /** 42 湖北省. */
    HUBEI(42, "湖北省"),
    /** 43 湖南省. */
    HUNAN(43, "湖南省"),
    /** 44 广东省. */
    GUANGDONG(44, "广东省"),
    /** 45 广西壮族自治区. */
    GUANGXI(45, "广西壮族自治区"),
    /** 46 海南省. */
    HAINAN(46, "海南省"),
    /** 50 重庆市. */
    CHONGQING(50, "重庆市"),
    /** 51 四川省. */
    SICHUAN(51, "四川省"),
    /** 52 贵州省. */
    GUIZHOU(52, "贵州省"),
    /** 53 云南省. */
    YUNNAN(53, "云南省"),
    /** 54 西藏自治区. */
    XIZANG(54, "西藏自治区"),
    /** 61 陕西省. */
    SHAANXI(61, "陕西省"),
    /** 62 甘肃省. */
    GANSU(62, "甘肃省"),
    /** 63 青海省. */
    QINGHAI(63, "青海省"),
    /** 64 宁夏回族自治区. */
    NINGXIA(64, "宁夏回族自治区"),
    /** 65 新疆维吾尔自治区. */
    XINJIANG(65, "新疆维吾尔自治区"),
    /** 71 台湾省: a GB/T 2260 code that issues no certificates. */
    TAIWAN(71, "台湾省"),
    /** 81 香港特别行政区: a GB/T 2260 code that issues no certificates. */
    HONG_KONG(81, "香港特别行政区"),
    /** 82 澳门特别行政区: a GB/T 2260 code that issues no certificates. */
    MACAO(82, "澳门特别行政区");

    // indexed by the two-digit code, so that number checks look provinces up without allocating
    private static final Province[] BY_CODE = new Province[100];

    static {
        for (Province p : values()) {
            BY_CODE[p.code] = p;
        }
    }

    private final int code;
    private final String chineseName;

    Province(int code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Finds the province with a GB/T 2260 two-digit code.
     *
     * @param code 0–99
     * @return the province, or empty if the code names none (also for codes outside 0–99)
     */
    public static Optional<Province> find(int code) {
        return Optional.ofNullable(lookup(code));
    }

    /**
     * Finds the province with a GB/T 2260 two-digit code written as text, e.g. {@code "44"}.
     *
     * @param code two ASCII digits
     * @return the province, or empty if the text is not two digits naming one
     */
    public static Optional<Province> find(CharSequence code) {
        if (code.length() != 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
            return Optional.empty();
        }
        return find((code.charAt(0) - '0') * 10 + code.charAt(1) - '0');
    }

    static Province lookup(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Returns the two-digit code as written at positions 6–7, e.g. {@code "44"}.
     *
     * @return two ASCII digits
     */
    public String code() {
        return Integer.toString(code);
    }

    /**
     * Returns the code as a number, e.g. 44.
     *
     * @return 11–82
     */
    public int numericCode() {
        return code;
    }

    /**
     * Returns the Chinese name, e.g. {@code 广东省}.
     *
     * @return the name as in GB/T 2260
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Tells whether certificates are issued under this code (R-NUM-4): false only for 71, 81, 82.
     *
     * @return whether the national profile accepts this province
     */
    public boolean issuesCertificates() {
        return code < 70;
    }
}
