package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The GB/T 2260 province list of R-NUM-4, entry by entry. */
class ProvinceTest {

    // R-NUM-4: the 31 issuing provinces, valid nationally at positions 6-7; only 44 in the Guangdong profile (R-NUM-3)
    @ParameterizedTest
    @CsvSource({"11,北京市", "12,天津市", "13,河北省", "14,山西省", "15,内蒙古自治区", "21,辽宁省", "22,吉林省",
        "23,黑龙江省", "31,上海市", "32,江苏省", "33,浙江省", "34,安徽省", "35,福建省", "36,江西省", "37,山东省",
        "41,河南省", "42,湖北省", "43,湖南省", "44,广东省", "45,广西壮族自治区", "46,海南省", "50,重庆市",
        "51,四川省", "52,贵州省", "53,云南省", "54,西藏自治区", "61,陕西省", "62,甘肃省", "63,青海省",
        "64,宁夏回族自治区", "65,新疆维吾尔自治区"})
    void everyIssuingProvince(String code, String name) {
        Province province = Province.find(code).orElseThrow();
        assertEquals(code, province.code());
        assertEquals(Integer.parseInt(code), province.numericCode());
        assertEquals(name, province.chineseName());
        assertTrue(province.issuesCertificates());
        String number = "S0000" + code + "012001253000001";
        assertEquals(province, CertificateNumber.parse(number, NumberingProfile.NATIONAL).province());
        if (province == Province.GUANGDONG) {
            assertTrue(CertificateNumber.isValid(number));
        } else {
            CertificateNumberTest.assertRefused(number, NumberViolation.PROVINCE, 6);
        }
    }

    // R-NUM-4: 71, 81, 82 exist in GB/T 2260 but issue no such certificates: PROVINCE at 6 in both profiles
    @ParameterizedTest
    @CsvSource({"71,台湾省", "81,香港特别行政区", "82,澳门特别行政区"})
    void knownButNotIssuing(String code, String name) {
        Province province = Province.find(code).orElseThrow();
        assertEquals(name, province.chineseName());
        assertEquals(false, province.issuesCertificates());
        String number = "S0000" + code + "012001253000001";
        CertificateNumberTest.assertRefused(number, NumberingProfile.NATIONAL, NumberViolation.PROVINCE, 6);
        CertificateNumberTest.assertRefused(number, NumberViolation.PROVINCE, 6);
    }

    @Test
    void theListHas34Entries() {
        assertEquals(34, Province.values().length);
        assertEquals(31, java.util.Arrays.stream(Province.values()).filter(Province::issuesCertificates).count());
    }

    static IntStream codesOutsideTheList() {
        return IntStream.range(0, 100).filter(code -> Province.find(code).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("codesOutsideTheList")
    void everyOtherCodeIsRefused(int code) {
        String number = "Y1234" + SiteSequence.pad(code, 2) + "999999253000001";
        CertificateNumberTest.assertRefused(number, NumberingProfile.NATIONAL, NumberViolation.PROVINCE, 6);
        assertEquals(Optional.empty(), Province.find(SiteSequence.pad(code, 2)));
    }

    @Test
    void textThatIsNotTwoDigits() {
        assertEquals(Optional.empty(), Province.find("4"));
        assertEquals(Optional.empty(), Province.find("444"));
        assertEquals(Optional.empty(), Province.find("４４"));
        assertEquals(Optional.empty(), Province.find(100));
    }
}
