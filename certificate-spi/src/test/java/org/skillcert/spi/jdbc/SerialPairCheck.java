package org.skillcert.spi.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The serial targets of issue 14 (the library ≥ 70 % of the bare SQL) measured in <em>paired
 * rounds</em>, beside the JMH benchmark {@link AllocationBenchmark}, whose setup and two sides it
 * runs. Serials are bounded by the disk's flushes (H2 file, PostgreSQL's WAL), which drift over
 * minutes on a shared machine; JMH measures the library's iterations and then the bare SQL's, so
 * that drift lands in the ratio and its 99.9 % interval is too wide to decide the target. Here the
 * two sides take turns in slices of 100 ms on the same database (ten slices each make a round of
 * two seconds; the side that goes first is swapped every pair of slices), and each round's ratio
 * is its library rate over its bare rate: what the disk and the machine do over more than a
 * fraction of a second hits both sides of a round alike. The figure is the geometric mean of the
 * rounds' ratios, with its 99.9 % interval (Student's t over the log ratios).
 *
 * <p>Run: {@code java -cp <certificate-spi test class path> org.skillcert.spi.jdbc.SerialPairCheck
 * [rounds]} ({@code bench/all} runs it). One line per case:
 * {@code pair database=h2 threads=1 block=1 library=… bare=… ratio=… low=… high=… rounds=…}
 * (rates in requests per second; serials per second are rates × block).
 */
public final class SerialPairCheck {
    // Student's t, two-sided 99.9 %, by degrees of freedom 1..30
    private static final double[] T999 = {636.62, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781,
        4.587, 4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745,
        3.725, 3.707, 3.690, 3.674, 3.659, 3.646};
    private static final long SLICE_NANOS = 100_000_000L;
    private static final int SLICES = 10;

    private SerialPairCheck() {
    }

    /**
     * Runs every case.
     *
     * @param args optional: the number of measured rounds per case (default 10; one more warms up)
     * @throws Exception if a database fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (String database : new String[] {"h2", "postgres"}) {
            for (int block : new int[] {1, 100}) {
                for (int threads : new int[] {1, 8}) {
                    System.out.println(run(database, block, threads, rounds));
                }
            }
        }
        System.exit(0);
    }

    private static String run(String database, int block, int threads, int rounds) throws Exception {
        AllocationBenchmark b = new AllocationBenchmark();
        b.database = database;
        b.block = block;
        b.open();
        List<AllocationBenchmark.Bare> bare = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AllocationBenchmark.Bare connection = new AllocationBenchmark.Bare();
            connection.open(b);
            bare.add(connection);
        }
        double sumLog = 0;
        double sumLogSquares = 0;
        double library = 0;
        double bareRate = 0;
        try {
            for (int round = -1; round < rounds; round++) {
                // a round is SLICES pairs of short slices, the side that goes first swapped every pair
                double[] ops = new double[2];
                double[] nanos = new double[2];
                for (int slice = 0; slice < SLICES; slice++) {
                    for (int k = 0; k < 2; k++) {
                        int side = (slice + k) & 1;
                        long[] done = run(b, bare, threads, side == 0);
                        ops[side] += done[0];
                        nanos[side] += done[1];
                    }
                }
                if (round < 0) {
                    continue;
                }
                double lib = ops[0] * 1e9 / nanos[0];
                double sql = ops[1] * 1e9 / nanos[1];
                double log = Math.log(lib / sql);
                sumLog += log;
                sumLogSquares += log * log;
                library += lib / rounds;
                bareRate += sql / rounds;
            }
        } finally {
            for (AllocationBenchmark.Bare connection : bare) {
                connection.close();
            }
            b.close();
        }
        double mean = sumLog / rounds;
        double sd = Math.sqrt(Math.max(0, (sumLogSquares - rounds * mean * mean) / (rounds - 1)));
        double half = T999[Math.min(rounds - 1, T999.length) - 1] * sd / Math.sqrt(rounds);
        return String.format(Locale.ROOT, "pair database=%s threads=%d block=%d library=%.1f bare=%.1f ratio=%.4f low=%.4f"
                + " high=%.4f rounds=%d", database, threads, block, library, bareRate, Math.exp(mean),
                Math.exp(mean - half), Math.exp(mean + half), rounds);
    }

    // one slice of one side on `threads` threads: {requests done, nanoseconds taken}
    private static long[] run(AllocationBenchmark b, List<AllocationBenchmark.Bare> bare, int threads, boolean library)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long[] end = new long[1];
        List<Thread> workers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            AllocationBenchmark.Bare connection = bare.get(t);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < end[0]) {
                        if (library) {
                            b.library();
                        } else {
                            connection.reserve(b);
                        }
                        done.incrementAndGet();
                    }
                } catch (InterruptedException | SQLException | RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long begin = System.nanoTime();
        end[0] = begin + SLICE_NANOS;
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - begin;
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("a worker failed", failure[0]);
            }
        }
        return new long[] {done.get(), elapsed};
    }
}
