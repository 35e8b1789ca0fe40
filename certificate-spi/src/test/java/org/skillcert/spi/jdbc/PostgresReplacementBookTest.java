package org.skillcert.spi.jdbc;

import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.contract.ReplacementBookContract;

class PostgresReplacementBookTest extends ReplacementBookContract {
    @Override
    protected ReplacementBook newBook() {
        return Databases.freshPostgres().replacements();
    }
}
