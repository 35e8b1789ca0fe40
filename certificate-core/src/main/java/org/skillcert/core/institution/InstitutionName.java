package org.skillcert.core.institution;

import java.util.List;
import java.util.Optional;

/**
 * The institution name as filed with the HRSS department, printed on every certificate and on
 * the seal (R-CERT-3).
 *
 * <p>R-CERT-3 forbids 中华人民共和国, 中国, 中华, 国家, 全国, 广东, 广东省, 职业资格 and 人员资格 in the
 * name; {@link #of(String)} refuses a name containing any of them, naming the word and its
 * position. That the name equals the filed one (branch names included) is the caller's promise:
 * the library prints exactly this text everywhere. Immutable and thread-safe.
 */
public final class InstitutionName {
    /** Longest first, so that 中华人民共和国 is named rather than 中华, and 广东省 rather than 广东. */
    private static final List<String> FORBIDDEN = List.of(
            "中华人民共和国", "职业资格", "人员资格", "广东省", "中国", "中华", "国家", "全国", "广东");

    private final String name;

    private InstitutionName(String name) {
        this.name = name;
    }

    /**
     * Checks and wraps a filed name; surrounding white space is removed.
     *
     * @param name the name filed with HRSS
     * @return the name
     * @throws InstitutionNameException if the name is blank or contains a forbidden word
     */
    public static InstitutionName of(String name) {
        Optional<InstitutionNameException> refused = check(name);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return new InstitutionName(name.strip());
    }

    /**
     * Checks a name without throwing.
     *
     * @param name the name to check
     * @return the refusal (not thrown), or empty if the name may be printed
     */
    public static Optional<InstitutionNameException> check(String name) {
        String s = name.strip();
        if (s.isEmpty()) {
            return Optional.of(new InstitutionNameException(InstitutionNameException.Reason.BLANK, name, "", 0));
        }
        int firstAt = -1;
        String firstWord = null;
        for (String word : FORBIDDEN) {
            int at = s.indexOf(word);
            if (at >= 0 && (firstAt < 0 || at < firstAt)) {
                firstAt = at;
                firstWord = word;
            }
        }
        if (firstWord == null) {
            return Optional.empty();
        }
        int position = s.codePointCount(0, firstAt) + 1;
        return Optional.of(new InstitutionNameException(InstitutionNameException.Reason.FORBIDDEN_WORD, name, firstWord, position));
    }

    /**
     * Returns the text of the round seal (R-LAY-5): the name followed by 职业技能等级认定专用章; the
     * name runs along the arc, the rest sits horizontally.
     *
     * @return the seal text
     */
    public String sealText() {
        return name + sealCaption();
    }

    /**
     * Returns the fixed horizontal part of the seal text.
     *
     * @return {@code 职业技能等级认定专用章}
     */
    public static String sealCaption() {
        return "职业技能等级认定专用章";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstitutionName && ((InstitutionName) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the name exactly as printed.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
