package org.skillcert.spi.jdbc;

import org.skillcert.spi.Sequencer;
import org.skillcert.spi.contract.SequencerContract;

class H2SequencerTest extends SequencerContract {
    @Override
    protected Sequencer newSequencer() {
        return Databases.freshH2().sequencer();
    }

    @Override
    protected int propertyCases() {
        return 500;
    }

    @Override
    protected int concurrentRequestsPerThread() {
        return 150;
    }
}
