package org.skillcert.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.memory.MemoryStorageProvider;

class StorageProviderTest {

    @Test
    void theServiceLoaderFindsTheMemoryProvider() {
        try (Storage storage = StorageProvider.load(StorageConfig.memory())) {
            assertEquals(1, storage.sequencer().next("S000044012001263", "r"));
            assertSame(storage.sequencer(), storage.sequencer());
            assertEquals(0, storage.ledger().lastSequence());
            assertTrue(storage.registry().byIdNumber("x").isEmpty());
        }
    }

    @Test
    void noMatchingProviderIsAClearErrorListingTheCandidates() {
        StorageException e = assertThrows(StorageException.class,
                () -> StorageProvider.choose(StorageConfig.memory().withProvider("oracle"),
                        List.of(new MemoryStorageProvider())));
        assertEquals(StorageException.Reason.NO_PROVIDER, e.reason());
        assertEquals("oracle", e.input());
        assertTrue(e.getMessage().contains("memory (org.skillcert.spi.memory.MemoryStorageProvider)"), e.getMessage());
    }

    @Test
    void severalMatchingProvidersAreAClearErrorNotAGuess() {
        StorageConfig unnamed = new StorageConfig(null, java.util.Map.of(), null);
        StorageException e = assertThrows(StorageException.class,
                () -> StorageProvider.choose(unnamed, List.of(new MemoryStorageProvider(), new MemoryStorageProvider())));
        assertEquals(StorageException.Reason.SEVERAL_PROVIDERS, e.reason());
        StorageProvider only = new MemoryStorageProvider();
        assertSame(only, StorageProvider.choose(unnamed, List.of(only)));
    }
}
