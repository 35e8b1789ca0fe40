package org.skillcert.spi.memory;

import org.skillcert.spi.Sequencer;
import org.skillcert.spi.contract.SequencerContract;

class MemorySequencerTest extends SequencerContract {
    @Override
    protected Sequencer newSequencer() {
        return new MemorySequencer();
    }
}
