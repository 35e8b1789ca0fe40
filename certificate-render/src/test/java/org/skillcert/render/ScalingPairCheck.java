package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * {@code scaling electronic two=… one=… ratio=… low=… high=… rounds=…} (certificates per second).
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
        PairedRounds pairs = new PairedRounds();
        for (int round = 0; round < rounds; round++) {
            double[] rates = PairedRounds.round(SLICES, SLICE_NANOS, 2, render, 1, render);
            pairs.add(rates[0], rates[1]);
        }
        System.out.println(pairs.line("scaling electronic", "two", "one"));
    }
}
