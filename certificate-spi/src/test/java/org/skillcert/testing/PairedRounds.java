package org.skillcert.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statistics of a paired measurement: per round, a ratio of two rates measured side by side
 * in that round (so that what the shared machine does over longer than a round hits both alike);
 * the result is the geometric mean of the rounds' ratios with its two-sided 99.9 % interval,
 * Student's t over the log ratios. Used by the benchmarks' paired checks ({@code bench/all}),
 * which measure their rounds with {@link #round}.
 */
public final class PairedRounds {
    // Student's t, two-sided 99.9 %, by degrees of freedom 1..30
    private static final double[] T999 = {636.62, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781,
        4.587, 4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745,
        3.725, 3.707, 3.690, 3.674, 3.659, 3.646};

    private int rounds;
    private double sumLog;
    private double sumLogSquares;
    private double sumA;
    private double sumB;

    /** One step of a side's work, run over and over by each of its threads. */
    @FunctionalInterface
    public interface Step {
        /**
         * Does one step.
         *
         * @param thread which of the side's threads runs it, from 0
         * @throws Exception if the step fails (the measurement stops)
         */
        void run(int thread) throws Exception;
    }

    /**
     * Measures one round: {@code slices} pairs of slices of {@code sliceNanos}, side a on
     * {@code threadsA} threads and side b on {@code threadsB} threads taking turns, the side that goes
     * first swapped every pair.
     *
     * @return the two sides' rates in steps per second, {a, b}
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if a step fails
     */
    public static double[] round(int slices, long sliceNanos, int threadsA, Step a, int threadsB, Step b)
            throws InterruptedException {
        long[] steps = new long[2];
        long[] nanos = new long[2];
        for (int slice = 0; slice < slices; slice++) {
            for (int k = 0; k < 2; k++) {
                int side = (slice + k) & 1;
                long[] done = slice(side == 0 ? threadsA : threadsB, sliceNanos, side == 0 ? a : b);
                steps[side] += done[0];
                nanos[side] += done[1];
            }
        }
        return new double[] {steps[0] * 1e9 / nanos[0], steps[1] * 1e9 / nanos[1]};
    }

    // one slice of one side: {steps done, nanoseconds taken}
    private static long[] slice(int threads, long sliceNanos, Step step) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long[] end = new long[1];
        List<Thread> workers = new ArrayList<>();
        Exception[] failure = new Exception[1];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < end[0]) {
                        step.run(thread);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long begin = System.nanoTime();
        end[0] = begin + sliceNanos;
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - begin;
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("a step failed", failure[0]);
            }
        }
        return new long[] {done.get(), elapsed};
    }

    /**
     * Adds a round.
     *
     * @param a the rate in the numerator
     * @param b the rate in the denominator
     */
    public void add(double a, double b) {
        double log = Math.log(a / b);
        rounds++;
        sumLog += log;
        sumLogSquares += log * log;
        sumA += a;
        sumB += b;
    }

    /** @return the geometric mean of the rounds' ratios */
    public double ratio() {
        return Math.exp(sumLog / rounds);
    }

    private double half() {
        double mean = sumLog / rounds;
        double sd = Math.sqrt(Math.max(0, (sumLogSquares - rounds * mean * mean) / (rounds - 1)));
        return T999[Math.min(rounds - 1, T999.length) - 1] * sd / Math.sqrt(rounds);
    }

    /** @return the lower end of the ratio's 99.9 % interval */
    public double low() {
        return Math.exp(sumLog / rounds - half());
    }

    /** @return the upper end of the ratio's 99.9 % interval */
    public double high() {
        return Math.exp(sumLog / rounds + half());
    }

    /**
     * One line for {@code bench/Report.java}: the fields, then {@code ratio=… low=… high=… rounds=…}.
     *
     * @param head the line's first words (e.g. {@code pair database=h2 threads=1 block=1})
     * @param a the numerator's name (its mean rate is printed under it)
     * @param b the denominator's name
     * @return the line
     */
    public String line(String head, String a, String b) {
        if (rounds < 2) {
            throw new IllegalStateException("a paired measurement needs two rounds or more, has " + rounds);
        }
        return String.format(Locale.ROOT, "%s %s=%.1f %s=%.1f ratio=%.4f low=%.4f high=%.4f rounds=%d", head, a,
                sumA / rounds, b, sumB / rounds, ratio(), low(), high(), rounds);
    }
}
