package org.skillcert.core.office;

import java.time.Clock;
import org.skillcert.spi.Storage;
import org.skillcert.spi.jdbc.Databases;
import org.skillcert.spi.jdbc.JdbcStorage;

/** The office scenario on the embedded PostgreSQL of the spi test-jar, own table prefix. */
class PostgresOfficeScenarioTest extends OfficeScenario {
    @Override
    Storage open(Clock clock) {
        return new JdbcStorage(Databases.postgres(4), Databases.freshPrefix(), clock);
    }
}
