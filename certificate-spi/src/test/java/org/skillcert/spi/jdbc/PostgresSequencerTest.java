package org.skillcert.spi.jdbc;

import org.skillcert.spi.Sequencer;
import org.skillcert.spi.contract.SequencerContract;

class PostgresSequencerTest extends SequencerContract {
    @Override
    protected Sequencer newSequencer() {
        return Databases.freshPostgres().sequencer();
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
