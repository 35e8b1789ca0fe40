package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalItWritesPlainLinesAtEveryTenth() {
        try (ProgressBar bar = new ProgressBar(out, false, "issuing", 50, () -> now)) {
            for (int i = 0; i < 50; i++) {
                bar.step();
            }
        }
        List<String> lines = output().lines().toList();
        assertFalse(output().contains("\r"));
        assertEquals(11, lines.size(), output());
        assertEquals("issuing: 0/50 (0%)", lines.get(0));
        assertEquals("issuing: 5/50 (10%)", lines.get(1));
        assertEquals("issuing: 50/50 (100%)", lines.get(10));
    }

    @Test
    void withoutATerminalAQuietStretchStillGetsALine() {
        ProgressBar bar = new ProgressBar(out, false, "rendering", 1000, () -> now);
        bar.step();
        now += TimeUnit.SECONDS.toNanos(ProgressBar.PLAIN_LINE_SECONDS) - 1;
        bar.step();
        assertEquals(1, output().lines().count());
        now += 1;
        bar.step();
        assertEquals(List.of("rendering: 0/1000 (0%)", "rendering: 3/1000 (0%)"), output().lines().toList());
        bar.close();
        assertEquals("rendering: 3/1000 (0%)", output().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void onATerminalItRedrawsOneLineAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(out, true, "issuing", 50, () -> now);
        for (int i = 0; i < 25; i++) {
            bar.step();
        }
        // no time passed: only the first drawing
        assertEquals(1, count(output(), '\r'));
        now += TimeUnit.MILLISECONDS.toNanos(100);
        bar.step();
        assertEquals(2, count(output(), '\r'));
        assertTrue(output().endsWith("\r  issuing [##########----------]  26/50   52%"), output());
        bar.advance(100);
        bar.close();
        bar.close();
        assertTrue(output().endsWith("\r  issuing [####################]  50/50  100%" + System.lineSeparator()),
                output());
        assertEquals(1, count(output(), '\n'), "one line, redrawn");
        assertEquals(50, bar.done());
    }

    @Test
    void aShorterRedrawBlanksTheRestOfTheLongerOne() {
        ProgressBar bar = new ProgressBar(out, true, "x", 5, () -> now);
        now += TimeUnit.SECONDS.toNanos(1);
        bar.advance(5);
        String[] draws = output().split("\r", -1);
        assertEquals(draws[1].length(), draws[2].length());
        bar.close();
    }

    @Test
    void emptyWorkIsDoneAtOnceAndBadCountsAreRefused() {
        new ProgressBar(out, false, "nothing", 0, () -> now).close();
        assertEquals(List.of("nothing: 0/0 (100%)"), output().lines().toList());
        assertThrows(IllegalArgumentException.class, () -> new ProgressBar(out, false, "x", -1, () -> now));
        ProgressBar bar = new ProgressBar(out, false, "x", 3, () -> now);
        assertThrows(IllegalArgumentException.class, () -> bar.advance(-1));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
