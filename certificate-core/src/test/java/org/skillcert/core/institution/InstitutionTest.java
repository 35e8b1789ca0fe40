package org.skillcert.core.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillcert.core.number.CertificateNumberFormatException;
import org.skillcert.core.number.Region;
import org.skillcert.core.number.SkillLevel;

class InstitutionTest {

    // R-CERT-3: each forbidden word is refused, naming the word (the longest at that place) and its position
    @ParameterizedTest
    @CsvSource({
        "中华人民共和国某某学院,中华人民共和国,1",
        "某某中国学院,中国,3",
        "中华技工学校,中华,1",
        "国家技师学院,国家,1",
        "全国汽修学校,全国,1",
        "佛山市广东技工学校,广东,4",
        "广东省技师学院,广东省,1",
        "某某职业资格评价中心,职业资格,3",
        "某某人员资格评价中心,人员资格,3",
        // traditional forms are refused as their simplified word
        "中國技工學校,中国,1",
        "中華技工學校,中华,1",
        "某某國家技師學院,国家,3",
        "全國汽修學校,全国,1",
        "佛山市廣東技工學校,广东,4",
        "廣東省技師學院,广东省,1",
        "某某職業資格評價中心,职业资格,3",
        "某某人員資格評價中心,人员资格,3",
        "中華人民共和國某某學院,中华人民共和国,1",
        "某某广東学校,广东,3",
    })
    void forbiddenWords(String name, String word, int position) {
        InstitutionNameException e = assertThrows(InstitutionNameException.class, () -> InstitutionName.of(name));
        assertEquals(InstitutionNameException.Reason.FORBIDDEN_WORD, e.reason());
        assertEquals(word, e.word());
        assertEquals(position, e.position());
        assertEquals(name, e.input());
    }

    // R-CERT-3: compatibility forms are compared after NFKC (U+2F08 KANGXI RADICAL MAN is 人)
    @Test
    void compatibilityFormsAreNormalisedBeforeTheCheck() {
        InstitutionNameException e = assertThrows(InstitutionNameException.class,
                () -> InstitutionName.check("某某\u2F08员资格中心").orElseThrow());
        assertEquals(InstitutionNameException.Reason.FORBIDDEN_WORD, e.reason());
        assertEquals("人员资格", e.word());
        assertEquals(3, e.position());
    }

    // R-CERT-3: space, control and format characters inside a name would split a forbidden word
    // and flow into the seal text, so they are refused at their position
    @Test
    void whiteSpaceControlAndFormatCharactersAreRefused() {
        Map<String, Integer> cases = Map.of(
                "中 国技工学校", 2,
                "中\u00ADA国技工学校", 2,
                "广州市\t技工学校", 4,
                "广州市技工学校\n分校", 8,
                "广州市\u3000技工学校", 4,
                "广州市\u00A0技工学校", 4,
                "广州\u200B市技工学校", 3,
                "中\u200D国技工学校", 2);
        cases.forEach((name, position) -> {
            InstitutionNameException e = assertThrows(InstitutionNameException.class, () -> InstitutionName.of(name));
            assertEquals(InstitutionNameException.Reason.CHARACTER, e.reason(), name);
            assertEquals(position, e.position(), name);
            assertEquals(name, e.input());
        });
    }

    // R-CERT-3: the first forbidden word by position is named, and a filed name without one is kept verbatim
    @Test
    void acceptedNameIsPrintedAsFiled() {
        assertEquals(7, InstitutionName.check("某某技工学校国家级分校（中国）").position());
        InstitutionName name = InstitutionName.of(" 佛山市顺德区技工学校（北滘分校） ");
        assertEquals("佛山市顺德区技工学校（北滘分校）", name.toString());
        assertEquals("佛山市顺德区技工学校（北滘分校）职业技能等级认定专用章", name.sealText());
        assertEquals(InstitutionNameException.Reason.BLANK, InstitutionName.check("  ").reason().orElseThrow());
        assertEquals(Optional.empty(), InstitutionName.check("广州市工贸技师学院").reason());
    }

    static EvaluationScope scope() {
        return EvaluationScope.builder()
                .add("汽车维修工", "汽车机械维修工", SkillLevel.LEVEL_3, SkillLevel.LEVEL_4, SkillLevel.LEVEL_5)
                .add("电工", "", SkillLevel.LEVEL_4, SkillLevel.LEVEL_5)
                .build();
    }

    // R-CERT-5: only filed occupation + job/direction + level combinations may be certified
    @Test
    void evaluationScope() {
        EvaluationScope s = scope();
        assertTrue(s.permits("汽车维修工", JobDirection.of("汽车机械维修工"), SkillLevel.LEVEL_3));
        assertEquals(Optional.of(EvaluationScope.Gap.LEVEL_NOT_FILED),
                s.check("汽车维修工", JobDirection.of("汽车机械维修工"), SkillLevel.LEVEL_2));
        assertEquals(Optional.of(EvaluationScope.Gap.JOB_DIRECTION_NOT_FILED),
                s.check("汽车维修工", JobDirection.of("汽车电器维修工"), SkillLevel.LEVEL_3));
        assertEquals(Optional.of(EvaluationScope.Gap.OCCUPATION_NOT_FILED),
                s.check("焊工", JobDirection.NONE, SkillLevel.LEVEL_5));
        assertTrue(s.permits("电工", JobDirection.of("--"), SkillLevel.LEVEL_5));
        assertFalse(s.permits("电工", JobDirection.of("维修电工"), SkillLevel.LEVEL_5));
        assertEquals(2, s.entries().size());
        assertThrows(IllegalStateException.class, () -> EvaluationScope.builder().build());
    }

    // R-CERT-4: no job/direction reads "--", never blank
    @Test
    void noJobDirectionReadsDashes() {
        assertEquals("--", JobDirection.of("").toString());
        assertEquals("--", JobDirection.of("  ").toString());
        assertEquals("--", JobDirection.of("——").toString());
        assertTrue(JobDirection.of("--").isNone());
        assertEquals("汽车机械维修工", JobDirection.of(" 汽车机械维修工 ").toString());
    }

    // R-CERT-1: query addresses default to jndj / pjjg and are configurable; R-CERT-3 via the builder
    @Test
    void institution() {
        Institution i = Institution.builder().name("佛山市顺德区技工学校").siteCode("S000044062001").scope(scope()).build();
        assertEquals(Region.FOSHAN, i.region().orElseThrow());
        assertEquals("S000044062001", i.siteCode().toString());
        assertEquals(URI.create("http://jndj.osta.org.cn"), i.certificateQueryUrl());
        assertEquals(URI.create("http://pjjg.osta.org.cn"), i.institutionQueryUrl());
        assertEquals("佛山市顺德区技工学校职业技能等级认定专用章", i.sealText());
        assertTrue(i.mayCertify("电工", JobDirection.NONE, SkillLevel.LEVEL_4));
        Institution other = Institution.builder().name("某某学校").siteCode("S000044012001").scope(scope())
                .certificateQueryUrl(URI.create("https://example.test/q")).build();
        assertEquals(URI.create("https://example.test/q"), other.certificateQueryUrl());
        assertThrows(InstitutionNameException.class, () -> Institution.builder().name("广东省某学校"));
        assertThrows(CertificateNumberFormatException.class, () -> Institution.builder().siteCode("S00004406200"));
    }

    // issue 10, CSV injection: a name Excel reads as a formula is refused at position 1, like holder names
    @Test
    void namesStartWithALetterOrDigit() {
        for (String name : new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-1+2", "@SUM(1+1)", "-", "（广州）技工学校"}) {
            InstitutionNameException e = assertThrows(InstitutionNameException.class, () -> InstitutionName.of(name));
            assertEquals(InstitutionNameException.Reason.CHARACTER, e.reason(), name);
            assertEquals(1, e.position(), name);
        }
        assertEquals("3D打印技工学校", InstitutionName.of("3D打印技工学校").toString());
        assertEquals("广州市技工学校（南沙校区）", InstitutionName.of("广州市技工学校（南沙校区）").toString());
    }

    // issue 10: occupation and job/direction of the filed scope are checked like names (R-CERT-5)
    @Test
    void scopeNamesStartWithALetterOrDigitAndHaveNoInvisibleCharacters() {
        String[][] refused = {
            {"+cmd", "--"}, {"@SUM(1+1)", "--"}, {"=1+2", "--"}, {"电工", "-1+2"}, {"电工 ", "=A1"},
            {"电\u202E工", "--"}, {"电工", "维修\u200B工"}, {"电工\t维修", "--"},
        };
        for (String[] r : refused) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EvaluationScope.builder().add(r[0], r[1], SkillLevel.LEVEL_4), r[0] + "|" + r[1]);
            assertTrue(e.getMessage().contains("at position"), e.getMessage());
        }
        EvaluationScope fine = EvaluationScope.builder().add("电工", "--", SkillLevel.LEVEL_4)
                .add("电工", "-", SkillLevel.LEVEL_5).add("电子商务师", "跨境电商（B2B）", SkillLevel.LEVEL_3)
                .add("3D打印设备操作员", "", SkillLevel.LEVEL_4).build();
        assertEquals(4, fine.entries().size());
    }
}
