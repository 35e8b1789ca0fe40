package org.skillcert.spi.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.memory.MemorySequencer;

/**
 * Serial allocation throughput: one {@code reserve(scope, block, new request id)} per operation,
 * all threads on the same scope (the contended case: one site, year and level issuing at once),
 * a new scope every 5,000 requests so that blocks never exhaust one. The memory sequencer is the
 * baseline of the same run. Serials per second = operations per second × block.
 *
 * <p>Run: {@code bench/run certificate-spi AllocationBenchmark -f 1 -wi 1 -w 2s -i 3 -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllocationBenchmark {
    /** Where the serials are kept. */
    @Param({"memory", "h2", "postgres"})
    public String database;

    /** Serials per request: 1 (one certificate) or 100 (a batch). */
    @Param({"1", "100"})
    public int block;

    private Sequencer sequencer;
    private TestPool pool;
    private final AtomicLong requests = new AtomicLong();

    /**
     * Opens fresh tables.
     *
     * @throws IOException if the H2 directory cannot be made
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
        String prefix = Databases.freshPrefix();
        switch (database) {
            case "memory":
                sequencer = new MemorySequencer();
                return;
            case "h2":
                Path dir = Files.createDirectories(Path.of("target", "bench-h2"));
                pool = Databases.h2(dir.resolve("alloc-" + System.nanoTime()), 8);
                break;
            default:
                pool = Databases.postgres(8);
                break;
        }
        sequencer = new JdbcStorage(pool, prefix, Clock.systemUTC()).sequencer();
    }

    /** Closes the pooled connections. */
    @TearDown(Level.Trial)
    public void close() {
        if (pool != null) {
            pool.closeIdle();
        }
    }

    private int allocate() {
        long n = requests.incrementAndGet();
        return sequencer.reserve(String.format("S%015d", n / 5000), block, "bench-" + n).first();
    }

    /** @return the first serial (consumed by JMH) */
    @Benchmark
    @Threads(1)
    public int oneThread() {
        return allocate();
    }

    /** @return the first serial (consumed by JMH) */
    @Benchmark
    @Threads(8)
    public int eightThreads() {
        return allocate();
    }
}
