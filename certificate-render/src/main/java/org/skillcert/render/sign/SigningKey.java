package org.skillcert.render.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The institution's signing key and its certificate chain (signer first), checked to belong
 * together: from a PKCS#12 keystore file, or from a {@link PrivateKey} the caller holds (for
 * example on a hardware token through its JCA provider). RSA and EC keys.
 *
 * <p>Immutable and thread-safe. Load it once for a batch: every signature reuses it.
 * {@link #toString()} names the signer's certificate, never the key.
 */
public final class SigningKey {
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private SigningKey(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain;
    }

    /**
     * Loads the first private key entry of a PKCS#12 keystore ({@code .p12}/{@code .pfx}) with its chain.
     *
     * @param file the keystore
     * @param password the keystore's password (also the key's); not kept
     * @return the key
     * @throws SignException {@code KEYSTORE_UNREADABLE}, {@code WRONG_PASSWORD}, {@code NO_PRIVATE_KEY},
     *     {@code UNSUPPORTED_KEY}, {@code KEY_DOES_NOT_MATCH_CERTIFICATE}
     */
    public static SigningKey fromPkcs12(Path file, char[] password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new SignException(SignException.Reason.KEYSTORE_UNREADABLE, file.toString(),
                    "no such keystore: " + file, e);
        } catch (IOException e) {
            // PKCS#12 reports a wrong password as an IOException caused by UnrecoverableKeyException
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SignException(SignException.Reason.WRONG_PASSWORD, file.toString(),
                        file + ": wrong keystore password", e);
            }
            throw new SignException(SignException.Reason.KEYSTORE_UNREADABLE, file.toString(),
                    file + ": not a readable PKCS#12 keystore: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SignException(SignException.Reason.KEYSTORE_UNREADABLE, file.toString(),
                    file + ": not a readable PKCS#12 keystore: " + e.getMessage(), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                java.security.Key k = store.getKey(alias, password);
                Certificate[] certs = store.getCertificateChain(alias);
                if (k instanceof PrivateKey && certs != null && certs.length > 0) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : certs) {
                        chain.add((X509Certificate) c);
                    }
                    return of((PrivateKey) k, chain, file.toString());
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new SignException(SignException.Reason.WRONG_PASSWORD, file.toString(),
                    file + ": wrong key password", e);
        } catch (GeneralSecurityException e) {
            throw new SignException(SignException.Reason.KEYSTORE_UNREADABLE, file.toString(),
                    file + ": cannot read the key: " + e.getMessage(), e);
        }
        throw new SignException(SignException.Reason.NO_PRIVATE_KEY, file.toString(),
                file + ": no private key with a certificate in the keystore", null);
    }

    /**
     * Makes a signing key from a private key the caller holds and its certificate chain.
     *
     * @param key the private key, RSA or EC
     * @param chain the signer's certificate first, then its issuers; at least one
     * @return the key
     * @throws SignException {@code UNSUPPORTED_KEY}, {@code KEY_DOES_NOT_MATCH_CERTIFICATE}
     * @throws IllegalArgumentException for an empty chain
     */
    public static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        return of(key, chain, "private key");
    }

    private static SigningKey of(PrivateKey key, List<X509Certificate> chain, String input) {
        Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate chain is empty");
        }
        List<X509Certificate> copy = List.copyOf(chain);
        String algorithm = signatureAlgorithm(key.getAlgorithm(), input);
        // sign a probe and check it with the certificate's public key: a token's key cannot be compared otherwise
        try {
            byte[] probe = "skillcert key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key);
            s.update(probe);
            byte[] value = s.sign();
            Signature v = Signature.getInstance(algorithm);
            v.initVerify(copy.get(0).getPublicKey());
            v.update(probe);
            if (!v.verify(value)) {
                throw mismatch(input, copy.get(0), null);
            }
        } catch (GeneralSecurityException e) {
            throw mismatch(input, copy.get(0), e);
        }
        return new SigningKey(key, copy);
    }

    private static SignException mismatch(String input, X509Certificate cert, @javax.annotation.Nullable Exception e) {
        return new SignException(SignException.Reason.KEY_DOES_NOT_MATCH_CERTIFICATE, input,
                input + ": the private key does not belong to the certificate of "
                        + cert.getSubjectX500Principal().getName(), e);
    }

    /** The JCA signature algorithm for a key algorithm: SHA-256 with RSA (PKCS#1 v1.5) or ECDSA. */
    static String signatureAlgorithm(String keyAlgorithm, String input) {
        switch (keyAlgorithm) {
            case "RSA":
                return "SHA256withRSA";
            case "EC":
            case "ECDSA":
                return "SHA256withECDSA";
            default:
                throw new SignException(SignException.Reason.UNSUPPORTED_KEY, input,
                        input + ": a " + keyAlgorithm + " key; RSA and EC keys can sign", null);
        }
    }

    /**
     * Checks that the signer certificate is valid at a moment.
     *
     * @param at the signing time
     * @throws SignException {@code CERTIFICATE_EXPIRED}, {@code CERTIFICATE_NOT_YET_VALID}
     */
    public void checkValidAt(Instant at) {
        X509Certificate c = certificate();
        try {
            c.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new SignException(SignException.Reason.CERTIFICATE_EXPIRED, subject(),
                    "the signer certificate of " + subject() + " expired on " + c.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            throw new SignException(SignException.Reason.CERTIFICATE_NOT_YET_VALID, subject(),
                    "the signer certificate of " + subject() + " is valid only from " + c.getNotBefore().toInstant(), e);
        }
    }

    /**
     * Returns the private key.
     *
     * @return the key
     */
    public PrivateKey privateKey() {
        return key;
    }

    /**
     * Returns the signer's certificate.
     *
     * @return the first certificate of the chain
     */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Returns the certificate chain, signer first.
     *
     * @return an unmodifiable list
     */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * Returns the JCA signature algorithm this key signs with.
     *
     * @return {@code SHA256withRSA} or {@code SHA256withECDSA}
     */
    public String signatureAlgorithm() {
        return signatureAlgorithm(key.getAlgorithm(), subject());
    }

    /**
     * Returns the signer certificate's subject, as RFC 2253 text.
     *
     * @return e.g. {@code CN=广州市示例技工学校,O=...}
     */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    @Override
    public String toString() {
        return "SigningKey[" + key.getAlgorithm() + ", " + subject() + "]";
    }
}
