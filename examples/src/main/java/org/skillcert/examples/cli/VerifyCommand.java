package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.skillcert.render.verify.CertificateVerifier;
import org.skillcert.render.verify.Finding;
import org.skillcert.render.verify.Outcome;
import org.skillcert.render.verify.SignatureReport;
import org.skillcert.render.verify.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert verify FILE.pdf}: checks a certificate PDF with the library's
 * {@link CertificateVerifier} — the signature (byte range, digest, CMS value, time-stamp, signer
 * validity, optionally trust), the number and QR code, and with {@code --registry} the status and
 * the holder's printed details — and prints the outcome with every reason.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks a certificate PDF: the institution's signature (it must cover the whole file: nothing changed or"
                + " appended since; the CMS signature and digest; who signed and when, with the time-stamp if any; the"
                + " signer certificate valid then), the certificate number in the text (R-NUM) and in the QR code, and"
                + " with --registry the registry's status and the holder's name, ID number, occupation, job and level"
                + " as printed. With --trust the signer must chain to one of the given CA certificates; without it the"
                + " report says the signer was not checked against a trust list.",
            "Outcomes: VALID; NOT_SIGNED (agrees, but nothing shows it was not altered); ALTERED; SIGNATURE_INVALID;"
                + " INCONSISTENT; UNREADABLE. Each problem is printed with its reason.",
            "Exit status: 0 VALID, 1 any other outcome, 2 unreadable file or usage error.",
            ""
        })
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The certificate PDF.")
    Path file;

    @Option(names = "--registry", description = "Also compare with the database: status and the holder's printed details.")
    boolean registry;

    @Option(names = "--trust", paramLabel = "FILE",
            description = "CA certificates (PEM or DER) the signer must chain to; may be repeated.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        CertificateVerifier.Builder builder = CertificateVerifier.builder().trustAnchors(anchors());
        VerificationReport report;
        if (registry) {
            // read only: a registry that does not exist is refused, not created empty
            try (StoreOptions.OpenStore open = store.openExisting(parent)) {
                report = builder.registry(open.registry()).build().verify(file);
            }
        } else {
            report = builder.build().verify(file);
        }
        Outcome outcome = report.outcome();
        if (json) {
            List<JsonObject> findings = new ArrayList<>();
            for (Finding f : report.findings()) {
                findings.add(new JsonObject().put("reason", f.reason().name()).put("detail", f.detail()));
            }
            List<JsonObject> signatures = new ArrayList<>();
            for (SignatureReport s : report.signatures()) {
                signatures.add(new JsonObject().put("signer", s.signer()).put("subFilter", s.subFilter())
                        .put("claimedTime", s.claimedTime().map(Object::toString).orElse(null))
                        .put("timeStamp", s.timeStamp().map(Object::toString).orElse(null))
                        .put("timeStampAuthority", s.timeStampAuthority().orElse(null))
                        .put("signedBytes", s.signedBytes()).put("bytesAfter", s.bytesAfter())
                        .put("cryptographicallyValid", s.cryptographicallyValid()));
            }
            parent.out().println(new JsonObject().put("file", file.toString()).put("outcome", outcome.name())
                    .put("pages", report.pages()).put("number", report.number().orElse(null))
                    .put("qr", report.qrText().orElse(null)).put("signatures", signatures)
                    .put("trustChecked", report.trustChecked()).put("registry", report.registryStatus().orElse(null))
                    .put("findings", findings).put("ok", outcome == Outcome.VALID));
        } else if (outcome == Outcome.UNREADABLE) {
            // one plain line, as for any file that cannot be read
            parent.err().println("skillcert verify: " + report.findings().stream()
                    .filter(f -> f.reason().outcome() == Outcome.UNREADABLE).findFirst().orElseThrow().detail());
        } else {
            text(report);
        }
        return outcome == Outcome.VALID ? CommandLine.ExitCode.OK
                : outcome == Outcome.UNREADABLE ? Failures.SETUP : Failures.REFUSED;
    }

    private void text(VerificationReport report) {
        java.io.PrintStream out = parent.out();
        out.println(file + ": " + report.pages() + " page(s)");
        if (report.signatures().isEmpty()) {
            out.println("  signature: none");
        }
        for (SignatureReport s : report.signatures()) {
            out.println("  signature: " + s.subFilter() + ", signed by " + s.signer());
            out.println("    time: " + s.timeStamp().map(t -> t + " (RFC 3161 time-stamp by "
                    + s.timeStampAuthority().orElse("?") + ")").orElse(s.claimedTime()
                    .map(t -> t + " (claimed by the signer; no time-stamp)").orElse("unknown")));
            out.println("    covers: " + s.signedBytes() + " bytes" + (s.bytesAfter() == 0 ? ", the whole file"
                    : "; " + s.bytesAfter() + " bytes appended after it") + "; digest and signature value "
                    + (s.cryptographicallyValid() ? "verify" : "DO NOT verify"));
        }
        if (!report.signatures().isEmpty()) {
            out.println("  trust: " + (report.trustChecked() ? "signer checked against the --trust certificates"
                    : "signer NOT checked against a trust list (give --trust CA.pem)"));
        }
        Map<String, String> printed = report.printed();
        out.println("  certificate number: " + report.number().orElse("none found"));
        out.println("  holder: " + printed.getOrDefault("holder.name", "?") + ", " + printed.getOrDefault("occupation", "?")
                + ", " + printed.getOrDefault("skill.level", "?"));
        out.println("  QR code: " + report.qrText().map(q -> q.replace("\n", " | ")).orElse("none decoded"));
        report.registryStatus().ifPresent(s -> out.println("  registry: " + s));
        for (Finding f : report.findings()) {
            out.println("  - " + f.reason() + ": " + f.detail());
        }
        out.println(report.outcome());
    }

    private List<X509Certificate> anchors() throws IOException {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path p : trust) {
            try (InputStream in = Files.newInputStream(p)) {
                for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    anchors.add((X509Certificate) c);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException(p + ": not a certificate file (PEM or DER): " + e.getMessage(), e);
            }
            if (anchors.isEmpty()) {
                throw new IOException(p + ": no certificate in the file");
            }
        }
        return anchors;
    }
}
