package org.skillcert.spi.jdbc;

import org.skillcert.spi.Sequencer;
import org.skillcert.spi.contract.SequencerContract;

/** The sequencer contract as an application role without CREATE (see {@link RestrictedPostgres}). */
class RestrictedRoleSequencerTest extends SequencerContract {
    @Override
    protected Sequencer newSequencer() {
        return RestrictedPostgres.fresh().sequencer();
    }

    @Override
    protected int propertyCases() {
        return 100;
    }

    @Override
    protected int concurrentRequestsPerThread() {
        return 40;
    }
}
