package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.form.ProofContent;

class ProofContentFromTest {

    // R-ISS-2, appendix 4: the workflow's proof fills every field of the printed proof
    @Test
    void theWorkflowsProofFillsEveryField() {
        ReplacementProof proof = new ReplacementProof("A-17", "张三", "居民身份证", "440606199001060018", "电工", "--",
                "四级/中级工", "S000044062001264000007", "佛山市顺德区技工学校", "佛山市顺德区技工学校职业技能等级认定专用章",
                LocalDate.of(2026, 6, 17), false, ReplacementProof.NOTES);

        ProofContent content = ProofContent.from(proof).build();

        assertEquals("张三", content.holderName());
        assertEquals("居民身份证", content.idTypeChinese());
        assertEquals("440606199001060018", content.idNumber());
        assertEquals("电工", content.occupation());
        assertEquals("--", content.job());
        assertEquals(Optional.of(SkillLevel.LEVEL_4), content.level());
        assertEquals("S000044062001264000007", content.certificateNumber());
        assertEquals("佛山市顺德区技工学校", content.institutionName());
        assertEquals(Optional.of(LocalDate.of(2026, 6, 17)), content.date());
    }
}
