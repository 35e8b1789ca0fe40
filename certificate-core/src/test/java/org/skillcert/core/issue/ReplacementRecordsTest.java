package org.skillcert.core.issue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReplacementRecordsTest {

    private static final String ID = "11010519491231002X";

    // R-ISS-2 forms; house rule: no ID numbers in logs, and a record's toString ends up in logs
    @Test
    void applicationToStringLeavesOutTheIdNumber() {
        ReplacementApplication a = new ReplacementApplication("APP-1", "张三", ID, "S000000000000000000001",
                ReplacementApplication.Matter.LOST, ReplacementApplication.Delivery.COLLECT, null, "",
                LocalDate.of(2026, 3, 2));
        assertFalse(a.toString().contains("110105194912"), a.toString());
        assertTrue(a.toString().contains("APP-1"), a.toString());
    }

    // R-ISS-2
    @Test
    void proofToStringLeavesOutTheIdNumber() {
        ReplacementProof p = new ReplacementProof("APP-1", "张三", "居民身份证", ID, "电工", "--", "四级/中级工",
                "S000000000000000000001", "广州市技师学院", "广州市技师学院", LocalDate.of(2026, 3, 9), false,
                ReplacementProof.NOTES);
        assertFalse(p.toString().contains("110105194912"), p.toString());
        assertTrue(p.toString().contains("S000000000000000000001"), p.toString());
    }
}
