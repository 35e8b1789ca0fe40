package org.skillcert.core.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillcert.core.identity.IdNumber;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.number.SkillLevel;

/** The institution and rosters the office tests share. */
final class Roster {
    static final Institution SCHOOL = Institution.builder().name("佛山市顺德区技工学校").siteCode("S000044062001")
            .scope(EvaluationScope.builder()
                    .add("电工", "--", SkillLevel.LEVEL_3, SkillLevel.LEVEL_4, SkillLevel.LEVEL_5)
                    .add("汽车维修工", "汽车机械维修工", SkillLevel.LEVEL_3, SkillLevel.LEVEL_4)
                    .build())
            .build();
    static final LocalDate QUERYABLE = LocalDate.of(2026, 6, 1);
    private static final String SURNAMES = "张王李赵陈刘杨黄周吴";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏";

    private Roster() {
    }

    /** A valid resident ID number, different for every i. */
    static String idNumber(int i) {
        String first17 = "440606" + LocalDate.of(1990, 1, 1).plusDays(i).toString().replace("-", "") + "001";
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String name(int i) {
        return "" + SURNAMES.charAt(i % 10) + GIVEN.charAt(i / 10 % GIVEN.length()) + GIVEN.charAt(i % GIVEN.length());
    }

    /**
     * Result i (1-based): i % 3 == 0 is 电工 level 5, == 1 电工 level 4, == 2 汽车维修工/汽车机械维修工 level 3.
     */
    static CandidateResult.Builder result(int i) {
        CandidateResult.Builder b = CandidateResult.builder().name(name(i)).idType("居民身份证").idNumber(idNumber(i))
                .queryableOn(QUERYABLE).resultId(String.format("R2026-%04d", i)).photo("photos/" + i + ".jpg");
        switch (i % 3) {
            case 0:
                return b.occupation("电工").jobDirection("").level(SkillLevel.LEVEL_5);
            case 1:
                return b.occupation("电工").jobDirection("--").level(SkillLevel.LEVEL_4);
            default:
                return b.occupation("汽车维修工").jobDirection("汽车机械维修工").level(SkillLevel.LEVEL_3);
        }
    }

    /** Results 1..n, all valid. */
    static List<CandidateResult.Builder> valid(int n) {
        List<CandidateResult.Builder> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(result(i));
        }
        return rows;
    }
}
