package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.form.DemandFormContent;

class DemandFormFromTest {

    // R-STK-1, appendix 1: the workflow's demand fills the form: one stock figure, one demand; the
    // 备注 box holds the caller's remarks only (no rule ids, no formula)
    @Test
    void theFiledDemandFillsEveryCellAndTheRemarksAreTheCallers() {
        org.skillcert.core.stock.DemandForm filed = org.skillcert.core.stock.DemandForm.forYear(2027, "佛山市顺德区技工学校")
                .estimate(SkillLevel.LEVEL_5, 300)
                .estimate(SkillLevel.LEVEL_4, 200)
                .closingStock(370)
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
        assertEquals(Optional.of(370), form.closingStock());
        // 500 estimated − 370 in stock = 130
        assertEquals(Optional.of(130), form.demand());
        assertEquals("急需", form.remarks());
        assertEquals("", DemandFormContent.from(org.skillcert.core.stock.DemandForm.forYear(2027, "X")
                .filedOn(LocalDate.of(2027, 1, 2))).remarks());
    }
}
