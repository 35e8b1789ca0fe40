package org.skillcert.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a long run on standard error, so that standard output stays clean for
 * {@code --json}.
 *
 * <p>On a terminal ({@code System.console() != null}) it redraws one line in place, at most
 * {@value #REDRAWS_PER_SECOND} times a second:
 * <pre>  issuing [##########----------]  25/50  50%</pre>
 * Otherwise (output to a file or a pipe, as in CI logs) it writes a plain line at every tenth of
 * the work and at least every {@value #PLAIN_LINE_SECONDS} seconds, never a carriage return:
 * <pre>issuing: 25/50 (50%)</pre>
 *
 * <p>Not thread-safe: one thread advances it.
 */
public final class ProgressBar implements AutoCloseable {

    /** The most redraws per second on a terminal. */
    public static final int REDRAWS_PER_SECOND = 10;

    /** The longest quiet time between plain lines, in seconds. */
    public static final int PLAIN_LINE_SECONDS = 10;

    private static final int BAR_WIDTH = 20;
    private static final long REDRAW_NANOS = TimeUnit.SECONDS.toNanos(1) / REDRAWS_PER_SECOND;
    private static final long PLAIN_NANOS = TimeUnit.SECONDS.toNanos(PLAIN_LINE_SECONDS);

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final LongSupplier nanoClock;
    private long done;
    private long lastDrawn;
    private int lastTenth = -1;
    private int lastWidth;
    private long lastDrawnCount = -1;
    private boolean finished;

    ProgressBar(PrintStream out, boolean terminal, String label, long total, LongSupplier nanoClock) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, was " + total);
        }
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.nanoClock = nanoClock;
        this.lastDrawn = nanoClock.getAsLong();
        draw();
    }

    /**
     * Starts a progress bar on standard error, redrawing in place when a console is attached.
     *
     * @param label what is being done, for example {@code issuing}
     * @param total how many steps the work has, 0 or more
     * @return the progress bar, showing 0 steps done
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public static ProgressBar start(String label, long total) {
        return start(label, total, System.err);
    }

    /**
     * Starts a progress bar on a stream, redrawing in place when a console is attached.
     *
     * @param label what is being done
     * @param total how many steps the work has, 0 or more
     * @param out where to draw, normally standard error
     * @return the progress bar, showing 0 steps done
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public static ProgressBar start(String label, long total, PrintStream out) {
        return new ProgressBar(out, System.console() != null, label, total, System::nanoTime);
    }

    /**
     * Returns a progress bar that counts but shows nothing (for {@code --json} runs).
     *
     * @param total how many steps the work has, 0 or more
     * @return the progress bar
     */
    public static ProgressBar silent(long total) {
        return new ProgressBar(new PrintStream(java.io.OutputStream.nullOutputStream()), false, "", total,
                System::nanoTime);
    }

    /** Records one more step done. */
    public void step() {
        advance(1);
    }

    /**
     * Records more steps done; the count never passes the total.
     *
     * @param steps how many steps, 0 or more
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public void advance(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, was " + steps);
        }
        done = Math.min(total, done + steps);
        long now = nanoClock.getAsLong();
        if (terminal) {
            if (now - lastDrawn >= REDRAW_NANOS) {
                draw();
                lastDrawn = now;
            }
        } else if (tenth() > lastTenth || now - lastDrawn >= PLAIN_NANOS) {
            draw();
            lastDrawn = now;
        }
    }

    /**
     * Returns how many steps are done.
     *
     * @return 0 to the total
     */
    public long done() {
        return done;
    }

    /** Shows the final count and ends the line; further calls do nothing. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        if (terminal) {
            draw();
            out.print(System.lineSeparator());
        } else if (lastDrawnCount != done) {
            // the last plain line must show the final count
            draw();
        }
        out.flush();
    }

    private void draw() {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        String counts = String.format("%" + Long.toString(total).length() + "d/%d", done, total);
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : (int) (done * BAR_WIDTH / total);
            String line = "  " + label + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]  " + counts
                    + String.format("  %3d%%", percent);
            // pad over a longer previous line, then return to the line's start
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(label + ": " + counts.strip() + " (" + percent + "%)");
        }
        lastTenth = tenth();
        lastDrawnCount = done;
        out.flush();
    }

    private int tenth() {
        return total == 0 ? 10 : (int) (done * 10 / total);
    }
}
