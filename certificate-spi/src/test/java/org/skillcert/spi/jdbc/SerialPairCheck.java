package org.skillcert.spi.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillcert.testing.PairedRounds;

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
 * rounds' ratios, with its 99.9 % interval ({@link PairedRounds}).
 *
 * <p>Run: {@code java -cp <certificate-spi test class path> org.skillcert.spi.jdbc.SerialPairCheck
 * [rounds]} ({@code bench/all} runs it). One line per case:
 * {@code pair database=h2 threads=1 block=1 library=… bare=… ratio=… low=… high=… rounds=…}
 * (rates in requests per second; serials per second are rates × block).
 */
public final class SerialPairCheck {
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
        PairedRounds pairs = new PairedRounds();
        try {
            for (int round = -1; round < rounds; round++) {
                double[] rates = PairedRounds.round(SLICES, SLICE_NANOS, threads, t -> b.library(), threads,
                        t -> bare.get(t).reserve(b));
                if (round >= 0) { // round -1 warms up
                    pairs.add(rates[0], rates[1]);
                }
            }
        } finally {
            for (AllocationBenchmark.Bare connection : bare) {
                connection.close();
            }
            b.close();
        }
        return pairs.line(String.format(Locale.ROOT, "pair database=%s threads=%d block=%d", database, threads, block),
                "library", "bare");
    }
}
