package org.skillcert.spi.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.skillcert.spi.Sequencer;

/**
 * Serial allocation throughput: one {@code reserve(scope, block, new request id)} per operation,
 * all threads on the same scope (the contended case: one site, year and level issuing at once),
 * a new scope every 5,000 requests so that blocks never exhaust one. Serials per second =
 * operations per second × block.
 *
 * <p>The baseline ({@code bare…}) is what an application would write without the library, run in
 * the same invocation on the same database (the same H2 file, the same embedded PostgreSQL): one
 * JDBC connection per thread, its two statements prepared once, per request the counter bump
 * ({@code SELECT … FROM FINAL TABLE (UPDATE …)} on H2, {@code UPDATE … RETURNING} on PostgreSQL;
 * an {@code INSERT} of the counter row when the scope is new) and the {@code INSERT} of the
 * request id, one commit; tables with the library's columns and constraints. The library runs
 * behind a pool of 8 connections ({@link TestPool}, standing in for the application's pool).
 *
 * <p>Run: {@code bench/run certificate-spi AllocationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AllocationBenchmark {
    /** Where the serials are kept. */
    @Param({"h2", "postgres"})
    public String database;

    /** Serials per request: 1 (one certificate) or 100 (a batch). */
    @Param({"1", "100"})
    public int block;

    private Sequencer sequencer;
    private TestPool pool;
    private String url;
    private String bareCounter;
    private String bareRequest;
    private final AtomicLong requests = new AtomicLong();
    // the H2 file of this trial, deleted when it closes: each trial writes up to a few GB of serials
    // and request ids, and bench/all's runs once filled the disk with them (57 GB)
    private Path h2File;
    private static final AtomicLong TRIALS = new AtomicLong();

    /**
     * Opens fresh tables for the library and for the bare statements, on the same database.
     *
     * @throws IOException if the H2 directory cannot be made
     * @throws SQLException if the bare tables cannot be made
     */
    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        String prefix = Databases.freshPrefix();
        if ("h2".equals(database)) {
            Path dir = Files.createDirectories(Path.of("target", "bench-h2"));
            h2File = dir.resolve("serials-" + ProcessHandle.current().pid() + "-" + TRIALS.incrementAndGet());
            url = Databases.h2Url(h2File);
        } else {
            url = Databases.postgresUrl();
        }
        String jdbcUrl = url;
        pool = new TestPool(() -> DriverManager.getConnection(jdbcUrl), 8);
        sequencer = new JdbcStorage(pool, prefix, Clock.systemUTC()).sequencer();
        bareCounter = prefix + "bare_counter";
        bareRequest = prefix + "bare_request";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + bareCounter + " (scope VARCHAR(16) NOT NULL PRIMARY KEY,"
                    + " last_serial INTEGER NOT NULL)");
            s.execute("CREATE TABLE " + bareRequest + " (request_id VARCHAR(128) NOT NULL PRIMARY KEY,"
                    + " scope VARCHAR(16) NOT NULL, first_serial INTEGER NOT NULL, last_serial INTEGER NOT NULL,"
                    + " created_ms BIGINT NOT NULL, UNIQUE (scope, first_serial), UNIQUE (scope, last_serial))");
        }
    }

    /**
     * Closes the pooled connections and deletes the trial's H2 file (the bare statements'
     * connections may still be open: the file goes when the last of them closes).
     *
     * @throws IOException if the file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        pool.closeIdle();
        if (h2File != null) {
            Files.deleteIfExists(Path.of(h2File + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File + ".trace.db"));
        }
    }

    private String scope(long n) {
        return String.format("S%015d", n / 5000);
    }

    /** @return the first serial (consumed by JMH) */
    @Benchmark
    @Threads(1)
    public int oneThread() {
        return library();
    }

    /** @return the first serial (consumed by JMH) */
    @Benchmark
    @Threads(8)
    public int eightThreads() {
        return library();
    }

    /**
     * Baseline of {@link #oneThread}.
     *
     * @param connection this thread's connection
     * @return the first serial
     * @throws SQLException if the database fails
     */
    @Benchmark
    @Threads(1)
    public int bareOneThread(Bare connection) throws SQLException {
        return connection.reserve(this);
    }

    /**
     * Baseline of {@link #eightThreads}.
     *
     * @param connection this thread's connection
     * @return the first serial
     * @throws SQLException if the database fails
     */
    @Benchmark
    @Threads(8)
    public int bareEightThreads(Bare connection) throws SQLException {
        return connection.reserve(this);
    }

    int library() {
        long n = requests.incrementAndGet();
        return sequencer.reserve(scope(n), block, "bench-" + n).first();
    }

    /** One connection per thread, with its statements prepared once. */
    @State(Scope.Thread)
    public static class Bare {
        private Connection connection;
        private PreparedStatement bump;
        private PreparedStatement create;
        private PreparedStatement record;

        /**
         * Opens this thread's connection.
         *
         * @param b the benchmark (its database and tables)
         * @throws SQLException if the database refuses
         */
        @Setup(Level.Trial)
        public void open(AllocationBenchmark b) throws SQLException {
            connection = DriverManager.getConnection(b.url);
            connection.setAutoCommit(false);
            String update = "UPDATE " + b.bareCounter + " SET last_serial = last_serial + ? WHERE scope = ?";
            bump = connection.prepareStatement("h2".equals(b.database)
                    ? "SELECT last_serial FROM FINAL TABLE (" + update + ")" : update + " RETURNING last_serial");
            create = connection.prepareStatement("INSERT INTO " + b.bareCounter + " (scope, last_serial) VALUES (?, ?)");
            record = connection.prepareStatement("INSERT INTO " + b.bareRequest
                    + " (request_id, scope, first_serial, last_serial, created_ms) VALUES (?, ?, ?, ?, ?)");
        }

        /**
         * Closes this thread's connection.
         *
         * @throws SQLException if the database fails
         */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }

        int reserve(AllocationBenchmark b) throws SQLException {
            long n = b.requests.incrementAndGet();
            String scope = b.scope(n);
            int count = b.block;
            int last;
            try {
                bump.setInt(1, count);
                bump.setString(2, scope);
                try (ResultSet rs = bump.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getInt(1);
                    } else {
                        create.setString(1, scope);
                        create.setInt(2, count);
                        create.executeUpdate();
                        last = count;
                    }
                }
                record.setString(1, "bench-" + n);
                record.setString(2, scope);
                record.setInt(3, last - count + 1);
                record.setInt(4, last);
                record.setLong(5, System.currentTimeMillis());
                record.executeUpdate();
                connection.commit();
                return last - count + 1;
            } catch (SQLException e) {
                // two threads creating a new scope's row at once: the loser tries again
                connection.rollback();
                return reserve(b);
            }
        }
    }
}
