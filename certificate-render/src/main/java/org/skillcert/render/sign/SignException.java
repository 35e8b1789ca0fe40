package org.skillcert.render.sign;

import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.spi.FailureReason;
import org.skillcert.spi.SkillcertException;

/**
 * A document could not be signed, or a signing key could not be used. Every key problem is
 * found when the key is loaded or the signer is built, before any file is written.
 *
 * <p>Callers branch on {@link #reason()}; {@link #input()} names what was refused (a keystore
 * file, a PDF, a time-stamp authority's address); {@link #position()} is always
 * {@link #NO_POSITION}: a key or a file has no position.
 */
public final class SignException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    /** Why signing failed. */
    public enum Reason implements FailureReason {
        /** BouncyCastle ({@code bcpkix-jdk18on}, {@code bcprov-jdk18on}) is not on the class path. */
        BOUNCYCASTLE_MISSING,
        /** The keystore file cannot be read or is no PKCS#12 keystore. */
        KEYSTORE_UNREADABLE,
        /** The keystore password is wrong. */
        WRONG_PASSWORD,
        /** The keystore holds no private key with a certificate. */
        NO_PRIVATE_KEY,
        /** The private key does not belong to the certificate's public key. */
        KEY_DOES_NOT_MATCH_CERTIFICATE,
        /** The signer certificate's validity ended before the signing time. */
        CERTIFICATE_EXPIRED,
        /** The signer certificate's validity starts after the signing time. */
        CERTIFICATE_NOT_YET_VALID,
        /** The key is neither RSA nor EC. */
        UNSUPPORTED_KEY,
        /** The time-stamp authority could not be reached or refused the request. */
        TIME_STAMP_FAILED,
        /** The document to sign is not a readable PDF. */
        PDF_UNREADABLE,
        /** Reading or writing a file failed. */
        IO_FAILED
    }

    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason why it failed
     * @param input what was refused (a file, an address)
     * @param message the message for people
     * @param cause the underlying failure, may be {@code null}
     */
    public SignException(Reason reason, String input, String message, @Nullable Throwable cause) {
        super(reason, Objects.requireNonNull(input, "input"), NO_POSITION, message, cause);
        this.reason = reason;
    }

    /**
     * Returns why signing failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
