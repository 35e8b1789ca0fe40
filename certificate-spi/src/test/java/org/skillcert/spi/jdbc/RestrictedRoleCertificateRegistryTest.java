package org.skillcert.spi.jdbc;

import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.contract.CertificateRegistryContract;

/** The registry contract as an application role without CREATE (see {@link RestrictedPostgres}). */
class RestrictedRoleCertificateRegistryTest extends CertificateRegistryContract {
    @Override
    protected CertificateRegistry newRegistry() {
        return RestrictedPostgres.fresh().registry();
    }

    @Override
    protected int propertyCases() {
        return 100;
    }
}
