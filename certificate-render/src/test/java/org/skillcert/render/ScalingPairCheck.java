package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.skillcert.testing.PairedRounds;

/**
 * Issue 14's two-thread target (electronic certificates on two threads ≥ 1.8× one thread)
 * measured in paired rounds, beside {@link RenderBenchmark}: JMH measures one thread's iterations
 * and then, in another JVM, two threads', so whatever else the shared machine does between them
 * lands in the ratio. Here one renderer (as an application shares one) renders on one thread and
 * on two threads in turns of 500 ms (four of each make a round; the side that goes first is
 * swapped every pair), each certificate with its own holder name, and each round's ratio is its
 * two-thread rate over its one-thread rate; the figure is their geometric mean with its 99.9 %
 * interval ({@link PairedRounds}). Twenty seconds on two threads warm the JIT up first.
 *
 * <p>Run: {@code java -cp <certificate-render test class path> org.skillcert.render.ScalingPairCheck
 * [rounds]} ({@code bench/all} runs it); it prints one line,
 * {@code scaling electronic two=… one=… ratio=… low=… high=… rounds=… cpu-two=… cpu-one=…}
 * (certificates per second; then each side's thread CPU per certificate, µs).
 */
public final class ScalingPairCheck {
    private static final long SLICE_NANOS = 500_000_000L;
    private static final int SLICES = 4;
    private static final AtomicLong SEEDS = new AtomicLong();

    private ScalingPairCheck() {
    }

    /**
     * Measures.
     *
     * @param args optional: the number of measured rounds (default 10)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        CertificateRenderer renderer = Samples.renderer();
        List<Iterator<CertificateContent>> holders = List.of(Samples.distinctHolders(SEEDS.incrementAndGet()),
                Samples.distinctHolders(SEEDS.incrementAndGet()));
        PairedRounds.Step render = t -> renderer.render(holders.get(t).next(), new ByteArrayOutputStream(96 * 1024));
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            PairedRounds.round(1, SLICE_NANOS, 2, render, 2, render);
        }
        // each side's thread CPU per certificate: equal on both sides means two threads lose only
        // the CPU time they are not given; more on two means they slow each other down
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LongAdder[] cpu = {new LongAdder(), new LongAdder()};
        LongAdder[] count = {new LongAdder(), new LongAdder()};
        PairedRounds pairs = new PairedRounds();
        for (int round = 0; round < rounds; round++) {
            double[] rates = PairedRounds.round(SLICES, SLICE_NANOS, 2, timed(render, threads, cpu[0], count[0]), 1,
                    timed(render, threads, cpu[1], count[1]));
            pairs.add(rates[0], rates[1]);
        }
        System.out.printf(Locale.ROOT, "%s cpu-two=%.1f cpu-one=%.1f%n", pairs.line("scaling electronic", "two", "one"),
                cpu[0].sum() / 1e3 / count[0].sum(), cpu[1].sum() / 1e3 / count[1].sum());
    }

    private static PairedRounds.Step timed(PairedRounds.Step step, ThreadMXBean threads, LongAdder cpu, LongAdder count) {
        return t -> {
            long start = threads.getCurrentThreadCpuTime();
            step.run(t);
            cpu.add(threads.getCurrentThreadCpuTime() - start);
            count.increment();
        };
    }
}
