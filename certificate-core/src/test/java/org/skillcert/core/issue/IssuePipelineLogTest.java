package org.skillcert.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.testing.LogCapture;

/** The issuing pipeline logs each group's flush-and-record time by count only (issue 15: slow batches). */
class IssuePipelineLogTest {
    private static final List<String> NUMBERS = List.of("S000044012000253000001", "S000044012000253000002");

    @Test
    void aGroupIsLoggedAtDebugWithItsCountAndNoNumber() {
        List<List<String>> marked = new ArrayList<>();
        List<LogCapture.Line> lines;
        try (LogCapture log = new LogCapture("org.skillcert.core.issue")) {
            IssuePipeline.timed(NUMBERS, marked::add, 60_000);
            lines = log.lines();
        }
        assertEquals(List.of(NUMBERS), marked, "the group is marked written");
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("DEBUG", lines.get(0).level());
        assertTrue(lines.get(0).message().startsWith("issue: 2 documents made durable and recorded written in "),
                lines.toString());
        assertNoNumber(lines);
    }

    @Test
    void aSlowGroupIsLoggedAtInfo() {
        List<LogCapture.Line> lines;
        try (LogCapture log = new LogCapture("org.skillcert.core.issue")) {
            IssuePipeline.timed(NUMBERS, numbers -> sleep(30), 20);
            lines = log.lines();
        }
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("INFO", lines.get(0).level());
        assertTrue(lines.get(0).message().endsWith(": slow, 20 ms or more"), lines.toString());
        assertNoNumber(lines);
    }

    private static void assertNoNumber(List<LogCapture.Line> lines) {
        for (LogCapture.Line line : lines) {
            for (String n : NUMBERS) {
                assertFalse(line.message().contains(n), line.toString());
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
