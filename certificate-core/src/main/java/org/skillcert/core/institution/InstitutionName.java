package org.skillcert.core.institution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The institution name as filed with the HRSS department, printed on every certificate and on
 * the seal (R-CERT-3).
 *
 * <p>R-CERT-3 forbids 中华人民共和国, 中国, 中华, 国家, 全国, 广东, 广东省, 职业资格 and 人员资格 in the
 * name; {@link #of(String)} refuses a name containing any of them, naming the word and its
 * position. So that the check cannot be dodged by a different spelling of the same printed text,
 * the name is compared after NFKC normalisation (compatibility ideographs and Kangxi radicals
 * become the ordinary characters) and with the traditional forms folded onto the simplified ones
 * (中國, 中華, 國家, 全國, 廣東, 廣東省, 職業資格, 人員資格 are refused as their simplified word), and
 * white space, control and format characters (soft hyphen, zero-width space ...) are refused
 * inside the name: a filed name has none, and they would flow into the seal text. The first
 * character must be a letter or digit, so that no name reads as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) in a spreadsheet that opens an export. That the name
 * equals the filed one (branch names included) is the caller's promise: the library prints
 * exactly this text everywhere. Immutable and thread-safe.
 */
public final class InstitutionName {
    /** Longest first, so that 中华人民共和国 is named rather than 中华, and 广东省 rather than 广东. */
    private static final List<String> FORBIDDEN = List.of(
            "中华人民共和国", "职业资格", "人员资格", "广东省", "中国", "中华", "国家", "全国", "广东");

    /**
     * Traditional characters of the forbidden words and their simplified forms (the other
     * characters of those words are the same in both scripts).
     */
    private static final Map<Integer, Integer> TRADITIONAL = Map.of(
            (int) '國', (int) '国', (int) '華', (int) '华', (int) '廣', (int) '广', (int) '東', (int) '东',
            (int) '職', (int) '职', (int) '業', (int) '业', (int) '資', (int) '资', (int) '員', (int) '员');

    private final String name;

    private InstitutionName(String name) {
        this.name = name;
    }

    /**
     * Checks and wraps a filed name; surrounding white space is removed.
     *
     * @param name the name filed with HRSS
     * @return the name
     * @throws InstitutionNameException if the name is blank, does not start with a letter or digit,
     *     has a white space, control or format character inside, or contains a forbidden word (also in traditional or compatibility form)
     */
    public static InstitutionName of(String name) {
        Optional<InstitutionNameException> refused = refusal(name);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return new InstitutionName(name.strip());
    }

    /**
     * Checks a name without throwing.
     *
     * @param name the name to check
     * @return the verdict: the name, or the reason and position of the refusal
     */
    public static InstitutionNameVerdict check(String name) {
        Optional<InstitutionNameException> refused = refusal(name);
        return refused.isPresent() ? InstitutionNameVerdict.refused(refused.get())
                : InstitutionNameVerdict.valid(name, new InstitutionName(name.strip()));
    }

    private static Optional<InstitutionNameException> refusal(String name) {
        String s = name.strip();
        if (s.isEmpty()) {
            return Optional.of(new InstitutionNameException(InstitutionNameException.Reason.BLANK, name, "", 0));
        }
        // the comparable text, one entry per code point of s, so a match maps back to its position
        int[] points = s.codePoints().toArray();
        StringBuilder folded = new StringBuilder();
        List<Integer> source = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            int type = Character.getType(c);
            // a name starts with a letter or digit: one that starts with = + - @ is a formula to a
            // spreadsheet opening an export (CSV injection)
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || type == Character.FORMAT || (i == 0 && !Character.isLetterOrDigit(c))) {
                return Optional.of(new InstitutionNameException(InstitutionNameException.Reason.CHARACTER, name,
                        new String(Character.toChars(c)), i + 1));
            }
            String normal = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
            for (int n : normal.codePoints().toArray()) {
                folded.appendCodePoint(TRADITIONAL.getOrDefault(n, n));
                for (int k = Character.charCount(n); k > 0; k--) {
                    source.add(i);
                }
            }
        }
        String text = folded.toString();
        int firstAt = -1;
        String firstWord = null;
        for (String word : FORBIDDEN) {
            int at = text.indexOf(word);
            if (at >= 0 && (firstAt < 0 || at < firstAt)) {
                firstAt = at;
                firstWord = word;
            }
        }
        if (firstWord == null) {
            return Optional.empty();
        }
        int position = source.get(firstAt) + 1;
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
