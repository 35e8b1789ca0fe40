package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.Property;

/**
 * The invariants of certificate numbers (R-NUM-1 to R-NUM-5, R-REG, R-LVL), each over thousands of
 * seeded cases; a failure prints the case seed for {@link Property#replay}.
 */
class CertificateNumberPropertiesTest {
    static final int CASES = 10_000;
    static final int STRING_CASES = 50_000;
    static final int EXCEPTION_CASES = 20_000;

    private static final NumberingProfile GD = NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL;
    private static final NumberingProfile NATIONAL = NumberingProfile.NATIONAL;

    /** The parts of a number by profile, written out here independently of the implementation. */
    private enum Part {
        CATEGORY(1, 1, NumberViolation.CATEGORY),
        INSTITUTION(2, 5, NumberViolation.INSTITUTION_CODE),
        PROVINCE(6, 7, NumberViolation.PROVINCE),
        SITE(8, 13, null),
        REGION(8, 9, NumberViolation.REGION),
        SITE_CATEGORY(10, 10, NumberViolation.SITE_CATEGORY),
        SITE_SERIAL(11, 13, null),
        YEAR(14, 15, null),
        LEVEL(16, 16, NumberViolation.LEVEL),
        SERIAL(17, 22, NumberViolation.SERIAL);

        final int first;
        final int last;
        final NumberViolation reason;

        Part(int first, int last, NumberViolation reason) {
            this.first = first;
            this.last = last;
            this.reason = reason;
        }

        static Part at(int position, NumberingProfile profile) {
            for (Part part : values()) {
                boolean used = profile == GD ? part != SITE
                        : part != REGION && part != SITE_CATEGORY && part != SITE_SERIAL;
                if (used && part.first <= position && position <= part.last) {
                    return part;
                }
            }
            throw new IllegalArgumentException("position " + position);
        }

        String of(String number) {
            return number.substring(first - 1, last);
        }
    }

    // regular-expression models of the two profiles, an oracle independent of NumberGrammar
    private static final Pattern GD_MODEL = Pattern.compile("S000044(" + Arrays.stream(Region.values())
            .map(Region::code).collect(Collectors.joining("|")) + ")2[0-9]{3}[0-9]{2}[1-5](?!000000)[0-9]{6}");
    private static final Pattern NATIONAL_MODEL = Pattern.compile("[SY][0-9]{4}("
            + "11|12|13|14|15|21|22|23|31|32|33|34|35|36|37|41|42|43|44|45|46|50|51|52|53|54|61|62|63|64|65"
            + ")[0-9]{6}[0-9]{2}[1-5](?!000000)[0-9]{6}");

    private record Case(String text, NumberingProfile profile) {
        @Override
        public String toString() {
            return profile + " " + text.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7f
                    ? Character.toString(cp) : String.format("\\u{%X}", cp)).collect(Collectors.joining());
        }
    }

    private static Case arbitraryCase(Random random) {
        return new Case(NumberGen.arbitrary(random), NumberGen.profile(random));
    }

    // R-NUM-1, R-NUM-2: the canonical string reads back as the same number, both profiles
    @Test
    void roundTripGuangdong() {
        Property.forAll("parse(x.toString()).equals(x), Guangdong", CASES, r -> NumberGen.valid(r, GD), x -> {
            assertEquals(x, CertificateNumber.parse(x.toString(), GD));
            assertEquals(x, CertificateNumber.parse(x.toString()));
            assertEquals(22, x.toString().length());
            assertTrue(x.conformsTo(NATIONAL), "every Guangdong number is valid nationally");
        });
    }

    @Test
    void roundTripNational() {
        Property.forAll("parse(x.toString()).equals(x), national", CASES, r -> NumberGen.valid(r, NATIONAL), x -> {
            CertificateNumber back = CertificateNumber.parse(x.toString(), NATIONAL);
            assertEquals(x, back);
            assertEquals(x.hashCode(), back.hashCode());
            assertEquals(x, CertificateNumber.of(back.siteCode(), back.year(), back.level(), back.serial()));
        });
    }

    // isValid, check and parse are one judgement
    @Test
    void isValidCheckAndParseAgree() {
        Property.forAll("isValid == check.isValid == parse does not throw", STRING_CASES,
                CertificateNumberPropertiesTest::arbitraryCase, c -> {
                    boolean isValid = CertificateNumber.isValid(c.text(), c.profile());
                    NumberVerdict verdict = CertificateNumber.check(c.text(), c.profile());
                    boolean parses;
                    try {
                        CertificateNumber.parse(c.text(), c.profile());
                        parses = true;
                    } catch (CertificateNumberFormatException e) {
                        parses = false;
                    }
                    assertEquals(isValid, verdict.isValid());
                    assertEquals(isValid, parses);
                    Pattern model = c.profile() == GD ? GD_MODEL : NATIONAL_MODEL;
                    assertEquals(model.matcher(c.text()).matches(), isValid, "regular-expression model of the rules");
                });
    }

    // isValid agrees with check on every one-character change of a valid number, at every position,
    // in both profiles: the near-misses a faster isValid (a table look-up, a digit fold) could get
    // wrong (R-NUM-1, R-NUM-3, R-NUM-4, R-NUM-5, R-REG, R-LVL)
    @Test
    void isValidAgreesWithCheckOnEveryOneCharacterChange() {
        char[] alphabet = {'0', '1', '2', '4', '5', '6', '9', '/', ':', 'A', 'S', 'Y', 'Z', 'a', ' ', '\u0663', '\uff10',
            '\uffff'};
        int[] seen = new int[2];
        Property.forAll("isValid == check.isValid after one changed character", 2_000,
                r -> NumberGen.valid(r, NumberGen.profile(r)).toString(), number -> {
                    for (int position = 0; position < 22; position++) {
                        for (char c : alphabet) {
                            char[] chars = number.toCharArray();
                            chars[position] = c;
                            String changed = new String(chars);
                            for (NumberingProfile profile : NumberingProfile.values()) {
                                boolean isValid = CertificateNumber.isValid(changed, profile);
                                assertEquals(CertificateNumber.check(changed, profile).isValid(), isValid,
                                        changed + " under " + profile);
                                seen[isValid ? 0 : 1]++;
                            }
                        }
                    }
                });
        assertTrue(seen[0] > 10_000 && seen[1] > 10_000, "valid " + seen[0] + ", refused " + seen[1]);
    }

    // R-NUM-2: different parts give different numbers, and the parts read back
    @Test
    void partsAreInjective() {
        Property.forAll("different parts => different numbers", CASES, r -> {
            CertificateNumber a = NumberGen.valid(r);
            // half the time a near neighbour: the same parts but one
            CertificateNumber b = r.nextBoolean() ? NumberGen.valid(r) : neighbour(r, a);
            return new CertificateNumber[] {a, b};
        }, pair -> {
            CertificateNumber a = pair[0];
            CertificateNumber b = pair[1];
            boolean sameParts = a.siteCode().equals(b.siteCode()) && a.year() == b.year()
                    && a.level() == b.level() && a.serial() == b.serial();
            assertEquals(sameParts, a.equals(b));
            assertEquals(sameParts, a.toString().equals(b.toString()));
            assertEquals(a, CertificateNumber.of(a.siteCode(), a.year(), a.level(), a.serial()));
        });
    }

    private static CertificateNumber neighbour(Random r, CertificateNumber a) {
        switch (r.nextInt(4)) {
            case 0:
                return CertificateNumber.of(NumberGen.siteCode(r, NumberGen.profile(r)), a.year(), a.level(), a.serial());
            case 1:
                return CertificateNumber.of(a.siteCode(), 2000 + r.nextInt(100), a.level(), a.serial());
            case 2:
                return CertificateNumber.of(a.siteCode(), a.year(), SkillLevel.of(1 + r.nextInt(5)), a.serial());
            default:
                return a.withSerial(1 + r.nextInt(CertificateNumber.MAX_SERIAL));
        }
    }

    // R-NUM-5 scopes: (site, year, level, serial) order is the order of the strings
    @Test
    void orderIsStringOrder() {
        Comparator<CertificateNumber> byParts = Comparator.comparing(CertificateNumber::siteCode)
                .thenComparingInt(CertificateNumber::year)
                .thenComparingInt(n -> n.level().code())
                .thenComparingInt(CertificateNumber::serial);
        Property.forAll("compareTo == (site, year, level, serial) order == string order", CASES, r -> {
            NumberingProfile profile = NumberGen.profile(r);
            CertificateNumber a = NumberGen.valid(r, profile);
            CertificateNumber b = r.nextBoolean() ? NumberGen.valid(r, profile) : neighbour(r, a);
            return new CertificateNumber[] {a, b};
        }, pair -> {
            int strings = Integer.signum(pair[0].toString().compareTo(pair[1].toString()));
            assertEquals(strings, Integer.signum(pair[0].compareTo(pair[1])));
            assertEquals(strings, Integer.signum(byParts.compare(pair[0], pair[1])));
            assertEquals(-strings, Integer.signum(pair[1].compareTo(pair[0])));
        });
    }

    /*
     * R-NUM-2, R-NUM-4 "the reason names the first failing position". The issue words this as
     * "rejected with a position equal to the substituted position"; with its other rule (a part's
     * value is reported at the part's first position) that holds for CHARACTER and
     * UNSUPPORTED_SCHEME, and for a part reason the position is the first position of the part
     * that contains the substituted position. Both are asserted, for all 22 positions.
     */
    /** A valid number and, for each position, the character put there instead. */
    private record Substitutions(NumberingProfile profile, String number, String replacements) {
        @Override
        public String toString() {
            return profile + " " + number + " with " + new Case(replacements, profile).toString().substring(profile.name().length() + 1);
        }
    }

    @Test
    void singleCharacterSubstitution() {
        Property.forAll("every substitution is rejected at its position/part or changes exactly its part", CASES, r -> {
            NumberingProfile profile = NumberGen.profile(r);
            String number = NumberGen.valid(r, profile).toString();
            char[] replacements = new char[22];
            for (int i = 0; i < 22; i++) {
                char c;
                do {
                    c = r.nextInt(3) == 0 ? NumberGen.tricky(r) : (char) ('0' + r.nextInt(10));
                } while (c == number.charAt(i));
                replacements[i] = c;
            }
            return new Substitutions(profile, number, new String(replacements));
        }, c -> {
            NumberingProfile profile = c.profile();
            String number = c.number();
            String replacements = c.replacements();
            for (int position = 1; position <= 22; position++) {
                char[] chars = number.toCharArray();
                chars[position - 1] = replacements.charAt(position - 1);
                String changed = new String(chars);
                NumberVerdict verdict = CertificateNumber.check(changed, profile);
                Part part = Part.at(position, profile);
                if (verdict.isValid()) {
                    for (int p = 1; p <= 22; p++) {
                        Part other = Part.at(p, profile);
                        assertEquals(other == part, !other.of(number).equals(other.of(changed)),
                                "only part " + part + " changed in " + changed);
                    }
                } else {
                    NumberViolation reason = verdict.reason().orElseThrow();
                    if (reason == NumberViolation.CHARACTER || reason == NumberViolation.UNSUPPORTED_SCHEME) {
                        assertEquals(position, verdict.position(), changed);
                    } else {
                        assertEquals(part.reason, reason, changed);
                        assertEquals(part.first, verdict.position(), changed);
                    }
                }
            }
        });
    }

    // normalize is for user-typed input, separate from strict parsing
    @Test
    void normalizeIsIdempotent() {
        Property.forAll("normalize(normalize(s)) == normalize(s)", STRING_CASES, r -> r.nextBoolean()
                ? NumberGen.arbitrary(r) : typedByAPerson(r, NumberGen.valid(r).toString()), s -> {
                    String once = CertificateNumber.normalize(s);
                    assertEquals(once, CertificateNumber.normalize(once));
                });
    }

    private record Typed(CertificateNumber number, String typed) {
        @Override
        public String toString() {
            return number + " typed as " + new Case(typed, NATIONAL).toString().substring(NATIONAL.name().length() + 1);
        }
    }

    @Test
    void normalizeRecoversWhatAPersonTyped() {
        Property.forAll("parse(normalize(typed(x))) == x", CASES, r -> {
            CertificateNumber x = NumberGen.valid(r, NATIONAL);
            return new Typed(x, typedByAPerson(r, x.toString()));
        }, c -> assertEquals(c.number(), CertificateNumber.parse(CertificateNumber.normalize(c.typed()), NATIONAL)));
    }

    /** Lowercase letters, full-width forms and blanks around: what people type into forms. */
    private static String typedByAPerson(Random r, String number) {
        StringBuilder b = new StringBuilder();
        String blanks = " \t\u3000\n\r\u2003";
        int before = r.nextInt(3);
        for (int i = 0; i < before; i++) {
            b.append(blanks.charAt(r.nextInt(blanks.length())));
        }
        for (char c : number.toCharArray()) {
            int style = r.nextInt(4);
            if (style == 0) {
                b.append((char) (c + 0xFEE0));
            } else if (style == 1 && c >= 'A' && c <= 'Z') {
                b.append((char) (c - 'A' + 'a'));
            } else {
                b.append(c);
            }
        }
        int after = r.nextInt(3);
        for (int i = 0; i < after; i++) {
            b.append(blanks.charAt(r.nextInt(blanks.length())));
        }
        return b.toString();
    }

    // the documented exception and nothing else, carrying the check's reason, position and the input
    @Test
    void parseThrowsOnlyTheDocumentedException() {
        Property.forAll("parse throws only CertificateNumberFormatException", EXCEPTION_CASES,
                CertificateNumberPropertiesTest::arbitraryCase, c -> {
                    NumberVerdict verdict = CertificateNumber.check(c.text(), c.profile());
                    try {
                        CertificateNumber parsed = CertificateNumber.parse(c.text(), c.profile());
                        assertTrue(verdict.isValid());
                        assertEquals(c.text(), parsed.toString());
                    } catch (CertificateNumberFormatException e) {
                        assertFalse(verdict.isValid());
                        assertEquals(verdict.reason().orElseThrow(), e.reason());
                        assertEquals(verdict.position(), e.position());
                        assertEquals(c.text(), e.input());
                        assertTrue(e.position() >= 1 && e.position() <= 23, "position " + e.position());
                        assertTrue(e.reason() == NumberViolation.LENGTH || c.text().length() == 22);
                    } catch (RuntimeException | Error e) {
                        fail("undocumented " + e, e);
                    }
                });
    }

    // R-NUM-5: next() stays in the scope and never wraps around
    @Test
    void nextStaysInScope() {
        Property.forAll("next() is serial + 1 in the same scope, or SERIAL at 17 after 999999", CASES,
                r -> NumberGen.valid(r), x -> {
                    if (x.serial() == CertificateNumber.MAX_SERIAL) {
                        CertificateNumberFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                                CertificateNumberFormatException.class, x::next);
                        assertEquals(NumberViolation.SERIAL, e.reason());
                        assertEquals(17, e.position());
                    } else {
                        CertificateNumber next = x.next();
                        assertEquals(x.scope(), next.scope());
                        assertEquals(x.serial() + 1, next.serial());
                        assertTrue(next.compareTo(x) > 0);
                        assertNotEquals(x, next);
                    }
                });
    }
}
