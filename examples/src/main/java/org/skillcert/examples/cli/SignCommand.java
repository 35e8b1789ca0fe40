package org.skillcert.examples.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.render.sign.CertificateSigner;
import org.skillcert.render.sign.SignException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert sign}: signs existing certificate PDFs with the institution's key (PAdES), the
 * key loaded once for all of them; each signed file replaces its original atomically, or goes to
 * {@code --out}.
 */
@Command(name = "sign",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Signs existing certificate PDFs for the institution (PAdES B-B, B-T with --tsa): the signature is added"
                + " as an incremental update (a PDF/A-2b certificate stays PDF/A-2b) and covers the whole file, so"
                + " any later change shows in skillcert verify. The keystore password comes from $"
                + SignOptions.PASSWORD_VARIABLE + ".",
            "Exit status: 0 all signed, 1 some files could not be signed, 2 usage or key error (nothing signed).",
            ""
        })
final class SignCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--key", required = true, paramLabel = "FILE.p12", description = "The institution's PKCS#12 keystore.")
    Path keystore;

    @Option(names = "--tsa", paramLabel = "URL", description = "Add an RFC 3161 time-stamp from this authority (PAdES B-T).")
    @Nullable
    URI tsa;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the signed PDFs here (default: replace each file).")
    @Nullable
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "The PDFs to sign.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        CertificateSigner signer = SignOptions.signer(parent, keystore, tsa);
        if (out != null) {
            Files.createDirectories(out);
        }
        int failed = 0;
        for (Path f : files) {
            Path target = out == null ? f : out.resolve(f.getFileName());
            try {
                signer.signFile(f, target);
                parent.out().println("signed " + target + " (" + signer.key().subject() + ")");
            } catch (SignException e) {
                failed++;
                parent.err().println("skillcert sign: " + f + ": " + e.getMessage());
            }
        }
        return failed == 0 ? CommandLine.ExitCode.OK : Failures.REFUSED;
    }
}
