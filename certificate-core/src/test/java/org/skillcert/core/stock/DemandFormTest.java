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

    // R-STK-1 (§2): estimates per level, ONE stock figure (blank sheets carry no level), one demand;
    // 580 estimated − 370 in stock = 210 (the old per-level arithmetic gave 260)
    @Test
    void appendixOneFigures() {
        DemandForm form = DemandForm.forYear(2026, "佛山市顺德区技工学校")
                .estimate(SkillLevel.LEVEL_5, 300)
                .estimate(SkillLevel.LEVEL_4, 200)
                .estimate(SkillLevel.LEVEL_3, 80)
                .closingStock(370)
                .contact(new DemandForm.Contact("陈保管", "0757-12345678", "佛山市顺德区", ""))
                .filedOn(LocalDate.of(2026, 1, 20));
        assertEquals("陈保管", form.contact().person());
        assertEquals(DemandForm.Contact.BLANK, DemandForm.forYear(2026, "X").filedOn(LocalDate.of(2026, 1, 1)).contact());
        assertEquals(SkillLevel.LEVEL_5, form.rows().get(0).level());
        assertEquals(SkillLevel.LEVEL_1, form.rows().get(4).level());
        assertEquals(300, form.row(SkillLevel.LEVEL_5).estimate());
        assertEquals(0, form.row(SkillLevel.LEVEL_1).estimate());
        assertEquals(580, form.totalEstimate());
        assertEquals(370, form.closingStock());
        assertEquals(210, form.demand());
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

    // R-STK-1: demand = max(0, sum of estimates - the one stock figure), whatever the split over levels
    @Test
    void demandNeverNegative() {
        Property.forAll("demand = max(0, total estimate - stock)", 2_000,
                r -> new int[] {r.nextInt(500), r.nextInt(500), r.nextInt(500), r.nextInt(500), r.nextInt(500), r.nextInt(2500)},
                c -> {
                    DemandForm.Builder b = DemandForm.forYear(2026, "X").closingStock(c[5]);
                    int total = 0;
                    for (SkillLevel level : SkillLevel.reportOrder()) {
                        b.estimate(level, c[level.code() - 1]);
                        total += c[level.code() - 1];
                    }
                    DemandForm f = b.filedOn(LocalDate.of(2026, 1, 1));
                    assertEquals(total, f.totalEstimate());
                    assertEquals(Math.max(0, total - c[5]), f.demand());
                    assertTrue(f.demand() >= 0);
                });
        assertThrows(IllegalArgumentException.class, () -> DemandForm.forYear(2026, "X").closingStock(-1));
    }
}
