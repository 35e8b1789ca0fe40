package org.skillcert.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The connection pool the command line and the example programs hand to the library: every port
 * call borrows a connection and gives it back, instead of opening one (Guarantee 6). The embedded
 * H2 file gets H2's own {@link JdbcConnectionPool}; PostgreSQL gets HikariCP. Closing the pool
 * closes its connections.
 *
 * <p>Without a pool each call of the library opens a new connection: with H2 that re-opens the
 * database file's session (150 serials/s measured, against about 2,900/s pooled), with PostgreSQL
 * a network login per call.
 */
final class ConnectionPool implements DataSource, AutoCloseable {
    /** Connections kept at most: one writer and the renderer threads' reads rarely need more. */
    static final int MAX_CONNECTIONS = 8;

    private final DataSource pool;
    private final AutoCloseable closer;

    private ConnectionPool(DataSource pool, AutoCloseable closer) {
        this.pool = pool;
        this.closer = closer;
    }

    /**
     * Pools a data source: H2's pool for H2, HikariCP for anything else (PostgreSQL).
     *
     * @param raw the unpooled data source, configured with URL and credentials
     * @return the pool
     */
    static ConnectionPool of(DataSource raw) {
        if (raw instanceof JdbcDataSource) {
            JdbcConnectionPool h2 = JdbcConnectionPool.create((JdbcDataSource) raw);
            h2.setMaxConnections(MAX_CONNECTIONS);
            return new ConnectionPool(h2, h2::dispose);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(raw);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("skillcert");
        // an unreachable database is reported by the first call, as without a pool, and soon
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        // the library commits itself; a pool that commits on return would hide a missing commit
        config.setAutoCommit(true);
        HikariDataSource hikari = new HikariDataSource(config);
        return new ConnectionPool(hikari, hikari::close);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception ignored) {
            // closing at exit: the connections die with the process anyway
        }
    }
}
