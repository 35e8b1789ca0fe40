package org.skillcert.core.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.testing.Property;

class DemandFormTest {

    // R-STK-1: demand = max(0, estimate - stock) per level, totals, rows in R-LVL-2 order, due 25 January
    @Test
    void appendixOneFigures() {
        DemandForm form = DemandForm.forYear(2026, "佛山市顺德区技工学校")
                .estimate(SkillLevel.LEVEL_5, 300).closingStock(SkillLevel.LEVEL_5, 120)
                .estimate(SkillLevel.LEVEL_4, 200).closingStock(SkillLevel.LEVEL_4, 250)
                .estimate(SkillLevel.LEVEL_3, 80)
                .contact(new DemandForm.Contact("陈保管", "0757-12345678", "佛山市顺德区", ""))
                .filedOn(LocalDate.of(2026, 1, 20));
        assertEquals("陈保管", form.contact().person());
        assertEquals(DemandForm.Contact.BLANK, DemandForm.forYear(2026, "X").filedOn(LocalDate.of(2026, 1, 1)).contact());
        assertEquals(SkillLevel.LEVEL_5, form.rows().get(0).level());
        assertEquals(SkillLevel.LEVEL_1, form.rows().get(4).level());
        assertEquals(180, form.row(SkillLevel.LEVEL_5).demand());
        assertEquals(0, form.row(SkillLevel.LEVEL_4).demand());
        assertEquals(80, form.row(SkillLevel.LEVEL_3).demand());
        assertEquals(0, form.row(SkillLevel.LEVEL_1).demand());
        assertEquals(580, form.totalEstimate());
        assertEquals(370, form.totalClosingStock());
        assertEquals(260, form.totalDemand());
        assertEquals(LocalDate.of(2026, 1, 25), form.dueDate());
        assertFalse(form.isLate());
        assertTrue(form.lateWarning().isEmpty());
    }

    // R-STK-1: filed after 25 January gives a warning; on the 25th it does not
    @Test
    void lateFiling() {
        assertFalse(DemandForm.forYear(2026, "X").filedOn(LocalDate.of(2026, 1, 25)).isLate());
        DemandForm late = DemandForm.forYear(2026, "X").filedOn(LocalDate.of(2026, 1, 26));
        assertTrue(late.isLate());
        assertTrue(late.lateWarning().orElseThrow().contains("2026-01-25"));
        assertThrows(IllegalArgumentException.class, () -> DemandForm.forYear(2026, "X").estimate(SkillLevel.LEVEL_1, -1));
    }

    // R-STK-1: demand is never negative and never below estimate - stock
    @Test
    void demandNeverNegative() {
        Property.forAll("demand = max(0, estimate - stock)", 2_000, r -> new int[] {r.nextInt(1000), r.nextInt(1000)}, c -> {
            DemandForm f = DemandForm.forYear(2026, "X").estimate(SkillLevel.LEVEL_2, c[0]).closingStock(SkillLevel.LEVEL_2, c[1])
                    .filedOn(LocalDate.of(2026, 1, 1));
            assertEquals(Math.max(0, c[0] - c[1]), f.row(SkillLevel.LEVEL_2).demand());
            assertEquals(f.row(SkillLevel.LEVEL_2).demand(), f.totalDemand());
        });
    }
}
