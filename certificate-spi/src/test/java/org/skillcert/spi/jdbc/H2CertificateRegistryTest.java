package org.skillcert.spi.jdbc;

import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.contract.CertificateRegistryContract;

class H2CertificateRegistryTest extends CertificateRegistryContract {
    @Override
    protected CertificateRegistry newRegistry() {
        return Databases.freshH2().registry();
    }

    @Override
    protected int propertyCases() {
        return 300;
    }
}
