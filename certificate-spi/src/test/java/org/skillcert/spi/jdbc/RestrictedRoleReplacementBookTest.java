package org.skillcert.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.contract.ReplacementBookContract;

/**
 * The replacement book contract as an application role without CREATE (see
 * {@link RestrictedPostgres}), and proof that the role really cannot create.
 */
class RestrictedRoleReplacementBookTest extends ReplacementBookContract {
    @Override
    protected ReplacementBook newBook() {
        return RestrictedPostgres.fresh().replacements();
    }

    @Test
    void theApplicationRoleCannotCreateTablesAndCreateModeSaysSo() throws SQLException {
        try (Connection c = RestrictedPostgres.app().getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE sneaky (x INTEGER)"));
            assertEquals("42501", e.getSQLState(), e.getMessage());   // insufficient_privilege
            SQLException inPublic = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE public.sneaky (x INTEGER)"));
            assertEquals("42501", inPublic.getSQLState(), inPublic.getMessage());
            SQLException temp = assertThrows(SQLException.class, () -> s.execute("CREATE TEMPORARY TABLE sneaky (x INTEGER)"));
            assertEquals("42501", temp.getSQLState(), temp.getMessage());
        }
        // schema=create as this role on a new prefix: a DATABASE failure carrying the SQLState
        JdbcStorage creating = new JdbcStorage(RestrictedPostgres.app(), Databases.freshPrefix(), Clock.systemUTC(), SchemaMode.CREATE);
        StorageException e = assertThrows(StorageException.class, () -> creating.sequencer().peek("S000044012001263"));
        assertEquals(StorageException.Reason.DATABASE, e.reason());
        assertEquals("42501", e.input());
        // schema=validate as this role on a prefix nobody created: the missing table is named
        String prefix = Databases.freshPrefix();
        JdbcStorage validating = new JdbcStorage(RestrictedPostgres.app(), prefix, Clock.systemUTC(), SchemaMode.VALIDATE);
        StorageException missing = assertThrows(StorageException.class, () -> validating.sequencer().peek("S000044012001263"));
        assertEquals(StorageException.Reason.SCHEMA_MISSING, missing.reason());
        assertEquals(prefix + "schema_version", missing.input());
    }
}
