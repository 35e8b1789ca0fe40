package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    // issue 10: blank sheets spoiled showed as a group " | null"
    @Test
    void blankSheetsSpoiledAreNamedNotNull() {
        assertEquals(0, Cli.run(Cli.in(dir, "stock", "receive", "--sheets", "00010001-00010010", "--reference", "PO")).exitCode());
        assertEquals(0, Cli.run(Cli.in(dir, "stock", "spoil", "--sheets", "00010003", "--reason", "破损")).exitCode());
        Cli table = Cli.run(Cli.in(dir, "report", "--from", "2020-01-01", "--to", "2099-12-31"));
        assertEquals(0, table.exitCode(), table.err());
        assertFalse(table.out().contains("null"), table.out());
        assertTrue(table.out().contains(ReportCommand.BLANK_SHEETS), table.out());
        Cli json = Cli.run(Cli.in(dir, "report", "--from", "2020-01-01", "--to", "2099-12-31", "--by", "level", "--json"));
        assertTrue(json.out().contains("\"group\": \"" + ReportCommand.BLANK_SHEETS + "\""), json.out());
        assertFalse(json.out().contains("null"), json.out());
    }

    // issue 10: %-40s counts characters, so Chinese groups pushed the figures right
    @Test
    void columnsLineUpInTerminalColumnsWithChineseText() {
        assertEquals(11, DisplayWidth.of("五级/初级工"));
        assertEquals(5, DisplayWidth.of("total"));
        assertEquals(4, DisplayWidth.of("ＡＢ"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        List<String> rows = List.of("五级/初级工 | 电工 | 01", "二级/技师 | 计算机程序设计员 | 01", "blank sheets (空白证书)", "total");
        int width = rows.stream().mapToInt(DisplayWidth::of).max().orElseThrow();
        for (String row : rows) {
            assertEquals(width, DisplayWidth.of(DisplayWidth.padRight(row, width)), row);
        }
    }
}
