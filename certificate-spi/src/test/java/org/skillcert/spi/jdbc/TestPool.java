package org.skillcert.spi.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A tiny connection pool for tests, standing in for an application's pool: at most {@code size}
 * connections, reused after {@code close()}. (The adapter never pools; the caller's DataSource does.)
 */
public final class TestPool implements DataSource {
    /** Opens a real connection. */
    public interface Opener {
        /**
         * @return a new connection
         * @throws SQLException if the database refuses
         */
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    /**
     * A pool.
     *
     * @param opener opens real connections
     * @param size the most connections open at once
     */
    public TestPool(Opener opener, int size) {
        this.opener = opener;
        this.permits = new Semaphore(size, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted waiting for a connection", e);
        }
        Connection real = idle.poll();
        try {
            if (real == null || real.isClosed()) {
                real = opener.open();
            }
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
        Connection pooled = real;
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!closed[0]) {
                                closed[0] = true;
                                idle.offer(pooled);
                                permits.release();
                            }
                            return null;
                        case "isClosed":
                            return closed[0] || pooled.isClosed();
                        default:
                            try {
                                return method.invoke(pooled, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    /** Closes the idle connections. */
    public void closeIdle() {
        for (Connection c; (c = idle.poll()) != null;) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken test connection is best effort
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
