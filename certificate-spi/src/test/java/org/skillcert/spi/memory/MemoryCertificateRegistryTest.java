package org.skillcert.spi.memory;

import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.contract.CertificateRegistryContract;

class MemoryCertificateRegistryTest extends CertificateRegistryContract {
    @Override
    protected CertificateRegistry newRegistry() {
        return new MemoryCertificateRegistry();
    }
}
