package org.skillcert.render.sign;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.skillcert.render.Samples;
import org.skillcert.render.verify.CertificateVerifier;
import org.skillcert.render.verify.Finding;
import org.skillcert.render.verify.VerificationReport;

/**
 * Runs inside a class loader that has no BouncyCastle (see {@link WithoutBouncyCastleTest});
 * speaks only JDK types to the outside.
 */
public final class NoBouncyCastleProbe {
    private NoBouncyCastleProbe() {
    }

    public static List<String> run(String keystore, String password, byte[] signedPdf) {
        List<String> out = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Samples.renderer().render(Samples.certificate(), pdf);
        out.add("rendered " + pdf.size() + " bytes");
        out.add(CertificateVerifier.builder().build().verify(pdf.toByteArray(), "unsigned").outcome().name());
        VerificationReport signed = CertificateVerifier.builder().build().verify(signedPdf, "signed");
        out.add(signed.findings().stream().map(Finding::reason).map(Enum::name).collect(Collectors.joining(",")));
        SigningKey key = SigningKey.fromPkcs12(Path.of(keystore), password.toCharArray());
        try {
            CertificateSigner.builder(key).build();
            out.add("built a signer without BouncyCastle");
        } catch (SignException e) {
            out.add(e.reason() + ": " + e.getMessage());
        }
        return out;
    }
}
