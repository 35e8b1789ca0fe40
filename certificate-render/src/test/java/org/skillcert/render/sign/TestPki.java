package org.skillcert.render.sign;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** A test PKI made in the test: CA, institution and time-stamp authority certificates, RSA or EC. */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() & 0xffffffL);

    private TestPki() {
    }

    /** A key and its certificate chain, signer first. */
    public static final class Issued {
        public final KeyPair keys;
        public final List<X509Certificate> chain;

        Issued(KeyPair keys, List<X509Certificate> chain) {
            this.keys = keys;
            this.chain = chain;
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }

        public SigningKey signingKey() {
            return SigningKey.of(keys.getPrivate(), chain);
        }
    }

    public static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    public static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static String algorithm(PrivateKey key) {
        return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }

    static X500Name name(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, "skillcert test")
                .addRDN(BCStyle.CN, cn).build();
    }

    /** A self-signed CA valid from one day ago for ten years. */
    public static Issued ca(String cn, KeyPair keys) throws Exception {
        Instant now = Instant.now();
        X509Certificate cert = certificate(name(cn), keys.getPrivate(), name(cn), keys.getPublic(),
                now.minusSeconds(86400), now.plusSeconds(3650L * 86400), Role.CA);
        return new Issued(keys, List.of(cert));
    }

    /** What a certificate is for. */
    public enum Role { CA, SIGNER, TSA }

    /** A certificate issued by a CA, valid between two instants. */
    public static Issued issue(Issued ca, String cn, KeyPair keys, Instant from, Instant to, Role role) throws Exception {
        X509Certificate cert = certificate(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                ca.keys.getPrivate(), name(cn), keys.getPublic(), from, to, role);
        return new Issued(keys, List.of(cert, ca.certificate()));
    }

    /** An institution signer issued by a CA, valid from one day ago for a year. */
    public static Issued signer(Issued ca, String cn, KeyPair keys) throws Exception {
        Instant now = Instant.now();
        return issue(ca, cn, keys, now.minusSeconds(86400), now.plusSeconds(365L * 86400), Role.SIGNER);
    }

    static X509Certificate certificate(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey key, Instant from,
            Instant to, Role role) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(from), Date.from(to), subject, key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(role == Role.CA));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(role == Role.CA ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (role == Role.TSA) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(algorithm(issuerKey)).build(issuerKey)));
    }

    /** Writes a PKCS#12 keystore with one key entry. */
    public static Path pkcs12(Path file, Issued issued, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("institution", issued.keys.getPrivate(), password, issued.chain.toArray(new Certificate[0]));
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    /** An RFC 3161 time-stamp authority on loopback, made with BouncyCastle's TSP classes. */
    public static final class Tsa implements AutoCloseable {
        private final HttpServer server;
        public final Issued authority;
        public final AtomicLong requests = new AtomicLong();

        public Tsa(Issued ca, Clock clock) throws Exception {
            Instant now = Instant.now();
            this.authority = issue(ca, "skillcert test TSA", rsa(), now.minusSeconds(3650L * 86400),
                    now.plusSeconds(3650L * 86400), Role.TSA);
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            AtomicLong serial = new AtomicLong();
            server.createContext("/tsa", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                            new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", authority.keys.getPrivate(),
                                    authority.certificate()),
                            new JcaDigestCalculatorProviderBuilder().build()
                                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                    tokens.addCertificates(new JcaCertStore(List.of(authority.certificate())));
                    byte[] answer = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                            .generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()))
                            .getEncoded();
                    requests.incrementAndGet();
                    exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, answer.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                }
            });
            server.start();
        }

        public URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
