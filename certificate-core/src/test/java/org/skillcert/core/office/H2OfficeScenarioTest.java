package org.skillcert.core.office;

import java.nio.file.Path;
import java.time.Clock;
import org.skillcert.spi.Storage;
import org.skillcert.spi.jdbc.Databases;
import org.skillcert.spi.jdbc.JdbcStorage;

/** The office scenario on an H2 file database (the spi test-jar's test databases, own table prefix). */
class H2OfficeScenarioTest extends OfficeScenario {
    @Override
    Storage open(Clock clock) {
        return new JdbcStorage(Databases.h2(Path.of("target", "h2", "office-" + ProcessHandle.current().pid()), 4),
                Databases.freshPrefix(), clock);
    }
}
