package org.skillcert.examples.roster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a candidate roster and the header texts, Chinese or English, that name them.
 *
 * <p>Headers are matched after {@linkplain #normalize(String) normalising}: surrounding and inner
 * white space, a leading {@code *} (the "required" marker of many templates), full-width
 * punctuation and letter case do not matter. The Chinese headers are the field names of the
 * certificate (RULES R-CERT-1).
 */
public enum RosterColumn {
    /** 姓名, the holder's name. Required. */
    NAME(true, "姓名", "name", "holder name", "full name"),
    /** 证件类型, the ID document type; when the column is absent every row is a 居民身份证. */
    ID_TYPE(false, "证件类型", "id type", "document type"),
    /** 证件号码, the ID document number. Required. */
    ID_NUMBER(true, "证件号码", "身份证号码", "身份证号", "id number", "id no", "id no.", "document number"),
    /** 职业名称, the occupation. Required. */
    OCCUPATION(true, "职业名称", "职业", "occupation"),
    /** 工种/职业方向, the job or direction; blank or absent means none ({@code --}, R-CERT-4). */
    JOB(false, "工种/职业方向", "工种", "职业方向", "job", "job/direction", "direction"),
    /** 职业技能等级, the skill level as people write it (R-LVL). Required. */
    LEVEL(true, "职业技能等级", "技能等级", "等级", "level", "skill level"),
    /** 成绩可查询日期, the date the result became queryable nationally (R-ISS-1). Required. */
    QUERYABLE_DATE(true, "成绩可查询日期", "可查询日期", "queryable date", "query date"),
    /** 照片, a photo file, relative to the roster's folder. Required: a certificate carries a photo (R-CERT-1). */
    PHOTO(true, "照片", "photo"),
    /**
     * 成绩编号, the caller's unique id of this pass; when absent, a stable id is derived (see
     * {@link RosterRow#derivedResultId}).
     */
    RESULT_ID(false, "成绩编号", "结果编号", "result id");

    private final boolean required;
    private final List<String> headers;

    RosterColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /**
     * Tells whether a roster without this column is refused.
     *
     * @return {@code true} for a required column
     */
    public boolean required() {
        return required;
    }

    /**
     * Returns the header texts this column is recognised by, the Chinese one first.
     *
     * @return the header texts, normalised
     */
    public List<String> headers() {
        return headers;
    }

    /**
     * Returns the header a roster should use for this column, Chinese then English.
     *
     * @return for example {@code 证件号码/id number}
     */
    public String label() {
        return headers.get(0) + "/" + english();
    }

    private String english() {
        for (String header : headers) {
            if (header.chars().allMatch(c -> c < 0x80)) {
                return header;
            }
        }
        return headers.get(0);
    }

    /**
     * Finds the column a header text names.
     *
     * @param header a header cell as written in the file
     * @return the column, or empty if the header names none (extra columns are ignored)
     */
    public static Optional<RosterColumn> forHeader(String header) {
        String key = normalize(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (RosterColumn column : values()) {
            if (column.headers.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Normalises a header for matching: full-width ASCII to half-width, white space removed
     * except single spaces between Latin words, a leading {@code *} dropped, lower case.
     *
     * @param header the header text
     * @return the matching key
     */
    static String normalize(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                // full-width forms (／, （, Ａ) typed with a Chinese input method
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\uFEFF') {
                c = ' ';
            }
            out.append(c);
        }
        String s = out.toString().strip().toLowerCase(Locale.ROOT);
        while (s.startsWith("*")) {
            s = s.substring(1).strip();
        }
        // keep one space between Latin words ("id number"), drop spaces around CJK ("姓 名")
        s = s.replaceAll("\\s+", " ").replaceAll(" ?([^\\x00-\\x7F]) ?", "$1").replaceAll(" ?/ ?", "/");
        return s;
    }
}
