package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's throw-away PKI: a demo CA and the demo school's signing key, made fresh in the demo's
 * workspace on every run, named as a demo in every certificate, never to be used for anything
 * else. Real institutions get their key and certificate from their CA.
 */
final class DemoKeys {
    /** The CA certificate file, for {@code verify --trust}. */
    static final String CA_FILE = "demo-ca.pem";
    /** The school's keystore file. */
    static final String KEYSTORE_FILE = "demo-institution.p12";
    /** The demo keystore's password: printed in the summary, because it protects nothing real. */
    static final String PASSWORD = "demo-only";

    private DemoKeys() {
    }

    /**
     * Makes the demo CA and the school's key (EC P-256, valid from a day ago for two years) in a workspace.
     *
     * @param workspace the demo's folder
     * @param school the school's name, for the certificate's subject
     * @return the keystore file
     */
    static Path create(Path workspace, String school) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair schoolKeys = generator.generateKeyPair();
            Instant from = Instant.now().minus(Duration.ofDays(1));
            X500Name caName = name("skillcert DEMO CA - not for real certificates");
            X509Certificate ca = certificate(caName, caKeys.getPrivate(), caName, caKeys.getPublic(), from,
                    from.plus(Duration.ofDays(3650)), true);
            X509Certificate signer = certificate(caName, caKeys.getPrivate(), name(school + " (DEMO)"),
                    schoolKeys.getPublic(), from, from.plus(Duration.ofDays(730)), false);
            Files.writeString(workspace.resolve(CA_FILE), "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
                    + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo-institution", schoolKeys.getPrivate(), PASSWORD.toCharArray(),
                    new Certificate[] {signer, ca});
            Path keystore = workspace.resolve(KEYSTORE_FILE);
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, PASSWORD.toCharArray());
            }
            return keystore;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the demo keys: " + e.getMessage(), e);
        }
    }

    private static X500Name name(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "skillcert demo")
                .addRDN(BCStyle.CN, cn).build();
    }

    private static X509Certificate certificate(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey key,
            Instant from, Instant to, boolean ca) throws GeneralSecurityException, OperatorCreationException, CertIOException {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                Date.from(from), Date.from(to), subject, key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
