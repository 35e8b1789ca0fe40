package org.skillcert.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.number.SkillLevel;

class CandidateResultTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final Institution SCHOOL = Institution.builder().name("佛山市顺德区技工学校").siteCode("S000044062001")
            .scope(EvaluationScope.builder()
                    .add("汽车维修工", "汽车机械维修工", SkillLevel.LEVEL_3, SkillLevel.LEVEL_4)
                    .add("电工", "--", SkillLevel.LEVEL_4, SkillLevel.LEVEL_5)
                    .build())
            .build();

    static CandidateResult.Builder good() {
        return CandidateResult.builder().name("张三").idType("居民身份证").idNumber("11010519491231002x")
                .occupation("电工").jobDirection("").level("四级/中级工").queryableOn("2026-03-02")
                .resultId("R-0001").photo("photos/R-0001.jpg");
    }

    @Test
    void goodResult() {
        CandidateResult r = good().build(SCHOOL, TODAY);
        assertEquals("张三", r.name());
        assertEquals("11010519491231002X", r.idNumber().number());
        assertEquals(IdDocumentType.RESIDENT_ID_CARD, r.idNumber().type());
        assertEquals("--", r.jobDirection().toString()); // R-CERT-4
        assertEquals(SkillLevel.LEVEL_4, r.level());
        assertEquals(LocalDate.of(2026, 3, 2), r.queryableOn());
        assertFalse(r.toString().contains("11010519491231002X"), "no ID numbers in toString");
        assertTrue(good().check(SCHOOL, TODAY).isEmpty());
    }

    // R-ISS-1, R-ID-5, R-CERT-5: every problem is listed at once, not just the first
    @Test
    void everyProblemAtOnce() {
        CandidateResult.Builder bad = CandidateResult.builder().name("张3").idType("居民身份证").idNumber("110105194912310021")
                .occupation("焊工").level("六级").queryableOn("2026-04-01").resultId("R 1").photo("");
        ResultRefusedException e = assertThrows(ResultRefusedException.class, () -> bad.build(SCHOOL, TODAY));
        assertEquals(List.of(
                new ResultProblem(ResultProblem.Field.NAME, ResultProblem.Reason.CHARACTER, 2, "R-CERT-1", ""),
                new ResultProblem(ResultProblem.Field.ID_NUMBER, ResultProblem.Reason.INVALID_ID_NUMBER, 18, "R-ID-5", ""),
                new ResultProblem(ResultProblem.Field.LEVEL, ResultProblem.Reason.UNKNOWN_VALUE, 0, "R-LVL-1", ""),
                new ResultProblem(ResultProblem.Field.QUERYABLE_DATE, ResultProblem.Reason.IN_FUTURE, 0, "R-ISS-1", ""),
                new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.CHARACTER, 2, "R-NUM-5", ""),
                new ResultProblem(ResultProblem.Field.PHOTO, ResultProblem.Reason.MISSING, 0, "R-CERT-1", "")),
                e.problems());
        assertEquals("R 1", e.resultId());
    }

    // R-CERT-5: outside the filed scope, naming which part is not filed
    @Test
    void scopeProblems() {
        assertEquals(ResultProblem.Field.OCCUPATION, only(good().occupation("焊工")).field());
        assertEquals(ResultProblem.Field.JOB_DIRECTION, only(good().jobDirection("维修电工")).field());
        ResultProblem level = only(good().level("三级"));
        assertEquals(ResultProblem.Field.LEVEL, level.field());
        assertEquals(ResultProblem.Reason.OUTSIDE_FILED_SCOPE, level.reason());
        assertEquals("R-CERT-5", level.ruleId());
        assertTrue(good().occupation("汽车维修工").jobDirection("汽车机械维修工").level(SkillLevel.LEVEL_3)
                .check(SCHOOL, TODAY).isEmpty());
    }

    @Test
    void missingAndMalformedFields() {
        List<ResultProblem> problems = CandidateResult.builder().check(SCHOOL, TODAY);
        assertEquals(7, problems.size()); // the ID number is not checked without a type
        assertTrue(problems.stream().allMatch(p -> p.reason() == ResultProblem.Reason.MISSING));
        assertEquals(ResultProblem.Reason.UNKNOWN_VALUE, only(good().idType("驾驶证")).reason());
        ResultProblem date = only(good().queryableOn("2026-3-02"));
        assertEquals(ResultProblem.Reason.CHARACTER, date.reason());
        assertEquals(6, date.position());
        assertEquals(ResultProblem.Reason.TOO_LONG, only(good().resultId("R".repeat(65))).reason());
        assertTrue(good().name("阿卜杜·热合曼").check(SCHOOL, TODAY).isEmpty());
        assertTrue(good().name("John Smith").idType(IdDocumentType.PASSPORT).idNumber("E12345678")
                .check(SCHOOL, TODAY).isEmpty());
    }

    private static ResultProblem only(CandidateResult.Builder b) {
        List<ResultProblem> problems = b.check(SCHOOL, TODAY);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    // issue 10: "-", "-A", "-李四" were accepted as holder names; a name starts with a letter
    @Test
    void aHolderNameStartsWithALetter() {
        for (String name : new String[] {"-", "-A", "-李四", "·李四", ".A", "=1+2", "@A"}) {
            List<ResultProblem> problems = good().name(name).check(SCHOOL, TODAY);
            assertEquals(List.of(new ResultProblem(ResultProblem.Field.NAME, ResultProblem.Reason.CHARACTER, 1, "R-CERT-1", "")),
                    problems, name);
        }
        for (String name : new String[] {"李四", "阿依古丽·买买提", "Jean-Luc Picard", "J. Smith"}) {
            assertTrue(good().name(name).check(SCHOOL, TODAY).isEmpty(), name);
        }
    }
}
