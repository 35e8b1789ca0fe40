package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One example per reason, rule and API promise of certificate numbers; the tables have their own tests. */
class CertificateNumberTest {
    // isValid's own walk (NumberGrammar.isNumber) leaves the letter test of R-NUM-1 to the profile
    @Test
    void everyCategoryAProfileAcceptsIsAnUppercaseLetter() {
        for (NumberingProfile profile : NumberingProfile.values()) {
            int accepted = 0;
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                if (profile.acceptsCategory(c)) {
                    assertTrue(c >= 'A' && c <= 'Z', profile + " accepts U+" + Integer.toHexString(c));
                    accepted++;
                }
            }
            assertTrue(accepted > 0, profile + " accepts no category");
        }
    }

    static final String VALID = "S000044012001253000001";

    /** Asserts that parse, check and isValid all refuse {@code text} with this reason and position. */
    static void assertRefused(String text, NumberingProfile profile, NumberViolation reason, int position) {
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class,
                () -> CertificateNumber.parse(text, profile));
        assertEquals(reason, e.reason(), text);
        assertEquals(position, e.position(), text);
        assertEquals(text, e.input());
        NumberVerdict verdict = CertificateNumber.check(text, profile);
        assertEquals(Optional.of(reason), verdict.reason());
        assertEquals(position, verdict.position());
        assertTrue(verdict.message().isPresent());
        assertFalse(CertificateNumber.isValid(text, profile));
    }

    static void assertRefused(String text, NumberViolation reason, int position) {
        assertRefused(text, NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL, reason, position);
    }

    static String replace(String number, int position, String with) {
        return number.substring(0, position - 1) + with + number.substring(position - 1 + with.length());
    }

    // R-NUM-2: the parts of the guideline's layout, read back by position
    @Test
    void readsEveryPart() {
        CertificateNumber n = CertificateNumber.parse("S000044192345253012345");
        assertEquals('S', n.category());
        assertEquals("0000", n.institutionCode());
        assertEquals(Province.GUANGDONG, n.province());
        assertEquals("192345", n.siteSequence().toString());
        assertEquals("19", n.siteSequence().regionCode());
        assertEquals('2', n.siteSequence().siteCategory());
        assertEquals(345, n.siteSequence().siteSerial());
        assertEquals(Optional.of(Region.DONGGUAN), n.region());
        assertEquals(SiteCode.parse("S000044192345"), n.siteCode());
        assertEquals(2025, n.year());
        assertEquals(SkillLevel.LEVEL_3, n.level());
        assertEquals(12345, n.serial());
        assertEquals("S000044192345253012345", n.toString());
    }

    // R-NUM-1: LENGTH at length + 1 when short, at 23 when long
    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "13,14", "21,22", "23,23", "24,23", "40,23"})
    void lengthIsReportedAfterTheEndOrAt23(int length, int position) {
        String text = (VALID + VALID).substring(0, length);
        assertRefused(text, NumberViolation.LENGTH, position);
        assertRefused(text, NumberingProfile.NATIONAL, NumberViolation.LENGTH, position);
    }

    // R-NUM-1: position 1 is an uppercase ASCII letter, the rest ASCII digits; CHARACTER at the character
    @ParameterizedTest
    @CsvSource({"1,s", "1,5", "1,Ｓ", "2,s", "3,Ｏ", "5,' '", "7,a", "9,-", "10,x", "12,٣", "14,Y", "16,A", "20,०", "22,!"})
    void characterOfTheWrongKind(int position, String character) {
        assertRefused(replace(VALID, position, character), NumberViolation.CHARACTER, position);
        assertRefused(replace(VALID, position, character), NumberingProfile.NATIONAL, NumberViolation.CHARACTER, position);
    }

    @Test
    void characterBeforeAValueInTheSamePart() {
        // R-NUM-4 province part "4x": the character is found before the value is judged
        assertRefused(replace(VALID, 6, "9x"), NumberViolation.CHARACTER, 7);
        // region part: "1" then a space
        assertRefused(replace(VALID, 8, "1 "), NumberViolation.CHARACTER, 9);
    }

    // parts are checked left to right: the first failing part is reported
    @Test
    void firstFailingPartWins() {
        assertRefused("Y000045992001256000000", NumberViolation.CATEGORY, 1);
        assertRefused("S000145992001256000000", NumberViolation.INSTITUTION_CODE, 2);
        assertRefused("S000045992001256000000", NumberViolation.PROVINCE, 6);
        assertRefused("S000044991x01256000000", NumberViolation.REGION, 8);
        assertRefused("S000044011x01256000000", NumberViolation.SITE_CATEGORY, 10);
        assertRefused("S00004401200x256000000", NumberViolation.CHARACTER, 13);
        assertRefused("S000044012001256000000", NumberViolation.LEVEL, 16);
        assertRefused("S0x0044012001256000000", NumberViolation.CHARACTER, 3);
    }

    // R-NUM-3 (category S) and R-NUM-4 (S or Y)
    @Test
    void category() {
        assertRefused(replace(VALID, 1, "Y"), NumberViolation.CATEGORY, 1);
        assertTrue(CertificateNumber.isValid(replace(VALID, 1, "Y"), NumberingProfile.NATIONAL));
        assertRefused(replace(VALID, 1, "X"), NumberingProfile.NATIONAL, NumberViolation.CATEGORY, 1);
        assertRefused(replace(VALID, 1, "A"), NumberViolation.CATEGORY, 1);
    }

    // R-NUM-4: 特级技师 numbers (2 letters + 20 digits) are named, not a generic error
    @Test
    void twoLetterSchemeIsUnsupported() {
        assertRefused("TJ00004401200125300001", NumberViolation.UNSUPPORTED_SCHEME, 2);
        assertRefused("SY00004401200125300001", NumberingProfile.NATIONAL, NumberViolation.UNSUPPORTED_SCHEME, 2);
        assertRefused(replace(VALID, 2, "A"), NumberViolation.UNSUPPORTED_SCHEME, 2);
        // lowercase is not a letter of any scheme (R-NUM-1)
        assertRefused(replace(VALID, 2, "a"), NumberViolation.CHARACTER, 2);
    }

    // R-NUM-3: 0000; R-NUM-4: 0001-9999 for bodies filed with the Ministry, 0000 with a province
    @Test
    void institutionCode() {
        assertRefused(replace(VALID, 2, "0001"), NumberViolation.INSTITUTION_CODE, 2);
        assertRefused(replace(VALID, 2, "9999"), NumberViolation.INSTITUTION_CODE, 2);
        assertTrue(CertificateNumber.isValid(replace(VALID, 2, "0001"), NumberingProfile.NATIONAL));
        assertTrue(CertificateNumber.isValid(replace(VALID, 2, "9999"), NumberingProfile.NATIONAL));
    }

    // R-NUM-3: only 44 in the Guangdong profile
    @Test
    void provinceInTheGuangdongProfile() {
        assertRefused(replace(VALID, 6, "45"), NumberViolation.PROVINCE, 6);
        assertRefused(replace(VALID, 6, "00"), NumberViolation.PROVINCE, 6);
    }

    // R-NUM-3: position 10 is 2
    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "3", "9"})
    void siteCategory(String category) {
        assertRefused(replace(VALID, 10, category), NumberViolation.SITE_CATEGORY, 10);
        assertTrue(CertificateNumber.isValid(replace(VALID, 10, category), NumberingProfile.NATIONAL));
    }

    // R-NUM-3: site serial 000-999, R-NUM-4: positions 8-13 any digits nationally
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "500", "999"})
    void siteSerial(String serial) {
        assertTrue(CertificateNumber.isValid(replace(VALID, 11, serial)));
        assertTrue(CertificateNumber.isValid(replace(VALID, 8, "99" + serial.charAt(0) + serial), NumberingProfile.NATIONAL));
    }

    // R-NUM-2: the year is any two digits
    @ParameterizedTest
    @ValueSource(strings = {"00", "19", "25", "99"})
    void year(String year) {
        assertEquals(2000 + Integer.parseInt(year), CertificateNumber.parse(replace(VALID, 14, year)).year());
    }

    // R-LVL: level codes 1-5 at position 16, every level of table 3
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyLevel(int code) {
        CertificateNumber n = CertificateNumber.parse(replace(VALID, 16, Integer.toString(code)));
        assertEquals(SkillLevel.of(code), n.level());
        assertEquals(n, CertificateNumber.of(n.siteCode(), 2025, SkillLevel.of(code), 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 7, 8, 9})
    void notALevel(int code) {
        assertRefused(replace(VALID, 16, Integer.toString(code)), NumberViolation.LEVEL, 16);
        assertRefused(replace(VALID, 16, Integer.toString(code)), NumberingProfile.NATIONAL, NumberViolation.LEVEL, 16);
    }

    // R-NUM-5: serials 000001-999999
    @Test
    void serial() {
        assertRefused(replace(VALID, 17, "000000"), NumberViolation.SERIAL, 17);
        assertRefused(replace(VALID, 17, "000000"), NumberingProfile.NATIONAL, NumberViolation.SERIAL, 17);
        assertEquals(999_999, CertificateNumber.parse(replace(VALID, 17, "999999")).serial());
    }

    // R-NUM-4: the rule's own example, site digits filled in, is a national number and not a Guangdong one
    @Test
    void nationalExampleOfTheRule() {
        // the rule prints the six site digits as letters; any six digits stand in for them
        String example = "Y000123" + "010203" + "195000001";
        CertificateNumber n = CertificateNumber.parse(example, NumberingProfile.NATIONAL);
        assertEquals('Y', n.category());
        assertEquals("0001", n.institutionCode());
        assertEquals(Province.HEILONGJIANG, n.province());
        assertEquals(2019, n.year());
        assertEquals(SkillLevel.LEVEL_5, n.level());
        assertEquals(Optional.empty(), n.region());
        assertTrue(n.conformsTo(NumberingProfile.NATIONAL));
        assertFalse(n.conformsTo(NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL));
        assertRefused(example, NumberViolation.CATEGORY, 1);
    }

    // R-NUM-2, R-NUM-5: built from parts, with scope = first 16 characters
    @Test
    void ofPartsAndScope() {
        CertificateNumber n = CertificateNumber.of(SiteCode.guangdong(Region.GUANGZHOU, 1), 2025, SkillLevel.LEVEL_3, 1);
        assertEquals(VALID, n.toString());
        assertEquals("S000044012001253", n.scope());
        assertEquals("S000044012001253000002", n.next().toString());
        assertEquals("S000044012001253999999", n.withSerial(999_999).toString());
        assertEquals(CertificateNumber.parse("S000044012001001000001"),
                CertificateNumber.of(SiteCode.guangdong(Region.GUANGZHOU, 1), 2000, SkillLevel.LEVEL_1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateNumber.of(n.siteCode(), 1999, SkillLevel.LEVEL_3, 1));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateNumber.of(n.siteCode(), 2100, SkillLevel.LEVEL_3, 1));
    }

    // R-NUM-5: running out is an error, never a wrap-around
    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void serialOutOfRangeIsRefused(int serial) {
        CertificateNumber n = CertificateNumber.parse(VALID);
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class,
                () -> CertificateNumber.of(n.siteCode(), 2025, SkillLevel.LEVEL_3, serial));
        assertEquals(NumberViolation.SERIAL, e.reason());
        assertEquals(17, e.position());
    }

    @Test
    void nextRefusesToPassTheLastSerial() {
        CertificateNumber last = CertificateNumber.parse(replace(VALID, 17, "999999"));
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class, last::next);
        assertEquals(NumberViolation.SERIAL, e.reason());
        assertEquals(17, e.position());
    }

    @Test
    void valueSemantics() {
        CertificateNumber a = CertificateNumber.parse(VALID);
        CertificateNumber b = CertificateNumber.parse(new StringBuilder(VALID));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertTrue(a.compareTo(a.next()) < 0);
        assertTrue(CertificateNumber.parse(replace(VALID, 14, "24")).compareTo(a) < 0);
        assertFalse(a.equals(VALID));
    }

    // strict parsing refuses what a person typed; normalize makes it parseable (R-NUM-1)
    @Test
    void normalizeIsSeparateFromStrictParsing() {
        String typed = "\u3000ｓ０００044012001253000001 \t";
        assertRefused(typed, NumberViolation.LENGTH, 23);
        assertEquals(VALID, CertificateNumber.normalize(typed));
        assertEquals("S0000 44", CertificateNumber.normalize(" s0000 44 "));
        assertEquals("", CertificateNumber.normalize(" \u3000 "));
        // only ASCII letters change case: no locale surprises (Turkish dotless i) and nothing else folded
        assertEquals("I", CertificateNumber.normalize("i"));
        assertEquals("ß", CertificateNumber.normalize("ß"));
    }

    @Test
    void verdictOfAValidNumber() {
        NumberVerdict verdict = CertificateNumber.check(VALID);
        assertTrue(verdict.isValid());
        assertEquals(Optional.of(CertificateNumber.parse(VALID)), verdict.number());
        assertEquals(Optional.empty(), verdict.reason());
        assertEquals(0, verdict.position());
        assertEquals(Optional.empty(), verdict.message());
        assertEquals(VALID, verdict.orElseThrow().toString());
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class,
                () -> CertificateNumber.check("x").orElseThrow());
        assertEquals(NumberViolation.LENGTH, e.reason());
        assertEquals(2, e.position());
    }

    @Test
    void aHugeInputIsKeptWholeButShortenedInTheMessage() {
        String huge = "S".repeat(100_000);
        CertificateNumberFormatException e = assertThrows(CertificateNumberFormatException.class,
                () -> CertificateNumber.parse(huge));
        assertEquals(huge, e.input());
        assertEquals(NumberViolation.LENGTH, e.reason());
        assertEquals(23, e.position());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    // every reason of the closed enum is reachable (the names are the issue's, exactly)
    @Test
    void theReasonsAreExactlyTheseTen() {
        assertEquals("[LENGTH, CHARACTER, CATEGORY, UNSUPPORTED_SCHEME, INSTITUTION_CODE, PROVINCE, REGION, "
                + "SITE_CATEGORY, LEVEL, SERIAL]", java.util.Arrays.toString(NumberViolation.values()));
    }
}
