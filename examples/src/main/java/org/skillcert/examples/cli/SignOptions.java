package org.skillcert.examples.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import javax.annotation.Nullable;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.render.sign.CertificateSigner;
import org.skillcert.render.sign.SignException;
import org.skillcert.render.sign.SigningKey;
import picocli.CommandLine.Option;

/**
 * The signing options shared by {@code issue}, {@code correct} and {@code sign}: the institution's
 * PKCS#12 keystore, its password from {@value #PASSWORD_VARIABLE} (never on the command line, where
 * other users see it), and an optional RFC 3161 time-stamp authority.
 */
final class SignOptions {
    /** The environment variable holding the keystore password. */
    static final String PASSWORD_VARIABLE = "SKILLCERT_SIGN_PASSWORD";

    @Option(names = "--sign", paramLabel = "FILE.p12",
            description = "Sign electronic certificates with the institution's PKCS#12 keystore (PAdES);"
                    + " password from $" + PASSWORD_VARIABLE + ".")
    @Nullable
    Path keystore;

    @Option(names = "--tsa", paramLabel = "URL",
            description = "With --sign: add an RFC 3161 time-stamp from this time-stamp authority (PAdES B-T).")
    @Nullable
    URI tsa;

    /**
     * Loads the key once and builds the signer, or returns null without {@code --sign}. Every key
     * problem (wrong password, expired certificate, key not matching it) is reported here, before
     * anything is issued or written.
     */
    @Nullable
    CertificateSigner signer(SkillcertCommand parent) throws IOException {
        if (keystore == null) {
            if (tsa != null) {
                throw new IOException("--tsa needs --sign FILE.p12");
            }
            return null;
        }
        return signer(parent, keystore, tsa);
    }

    /** Returns the printer signing with {@code --sign}'s key, or the printer itself without {@code --sign}. */
    PdfCertificatePrinter apply(SkillcertCommand parent, PdfCertificatePrinter printer) throws IOException {
        CertificateSigner signer = signer(parent);
        return signer == null ? printer : printer.signedBy(signer);
    }

    static CertificateSigner signer(SkillcertCommand parent, Path keystore, @Nullable URI tsa) throws IOException {
        String password = parent.environment(PASSWORD_VARIABLE);
        if (password == null) {
            throw new IOException("--sign " + keystore + ": set the keystore password in $" + PASSWORD_VARIABLE
                    + " (it is never taken on the command line)");
        }
        try {
            CertificateSigner.Builder builder = CertificateSigner.builder(SigningKey.fromPkcs12(keystore,
                    password.toCharArray()));
            if (tsa != null) {
                builder.timeStampAuthority(tsa);
            }
            return builder.build();
        } catch (SignException e) {
            // a key that cannot sign is a setup error: nothing was done yet
            throw new IOException(e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            throw new IOException("--tsa: " + e.getMessage(), null);
        }
    }
}
