package org.skillcert.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SkillLevelTest {

    // R-LVL-1: the text written on the certificate, for every level of table 3
    @ParameterizedTest
    @CsvSource({"1,一级/高级技师", "2,二级/技师", "3,三级/高级工", "4,四级/中级工", "5,五级/初级工"})
    void certificateTextPerLevel(int code, String text) {
        assertEquals(text, SkillLevel.of(code).chineseText());
        assertEquals(SkillLevel.of(code), SkillLevel.find(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"3,3", "三级,3", "高级工,3", "三级/高级工,3", "高级工（三级）,3", " 技师 ,2", "Level 5 / Junior Worker,5"})
    void parsesTheWaysPeopleWriteALevel(String text, int code) {
        assertEquals(code, SkillLevel.find(text).orElseThrow().code());
    }

    @Test
    void unknownTextIsEmpty() {
        assertTrue(SkillLevel.find("六级").isEmpty());
        assertTrue(SkillLevel.find("").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SkillLevel.of(0));
        assertThrows(IllegalArgumentException.class, () -> SkillLevel.of(6));
    }

    // R-LVL-2: reports order levels from 初级（五级） to 高级技师（一级）
    @Test
    void reportOrderIsJuniorFirst() {
        SkillLevel[] order = SkillLevel.reportOrder();
        assertEquals(SkillLevel.LEVEL_5, order[0]);
        assertEquals(SkillLevel.LEVEL_1, order[4]);
    }
}
