package org.skillcert.spi.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The test databases: one embedded PostgreSQL per test JVM (started lazily, shared by every test
 * class, stopped at exit) and H2 file databases under {@code target/}. Each test gets its own
 * table prefix, so tests share a database without sharing data.
 */
public final class Databases {
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static DataSource postgresShared;
    private static DataSource h2Shared;

    private Databases() {
    }

    /** @return a table prefix no other test in this JVM uses */
    public static String freshPrefix() {
        return "t" + ProcessHandle.current().pid() + "_" + PREFIXES.incrementAndGet() + "_";
    }

    /** @return the JDBC URL of the shared PostgreSQL, starting it on first use */
    public static String postgresUrl() {
        return postgresUrl("postgres", "postgres");
    }

    /**
     * The JDBC URL of a database of the shared PostgreSQL as a user, starting it on first use.
     *
     * @param user the role to log in as (the embedded server trusts local connections)
     * @param database the database name
     * @return the URL
     */
    public static synchronized String postgresUrl(String user, String database) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; a leftover temp directory is harmless
                }
            }));
        }
        return postgres.getJdbcUrl(user, database);
    }

    /**
     * A new pool on the shared PostgreSQL.
     *
     * @param size the pool size
     * @return the pool
     */
    public static TestPool postgres(int size) {
        String url = postgresUrl();
        return new TestPool(() -> DriverManager.getConnection(url), size);
    }

    /**
     * The H2 URL of a file database, with the settings that keep committed data through a crash.
     *
     * @param file the database file path without the {@code .mv.db} suffix
     * @return the URL
     */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /**
     * The path of an H2 file database of this test JVM, {@code target/h2/<name>-<pid>}, the folder
     * created if need be.
     *
     * @param name what the database is for
     * @return the path without the {@code .mv.db} suffix
     */
    public static Path h2File(String name) {
        try {
            return Files.createDirectories(Path.of("target", "h2")).resolve(name + "-" + ProcessHandle.current().pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new pool on an H2 file database.
     *
     * @param file the database file path without suffix
     * @param size the pool size
     * @return the pool
     */
    public static TestPool h2(Path file, int size) {
        String url = h2Url(file);
        return new TestPool(() -> DriverManager.getConnection(url), size);
    }

    /** @return fresh storage (own tables) on the shared PostgreSQL */
    public static synchronized JdbcStorage freshPostgres() {
        if (postgresShared == null) {
            postgresShared = postgres(8);
        }
        return new JdbcStorage(postgresShared, freshPrefix(), Clock.systemUTC());
    }

    /** @return fresh storage (own tables) on the shared H2 file database of this JVM */
    public static synchronized JdbcStorage freshH2() {
        if (h2Shared == null) {
            h2Shared = h2(h2File("contract"), 8);
        }
        return new JdbcStorage(h2Shared, freshPrefix(), Clock.systemUTC());
    }
}
