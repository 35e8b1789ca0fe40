package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.form.DemandFormContent;

class DemandFormFromTest {

    // R-STK-1, appendix 1: the workflow's demand fills the form; the demand itself goes into the remarks
    @Test
    void theFiledDemandFillsEveryCellAndTheRemarksCarryTheDemand() {
        org.skillcert.core.stock.DemandForm filed = org.skillcert.core.stock.DemandForm.forYear(2027, "佛山市顺德区技工学校")
                .estimate(SkillLevel.LEVEL_5, 300).closingStock(SkillLevel.LEVEL_5, 120)
                .estimate(SkillLevel.LEVEL_4, 200).closingStock(SkillLevel.LEVEL_4, 250)
                .contact(new org.skillcert.core.stock.DemandForm.Contact("陈保管", "0757-1234567", "顺德区大良街道 1 号", "急需"))
                .filedOn(LocalDate.of(2027, 1, 20));

        DemandFormContent form = DemandFormContent.from(filed);

        assertEquals("佛山市顺德区技工学校", form.reportingUnit());
        assertEquals("陈保管", form.contact());
        assertEquals("0757-1234567", form.phone());
        assertEquals("顺德区大良街道 1 号", form.address());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 20)), form.date());
        assertEquals(Optional.of(300), form.estimate(SkillLevel.LEVEL_5));
        assertEquals(Optional.of(200), form.estimate(SkillLevel.LEVEL_4));
        assertEquals(Optional.of(0), form.estimate(SkillLevel.LEVEL_1));
        // demand = max(0, 300 − 120) + max(0, 200 − 250) = 180; closing stock 370
        assertEquals("急需；上年结余空白证书 370 张；需求 = 预计取证人数 − 结余（R-STK-1），合计 180 张", form.remarks());
    }
}
