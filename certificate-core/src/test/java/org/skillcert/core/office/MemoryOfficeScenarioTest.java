package org.skillcert.core.office;

import java.time.Clock;
import org.skillcert.spi.Storage;
import org.skillcert.spi.memory.MemoryStorageProvider;

class MemoryOfficeScenarioTest extends OfficeScenario {
    @Override
    Storage open(Clock clock) {
        return memory(clock);
    }

    static Storage memory(Clock clock) {
        return MemoryStorageProvider.storage(clock);
    }
}
