package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.StorageException;
import org.skillcert.testing.LogCapture;

/**
 * Serialization failures (SQLState 40001, as PostgreSQL-compatible distributed databases raise at
 * commit) are retried from the start of the transaction, and the rolled-back attempts leave no
 * trace; other failures are reported at once.
 */
class RetryTest {
    private static final String SCOPE = "S000044012001263";

    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private volatile String failState = "40001";

    /** Connections whose commit fails with {@link #failState} while {@link #failures} lasts (and rolls back). */
    private TestPool flaky(TestPool real) {
        return new TestPool(() -> {
            Connection c = real.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit")) {
                            commits.incrementAndGet();
                            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                c.rollback();
                                throw new SQLException("could not serialize access", failState);
                            }
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }, 2);
    }

    private Sequencer sequencer() throws Exception {
        TestPool real = Databases.h2(Databases.h2File("retry"), 2);
        Sequencer s = new JdbcStorage(flaky(real), Databases.freshPrefix(), Clock.systemUTC()).sequencer();
        assertEquals(0, s.peek(SCOPE));
        return s;
    }

    @Test
    void serializationFailuresAreRetriedWithoutLeavingAGap() throws Exception {
        Sequencer s = sequencer();
        failures.set(3);
        commits.set(0);
        assertEquals(1, s.next(SCOPE, "first"));
        assertEquals(4, commits.get());
        assertEquals(2, s.next(SCOPE, "second"));
        assertEquals(2, s.peek(SCOPE));
    }

    @Test
    void endlessSerializationFailuresGiveUpAndWriteNothing() throws Exception {
        Sequencer s = sequencer();
        failures.set(1_000);
        StorageException e = assertThrows(StorageException.class, () -> s.next(SCOPE, "doomed"));
        assertEquals(StorageException.Reason.RETRIES_EXHAUSTED, e.reason());
        assertEquals("40001", e.input());
        failures.set(0);
        assertEquals(0, s.peek(SCOPE));
        assertEquals(1, s.next(SCOPE, "doomed"));
    }

    @Test
    void aRetriedAllocationIsLoggedWithSQLStateAndAttemptButNoValue() throws Exception {
        Sequencer s = sequencer();
        List<LogCapture.Line> lines;
        try (LogCapture log = new LogCapture("org.skillcert.spi.jdbc")) {
            failures.set(2);
            assertEquals(1, s.next(SCOPE, "result-440101199001011234"));
            lines = log.lines();
        }
        List<LogCapture.Line> retries = lines.stream().filter(l -> l.message().contains("retrying")).toList();
        assertEquals(2, retries.size(), lines.toString());
        for (int attempt = 1; attempt <= 2; attempt++) {
            LogCapture.Line line = retries.get(attempt - 1);
            assertEquals("DEBUG", line.level());
            assertTrue(line.message().contains("SQLState 40001, attempt " + attempt + " of 30"), line.message());
        }
        // neither the scope, the request id nor the ID number in it reaches the log
        for (LogCapture.Line line : lines) {
            assertFalse(line.message().contains("440101199001011234") || line.message().contains(SCOPE), line.toString());
        }
    }

    @Test
    void otherFailuresAreReportedAtOnce() throws Exception {
        Sequencer s = sequencer();
        failState = "08006";
        failures.set(1);
        commits.set(0);
        StorageException e = assertThrows(StorageException.class, () -> s.next(SCOPE, "lost-connection"));
        assertEquals(StorageException.Reason.DATABASE, e.reason());
        assertEquals(1, commits.get());
        assertEquals(0, s.peek(SCOPE));
    }
}
