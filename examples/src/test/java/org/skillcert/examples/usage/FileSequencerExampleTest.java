package org.skillcert.examples.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.contract.SequencerContract;

/**
 * Example 2 passes the spi contract: this class is all a school writes to run the library's
 * sequencer tests against its own storage.
 */
class FileSequencerExampleTest extends SequencerContract {
    @TempDir
    Path dir;

    private int files;

    @Override
    protected Sequencer newSequencer() {
        return FileSequencerExample.open(dir.resolve("serials-" + files++ + ".journal"), Clock.systemUTC());
    }

    @Override
    protected int propertyCases() {
        // every request is forced to disk: fewer cases keep the suite fast
        return 1000;
    }

    @Override
    protected int concurrentRequestsPerThread() {
        return 250;
    }

    @Test
    void serialsSurviveARestartAndATornLastLineIsIgnored() throws IOException { // R-NUM-5
        Path file = dir.resolve("restart.journal");
        Sequencer first = FileSequencerExample.open(file, Clock.systemUTC());
        first.reserve(SCOPE, 10, "batch-1");
        first.voidSerial(SCOPE, 4, "misprint", "周敏");
        Files.write(file, "R\tS000044012001263\t11\t5".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        Sequencer reopened = FileSequencerExample.open(file, Clock.systemUTC());
        assertEquals(10, reopened.peek(SCOPE));
        assertEquals(new SerialBlock(SCOPE, 1, 10, "batch-1"), reopened.find("batch-1").orElseThrow());
        assertEquals("周敏", reopened.voided(SCOPE).get(0).actor());
        assertEquals(11, reopened.next(SCOPE, "after-restart"));
        assertEquals(11, FileSequencerExample.open(file, Clock.systemUTC()).peek(SCOPE));
    }
}
