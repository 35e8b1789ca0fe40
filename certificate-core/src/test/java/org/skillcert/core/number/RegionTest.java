package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Table R-REG, entry by entry, and every code outside it. */
class RegionTest {

    // R-REG: each of the 22 codes with its name (table 2 of the guideline), valid at positions 8-9
    @ParameterizedTest
    @CsvSource({"00,广东省省本级", "01,广州市", "02,韶关市", "03,深圳市", "04,珠海市", "05,汕头市", "06,佛山市",
        "07,江门市", "08,湛江市", "09,茂名市", "12,肇庆市", "13,惠州市", "14,梅州市", "15,汕尾市", "16,河源市",
        "17,阳江市", "18,清远市", "19,东莞市", "20,中山市", "51,潮州市", "52,揭阳市", "53,云浮市"})
    void everyRegionOfTheTable(String code, String name) {
        Region region = Region.find(Integer.parseInt(code)).orElseThrow();
        assertEquals(code, region.code());
        assertEquals(name, region.chineseName());
        assertEquals("44" + code + "00", region.divisionCode());
        CertificateNumber n = CertificateNumber.parse("S000044" + code + "2001253000001");
        assertEquals(Optional.of(region), n.region());
        assertEquals(n.siteCode(), SiteCode.guangdong(region, 1));
    }

    @Test
    void theTableHasExactly22Entries() {
        assertEquals(22, Region.values().length);
    }

    static IntStream codesOutsideTheTable() {
        return IntStream.range(0, 100).filter(code -> Region.find(code).isEmpty());
    }

    // R-REG: no other value is valid in the Guangdong profile (10 and 11 are not used); REGION at 8
    @ParameterizedTest
    @MethodSource("codesOutsideTheTable")
    void everyOtherCodeIsRefused(int code) {
        String number = "S000044" + SiteSequence.pad(code, 2) + "2001253000001";
        CertificateNumberTest.assertRefused(number, NumberViolation.REGION, 8);
        // nationally positions 8-13 are the province's to assign
        assertTrue(CertificateNumber.isValid(number, NumberingProfile.NATIONAL));
        assertEquals(Optional.empty(), CertificateNumber.parse(number, NumberingProfile.NATIONAL).region());
    }

    @Test
    void codesOutsideAreEmpty() {
        assertEquals(78, codesOutsideTheTable().count());
        assertEquals(Optional.empty(), Region.find(10));
        assertEquals(Optional.empty(), Region.find(11));
        assertEquals(Optional.empty(), Region.find(-1));
        assertEquals(Optional.empty(), Region.find(100));
    }
}
