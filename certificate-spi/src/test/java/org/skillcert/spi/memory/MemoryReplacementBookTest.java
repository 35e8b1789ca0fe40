package org.skillcert.spi.memory;

import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.contract.ReplacementBookContract;

class MemoryReplacementBookTest extends ReplacementBookContract {
    @Override
    protected ReplacementBook newBook() {
        return MemoryStorageProvider.storage(java.time.Clock.systemUTC()).replacements();
    }
}
