package org.skillcert.examples.roster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillcert.examples.demo.DemoCandidate;

class RosterRowTest {

    private static final String ID = "11010519491231002X";

    // house rule: no ID numbers in logs, and a record's toString ends up in logs
    @Test
    void toStringLeavesOutTheIdNumber() {
        RosterRow row = new RosterRow(2, "R1", false, "张三", RosterRow.DEFAULT_ID_TYPE, ID, "电工", "--", "4",
                "2026-03-02", "zhang.jpg");
        assertFalse(row.toString().contains("110105194912"), row.toString());
        assertTrue(row.toString().contains("张三"), row.toString());
        DemoCandidate demo = new DemoCandidate("DEMO-2026-001", "张三", "居民身份证", ID, "电工", "--", 4,
                LocalDate.of(2026, 3, 2), "zhang.jpg");
        assertFalse(demo.toString().contains("110105194912"), demo.toString());
        assertTrue(demo.toString().contains("DEMO-2026-001"), demo.toString());
    }
}
