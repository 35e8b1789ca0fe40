package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.ReplacementApplication;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.issue.ReplacementReceipt;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.render.form.FormRenderer;
import org.skillcert.render.form.ProofContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert replace}: a replacement proof (补发证明, appendix 4) for a lost or damaged
 * certificate (R-ISS-2): the application is checked against the registry (name and ID number must
 * match), a receipt with the due date (5 working days) is printed, and the proof is written as a PDF.
 */
@Command(name = "replace",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Makes the replacement proof (补发证明, appendix 4) for a lost or damaged certificate (R-ISS-2): the"
                + " application (appendix 3) is checked against the registry (the name and ID number must match the"
                + " certificate), the receipt's due date is 5 working days after receipt, and the proof is written"
                + " to --out as proof-<number>.pdf.",
            "Exit status: 0 proof made, 1 refused (unknown certificate, name or ID mismatch, revoked), 2 usage or setup error.",
            ""
        })
final class ReplaceCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--number", required = true, paramLabel = "CERTIFICATE", description = "The certificate number.")
    String number;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The applicant's name (姓名).")
    String name;

    @Option(names = "--id-number", required = true, paramLabel = "ID", description = "The applicant's ID number.")
    String idNumber;

    @Option(names = "--matter", defaultValue = "LOST", paramLabel = "LOST|DAMAGED",
            description = "Lost (遗失) or damaged (损坏); default ${DEFAULT-VALUE}.")
    ReplacementApplication.Matter matter;

    @Option(names = "--delivery", defaultValue = "COLLECT", paramLabel = "COLLECT|POST_COD|EMS",
            description = "How the proof is collected (default ${DEFAULT-VALUE}).")
    ReplacementApplication.Delivery delivery;

    @Option(names = "--ems", paramLabel = "TRACKING", description = "The EMS tracking number, with --delivery EMS.")
    @Nullable
    String ems;

    @Option(names = "--phone", required = true, paramLabel = "PHONE", description = "The applicant's phone number.")
    String phone;

    @Option(names = "--received", paramLabel = "DATE", description = "When the application arrived (default: today).")
    @Nullable
    LocalDate received;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the proof PDF goes (default: the workspace).")
    @Nullable
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    OfficeOptions office;

    @Mixin
    FontOptions fontOptions = new FontOptions();

    @Override
    public Integer call() throws IOException {
        Path folder = Files.createDirectories(out != null ? out : office.store.workspace);
        PdfCertificatePrinter printer = PdfCertificatePrinter.of(CertificateRenderer.builder().fonts(fontOptions.library(parent)).build(), folder, folder);
        try (StoreOptions.OpenStore open = office.store.open(parent)) {
            Office o = office.office(parent, open, printer);
            LocalDate on = received != null ? received : o.today();
            ReplacementApplication application = new ReplacementApplication("A-" + number + "-" + on, name, idNumber,
                    number, matter, delivery, ems, phone, on);
            ReplacementReceipt receipt = o.replacements().accept(application);
            ReplacementProof proof = o.replacements().prove(receipt, o.today());
            Path pdf = folder.resolve("proof-" + number + ".pdf");
            try (OutputStream file = Files.newOutputStream(pdf)) {
                FormRenderer.of(fontOptions.library(parent), Clock.systemUTC()).renderProof(ProofContent.from(proof).build(), file);
            }
            if (json) {
                parent.out().println(new JsonObject().put("application", application.applicationId())
                        .put("certificate", number).put("received", on.toString())
                        .put("due", receipt.dueDate().toString()).put("proofDate", proof.issuedOn().toString())
                        .put("late", proof.late()).put("proof", pdf.toString()));
            } else {
                parent.out().println("Receipt " + application.applicationId() + ": " + matter + " certificate " + number
                        + " of " + name + ", received " + on + ", due " + receipt.dueDate() + " (5 working days, R-ISS-2)");
                parent.out().println("Proof dated " + proof.issuedOn() + (proof.late() ? " (LATE)" : "") + ": " + pdf);
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
