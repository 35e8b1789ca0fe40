package org.skillcert.spi.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * A PostgreSQL database run the way a school's DBA runs it, on the shared embedded server: an
 * owner role runs the shipped DDL ({@code V1__skillcert.sql}, {@code V2__skillcert.sql}, as
 * files, the way psql or Flyway would) in a schema it owns; the application role has only
 * {@code SELECT, INSERT, UPDATE} on the tables (plus {@code DELETE} on
 * {@code <prefix>document_awaited}), {@code USAGE} on the schema, and no {@code CREATE} anywhere
 * (not on the schema, not on {@code public}, no temporary tables). The adapter opens the
 * application role's pool with {@code schema=validate}.
 */
final class RestrictedPostgres {
    static final String DATABASE = "skillcert_dba";
    static final String OWNER = "skillcert_owner";
    static final String APP = "skillcert_app";
    static final String SCHEMA = "skillcert";
    private static TestPool ownerPool;
    private static TestPool appPool;

    private RestrictedPostgres() {
    }

    /** Sets up the database and roles once per test JVM. */
    private static synchronized void setUp() throws SQLException {
        if (appPool != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(Databases.postgresUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + OWNER + " LOGIN");
            s.execute("CREATE ROLE " + APP + " LOGIN");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP);
            s.execute("ALTER ROLE " + OWNER + " SET search_path = " + SCHEMA);
            s.execute("ALTER ROLE " + APP + " SET search_path = " + SCHEMA);
        }
        try (Connection c = DriverManager.getConnection(Databases.postgresUrl("postgres", DATABASE));
                Statement s = c.createStatement()) {
            // PostgreSQL before 15 lets every role create in public: a DBA revokes that
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            s.execute("CREATE SCHEMA " + SCHEMA + " AUTHORIZATION " + OWNER);
            s.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + APP);
            s.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA " + SCHEMA
                    + " GRANT SELECT, INSERT, UPDATE ON TABLES TO " + APP);
        }
        String ownerUrl = Databases.postgresUrl(OWNER, DATABASE);
        String appUrl = Databases.postgresUrl(APP, DATABASE);
        ownerPool = new TestPool(() -> DriverManager.getConnection(ownerUrl), 2);
        appPool = new TestPool(() -> DriverManager.getConnection(appUrl), 8);
    }

    /** @return a pool of connections as the application role */
    static TestPool app() {
        try {
            setUp();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return appPool;
    }

    /**
     * Runs the shipped DDL as the owner for a fresh prefix, whole files as one script each.
     *
     * @return the prefix
     */
    static String ownerRunsTheShippedDdl() {
        app();
        String prefix = Databases.freshPrefix();
        try (Connection c = ownerPool.getConnection(); Statement s = c.createStatement()) {
            for (int v = 1; v <= Database.SCHEMA_VERSION; v++) {
                s.execute(SchemaScripts.text(false, v).replace("${prefix}", prefix));
            }
            s.execute("GRANT DELETE ON " + prefix + "document_awaited TO " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return prefix;
    }

    /** @return storage as the application role on tables the owner made, schema=validate */
    static JdbcStorage fresh() {
        String prefix = ownerRunsTheShippedDdl();
        return new JdbcStorage(appPool, prefix, Clock.systemUTC(), SchemaMode.VALIDATE);
    }
}
