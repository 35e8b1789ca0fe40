package org.skillcert.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillcert.core.identity.IdNumberException.Reason;
import org.skillcert.testing.Property;

class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** The MOD 11-2 weights of positions 1-17, as R-ID-1 lists them. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The check character for each weighted sum mod 11, as R-ID-1 lists them. */
    private static final String CHECK_FOR_REMAINDER = "10X98765432";

    /**
     * Builds a valid 18-character number from its first 17 digits with the test's own MOD 11-2,
     * written from the rule's tables, so that the inputs do not come from the code under test.
     */
    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK_FOR_REMAINDER.charAt(sum % 11);
    }

    private static IdNumberException refused(IdDocumentType type, String text) {
        return assertThrows(IdNumberException.class, () -> IdNumber.parse(type, text, TODAY));
    }

    // R-ID-1: the GB 11643 example number, check character X
    @Test
    void residentIdExampleFromTheStandard() {
        IdNumber id = IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", TODAY);
        assertEquals("11010519491231002X", id.toString());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate().orElseThrow());
        assertEquals(Sex.FEMALE, id.sex().orElseThrow());
    }

    // R-ID-1, R-ID-2, R-ID-3: numbers whose check character was worked out by hand (weighted sum
    // mod 11), one for each remainder class that matters: X, 0 and digits
    @ParameterizedTest
    @CsvSource({
        "11010519491231002X,RESIDENT_ID_CARD,1949-12-31",
        "440106200503011230,RESIDENT_ID_CARD,2005-03-01",
        "440106190001010012,RESIDENT_ID_CARD,1900-01-01",
        "810000199001010027,HMT_RESIDENCE_PERMIT,1990-01-01",
        "820000199511200033,HMT_RESIDENCE_PERMIT,1995-11-20",
        "83000020000229004X,HMT_RESIDENCE_PERMIT,2000-02-29",
        "94484019850615001X,FOREIGN_PERMANENT_RESIDENT_ID,1985-06-15",
        "933100200107070088,FOREIGN_PERMANENT_RESIDENT_ID,2001-07-07",
    })
    void knownGoodNumbers(String number, IdDocumentType type, LocalDate birth) {
        assertEquals(number.charAt(17), IdNumber.checkCharacter(number.substring(0, 17)));
        assertEquals(number, withCheck(number.substring(0, 17)), "the test's own MOD 11-2 agrees with the hand sum");
        IdNumber id = IdNumber.parse(type, number, TODAY);
        assertEquals(number, id.number());
        assertEquals(birth, id.birthDate().orElseThrow());
    }

    // R-ID-1: checkCharacter agrees with the test's own MOD 11-2 on random digits (property)
    @Test
    void checkCharacterAgreesWithAnIndependentMod112() {
        Property.forAll("checkCharacter is MOD 11-2", 5_000, r -> {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                digits.append((char) ('0' + r.nextInt(10)));
            }
            return digits.toString();
        }, first17 -> assertEquals(withCheck(first17).charAt(17), IdNumber.checkCharacter(first17), first17));
    }

    // R-ID-1: lower-case x is normalised to X; surrounding white space is ignored
    @Test
    void lowerCaseXIsNormalised() {
        IdNumber id = IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, " 11010519491231002x ", TODAY);
        assertEquals("11010519491231002X", id.number());
        assertEquals(IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", TODAY), id);
    }

    // R-ID-1: sex from the 17th digit, odd = male
    @Test
    void sexFromSeventeenthDigit() {
        IdNumber male = IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, withCheck("44010620000101001"), TODAY);
        assertEquals(Sex.MALE, male.sex().orElseThrow());
        assertEquals(LocalDate.of(2000, 1, 1), male.birthDate().orElseThrow());
    }

    // R-ID-1 / R-ID-5: each failing check names its reason and 1-based position
    @ParameterizedTest
    @CsvSource({
        "4401062000010100,LENGTH,0",
        "440106200001010011,CHECK_CHARACTER,18",
        "44010620000101001A,CHARACTER,18",
        "4401062000010100１X,CHARACTER,17",
        "44O106200001010011,CHARACTER,3",
        "990106200001010011,REGION,1",
        "440106200002300011,BIRTH_DATE,7",
        "440106202701010011,BIRTH_DATE,7",
    })
    void residentIdRefusals(String text, Reason reason, int position) {
        IdNumberException e = refused(IdDocumentType.RESIDENT_ID_CARD, text);
        assertEquals(reason, e.reason());
        assertEquals(position, e.position());
        assertEquals(text, e.input());
        assertEquals(IdDocumentType.RESIDENT_ID_CARD, e.type());
    }

    // R-ID-1: birth dates before 1900-01-01 are refused even with a matching check character
    // (check characters computed by hand with MOD 11-2, not with the code under test)
    @ParameterizedTest
    @CsvSource({
        "440106000001010012,RESIDENT_ID_CARD",
        "440106180001010013,RESIDENT_ID_CARD",
        "440106189912310018,RESIDENT_ID_CARD",
        "810000189912310013,HMT_RESIDENCE_PERMIT",
        "944840185006150010,FOREIGN_PERMANENT_RESIDENT_ID",
    })
    void birthDateBefore1900IsRefused(String number, IdDocumentType type) {
        IdNumberException e = refused(type, number);
        assertEquals(Reason.BIRTH_DATE, e.reason());
        assertEquals(7, e.position());
    }

    // R-ID-1: 1900-01-01 is the earliest birth date accepted
    @Test
    void birthDate1900IsAccepted() {
        IdNumber id = IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, "440106190001010012", TODAY);
        assertEquals(LocalDate.of(1900, 1, 1), id.birthDate().orElseThrow());
    }

    // R-ID-1: the check character catches every single-digit change (property)
    @Test
    void everySingleDigitChangeIsCaught() {
        Property.forAll("a changed digit fails the MOD 11-2 check", 5_000, IdNumberTest::randomResidentId, id -> {
            Random r = new Random(id.hashCode());
            int at = r.nextInt(17);
            char old = id.charAt(at);
            char changed = (char) ('0' + (old - '0' + 1 + r.nextInt(9)) % 10);
            String bad = id.substring(0, at) + changed + id.substring(at + 1);
            IdNumberException e = refused(IdDocumentType.RESIDENT_ID_CARD, bad);
            // a change may also break the province or the date, which are checked first
            assertTrue(e.reason() == Reason.CHECK_CHARACTER || e.reason() == Reason.BIRTH_DATE
                    || e.reason() == Reason.REGION, e.reason()::toString);
            assertEquals(id, IdNumber.parse(IdDocumentType.RESIDENT_ID_CARD, id, TODAY).number());
        });
    }

    static String randomResidentId(Random r) {
        String[] provinces = {"11", "31", "44", "65", "71"};
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(30_000));
        String first17 = provinces[r.nextInt(provinces.length)] + String.format("%04d", r.nextInt(10_000))
                + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        return withCheck(first17);
    }

    // R-ID-1/R-ID-2: 81, 82 and 83 are all 港澳台居民居住证 numbers: refused alike as 居民身份证 (REGION at
    // position 1, naming the right type), accepted alike as HMT_RESIDENCE_PERMIT
    @Test
    void eightyOneTwoThreeAreResidencePermitsAlike() {
        for (String prefix : new String[] {"81", "82", "83"}) {
            String number = withCheck(prefix + "000019900101002");
            IdNumberException e = refused(IdDocumentType.RESIDENT_ID_CARD, number);
            assertEquals(Reason.REGION, e.reason(), prefix);
            assertEquals(1, e.position(), prefix);
            assertTrue(e.getMessage().contains("港澳台居民居住证") && e.getMessage().contains("HMT_RESIDENCE_PERMIT"),
                    e.getMessage());
            assertEquals(number, IdNumber.parse(IdDocumentType.HMT_RESIDENCE_PERMIT, number, TODAY).number());
        }
        // other codes of those prefixes are no permit either
        assertEquals(Reason.REGION, refused(IdDocumentType.HMT_RESIDENCE_PERMIT, withCheck("81010119900101002")).reason());
    }

    // R-ID-2: residence permits use address codes 810000, 820000, 830000 and the same check
    @Test
    void residencePermit() {
        for (String code : new String[] {"810000", "820000", "830000"}) {
            IdNumber id = IdNumber.parse(IdDocumentType.HMT_RESIDENCE_PERMIT, withCheck(code + "19900101002"), TODAY);
            assertEquals(LocalDate.of(1990, 1, 1), id.birthDate().orElseThrow());
            assertEquals(Sex.FEMALE, id.sex().orElseThrow());
        }
        IdNumberException e = refused(IdDocumentType.HMT_RESIDENCE_PERMIT, withCheck("44010619900101002"));
        assertEquals(Reason.REGION, e.reason());
        assertEquals(1, e.position());
        String wrongCheck = "81000019900101002" + (IdNumber.checkCharacter("81000019900101002") == '0' ? '1' : '0');
        assertEquals(Reason.CHECK_CHARACTER, refused(IdDocumentType.HMT_RESIDENCE_PERMIT, wrongCheck).reason());
    }

    // R-ID-3: the 2023 foreign permanent resident ID and the older 15-character form
    @Test
    void foreignPermanentResident() {
        IdNumber id = IdNumber.parse(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, withCheck("94484019850615001"), TODAY);
        assertEquals(LocalDate.of(1985, 6, 15), id.birthDate().orElseThrow());
        assertTrue(id.sex().isEmpty());
        assertEquals("USA123456789012",
                IdNumber.parse(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "usa123456789012", TODAY).number());
        assertTrue(IdNumber.parse(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "USA123456789012", TODAY)
                .birthDate().isEmpty());

        IdNumberException notNine = refused(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, withCheck("84484019850615001"));
        assertEquals(Reason.CHARACTER, notNine.reason());
        assertEquals(1, notNine.position());
        IdNumberException province = refused(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, withCheck("99984019850615001"));
        assertEquals(Reason.REGION, province.reason());
        assertEquals(2, province.position());
        IdNumberException date = refused(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, withCheck("94484019851315001"));
        assertEquals(Reason.BIRTH_DATE, date.reason());
        IdNumberException letters = refused(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "US1123456789012");
        assertEquals(Reason.CHARACTER, letters.reason());
        assertEquals(3, letters.position());
        assertEquals(Reason.LENGTH, refused(IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID, "USA12345678901").reason());
    }

    // R-ID-4: travel permits and passports, no check characters
    @Test
    void permitsAndPassports() {
        assertEquals("H12345678", IdNumber.parse(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "h12345678", TODAY).number());
        assertEquals("M1234567801", IdNumber.parse(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "M1234567801", TODAY).number());
        IdNumberException first = refused(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "X12345678");
        assertEquals(Reason.CHARACTER, first.reason());
        assertEquals(1, first.position());
        assertEquals(Reason.LENGTH, refused(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "H123456789").reason());
        assertEquals(5, refused(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "H123A5678").position());

        assertEquals("12345678", IdNumber.parse(IdDocumentType.TAIWAN_TRAVEL_PERMIT, "12345678", TODAY).number());
        assertEquals(Reason.LENGTH, refused(IdDocumentType.TAIWAN_TRAVEL_PERMIT, "1234567").reason());
        assertEquals(8, refused(IdDocumentType.TAIWAN_TRAVEL_PERMIT, "1234567B").position());

        assertEquals("E12345678", IdNumber.parse(IdDocumentType.PASSPORT, "e12345678", TODAY).number());
        assertEquals(Reason.LENGTH, refused(IdDocumentType.PASSPORT, "E123").reason());
        assertEquals(Reason.LENGTH, refused(IdDocumentType.PASSPORT, "E12345678901234567").reason());
        IdNumberException dash = refused(IdDocumentType.PASSPORT, "E1234-678");
        assertEquals(Reason.CHARACTER, dash.reason());
        assertEquals(6, dash.position());
        assertTrue(IdNumber.parse(IdDocumentType.PASSPORT, "E12345678", TODAY).birthDate().isEmpty());
    }

    // R-ID-5: check() reports the refusal without throwing, and never accepts a bad number
    @Test
    void checkWithoutThrowing() {
        assertTrue(IdNumber.check(IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", TODAY).isValid());
        assertEquals(Reason.CHECK_CHARACTER,
                IdNumber.check(IdDocumentType.RESIDENT_ID_CARD, "110105194912310021", TODAY).reason().orElseThrow());
        assertFalse(IdNumber.check(IdDocumentType.PASSPORT, "", TODAY).isValid());
    }

    @Test
    void documentTypeNames() {
        assertEquals(IdDocumentType.RESIDENT_ID_CARD, IdDocumentType.find("居民身份证").orElseThrow());
        assertEquals(IdDocumentType.RESIDENT_ID_CARD, IdDocumentType.find("身份证").orElseThrow());
        assertEquals(IdDocumentType.PASSPORT, IdDocumentType.find("passport").orElseThrow());
        assertEquals(IdDocumentType.TAIWAN_TRAVEL_PERMIT, IdDocumentType.find("台湾居民来往大陆通行证").orElseThrow());
        assertEquals("Foreign Permanent Resident ID Card", IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID.englishName());
        assertTrue(IdDocumentType.find("驾驶证").isEmpty());
    }
}
