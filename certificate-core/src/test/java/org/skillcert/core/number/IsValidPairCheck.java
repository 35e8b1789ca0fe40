package org.skillcert.core.number;

import java.util.Locale;
import org.skillcert.testing.PairedRounds;

/**
 * Issue 14's {@code isValid} target (≥ 10× the regular-expression baseline) measured in paired
 * rounds, beside {@link CertificateNumberBenchmark}: JMH runs {@code isValid}'s iterations and then,
 * in another JVM, the baseline's, so whatever else the shared machine does between them lands in
 * the ratio (the baseline has measured 91–141 ns in different runs of the same code). Here the two
 * take turns in slices of 250 ms within one JVM (four of each make a round; the side that goes
 * first is swapped every pair), each on the benchmark's own input mix (its {@code setUp}, one
 * instance per side, calling its {@code isValid} and {@code baselineIsValid} methods), 1,024 calls
 * a step; each round's ratio is {@code isValid}'s rate over the baseline's, and the figure is their
 * geometric mean with its 99.9 % interval ({@link PairedRounds}). Ten seconds of both first warm
 * the JIT up.
 *
 * <p>Run: {@code java -cp <certificate-core test class path> org.skillcert.core.number.IsValidPairCheck
 * [rounds]} ({@code bench/all} runs it); it prints one line,
 * {@code pair isValid isValid=… baseline=… ratio=… low=… high=… rounds=…} (calls per second).
 */
public final class IsValidPairCheck {
    private static final long SLICE_NANOS = 250_000_000L;
    private static final int SLICES = 4;
    private static final int CALLS = 1024;
    private static volatile long sink;

    private IsValidPairCheck() {
    }

    /**
     * Measures.
     *
     * @param args optional: the number of measured rounds (default 20)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CertificateNumberBenchmark library = new CertificateNumberBenchmark();
        library.setUp();
        CertificateNumberBenchmark baseline = new CertificateNumberBenchmark();
        baseline.setUp();
        PairedRounds.Step fast = t -> {
            int valid = 0;
            for (int i = 0; i < CALLS; i++) {
                valid += library.isValid() ? 1 : 0;
            }
            sink += valid;
        };
        PairedRounds.Step regex = t -> {
            int valid = 0;
            for (int i = 0; i < CALLS; i++) {
                valid += baseline.baselineIsValid() ? 1 : 0;
            }
            sink += valid;
        };
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            PairedRounds.round(1, SLICE_NANOS, 1, fast, 1, regex);
        }
        PairedRounds pairs = new PairedRounds();
        for (int round = 0; round < rounds; round++) {
            double[] rates = PairedRounds.round(SLICES, SLICE_NANOS, 1, fast, 1, regex);
            pairs.add(rates[0] * CALLS, rates[1] * CALLS);
        }
        System.out.println(pairs.line("pair isValid", "isValid", "baseline"));
        System.out.printf(Locale.ROOT, "(checksum %d)%n", sink);
    }
}
