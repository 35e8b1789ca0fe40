package org.skillcert.spi.jdbc;

import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.contract.CertificateRegistryContract;

class PostgresCertificateRegistryTest extends CertificateRegistryContract {
    @Override
    protected CertificateRegistry newRegistry() {
        return Databases.freshPostgres().registry();
    }

    @Override
    protected int propertyCases() {
        return 300;
    }
}
