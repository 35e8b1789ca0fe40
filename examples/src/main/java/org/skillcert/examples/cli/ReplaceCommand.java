package org.skillcert.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.ReplacementApplication;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.issue.ReplacementReceipt;
import org.skillcert.render.form.FormRenderer;
import org.skillcert.render.form.ProofContent;
import org.skillcert.render.form.ReceiptContent;
import org.skillcert.render.form.ReplacementApplicationContent;
import org.skillcert.spi.ReplacementRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert replace}: replacement proofs (补发证明, appendix 4) for lost or damaged
 * certificates (R-ISS-2) in the guideline's steps: {@code accept} the application (appendix 3)
 * and give the receipt (受理回执) with the due date (5 working days); {@code prove} it later (the
 * proof PDF, dated as given); {@code pending} lists the open ones and flags the overdue;
 * {@code form} prints appendix 3, filled from an accepted application or blank, with its receipt.
 */
@Command(name = "replace",
        mixinStandardHelpOptions = true,
        description = {
            "Replacement proofs (补发证明) for lost or damaged certificates (R-ISS-2): accept an application"
                + " (appendix 3; receipt with the due date, 5 working days), prove it (appendix 4), list the pending"
                + " ones with their due dates, print appendix 3 filled or blank with the 受理回执.",
            "Exit status: 0 done, 1 refused (unknown certificate or application, name or ID mismatch, revoked), 2 usage"
                + " or setup error."
        },
        subcommands = {ReplaceCommand.Accept.class, ReplaceCommand.Prove.class, ReplaceCommand.Pending.class,
            ReplaceCommand.Form.class})
final class ReplaceCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return Usage.print(spec, parent.err());
    }

    static FormRenderer forms(FontOptions fonts, SkillcertCommand parent) {
        return FormRenderer.of(fonts.library(parent), Clock.systemUTC());
    }

    static Path writeReceipt(FormRenderer forms, ReplacementReceipt receipt, Path folder) throws IOException {
        Path pdf = folder.resolve("receipt-" + fileName(receipt.application().applicationId()) + ".pdf");
        AtomicWrite.pdf(pdf, out -> forms.renderReceipt(ReceiptContent.from(receipt), out));
        return pdf;
    }

    static Path writeApplication(FormRenderer forms, ReplacementReceipt receipt, Path folder) throws IOException {
        Path pdf = folder.resolve("application-" + fileName(receipt.application().applicationId()) + ".pdf");
        AtomicWrite.pdf(pdf, out -> forms.renderReplacementApplication(
                ReplacementApplicationContent.from(receipt).build(), out));
        return pdf;
    }

    // application ids are the caller's: keep file names to a safe alphabet
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    // accept and prove record applications and write forms; neither prints a certificate
    static Office formsOnly(OfficeOptions office, SkillcertCommand parent, StoreOptions.OpenStore open) {
        return office.office(parent, open, job -> {
            throw new IllegalStateException("replace prints no certificates");
        });
    }

    /** {@code replace accept}: checks the application against the registry, records it, gives the receipt. */
    @Command(name = "accept", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Accepts a replacement application (appendix 3, R-ISS-2): the name and ID number must be"
                + " those on the certificate; the application is recorded with its due date (5 working days after"
                + " receipt), and appendix 3 (filled) and the 受理回执 are written to --out."})
    static final class Accept implements Callable<Integer> {
        @ParentCommand
        ReplaceCommand replace;

        @Option(names = "--number", required = true, paramLabel = "CERTIFICATE", description = "The certificate number.")
        String number;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The applicant's name (姓名).")
        String name;

        @Option(names = "--id-number", required = true, paramLabel = "ID", description = "The applicant's ID number.")
        String idNumber;

        @Option(names = "--matter", defaultValue = "LOST", paramLabel = "LOST|DAMAGED",
                description = "Lost or damaged (default: ${DEFAULT-VALUE}).")
        ReplacementApplication.Matter matter;

        @Option(names = "--delivery", defaultValue = "COLLECT", paramLabel = "COLLECT|POST_COD|EMS",
                description = "How the proof is collected (default: ${DEFAULT-VALUE}).")
        ReplacementApplication.Delivery delivery;

        @Option(names = "--ems", paramLabel = "TRACKING", description = "The EMS tracking number, with --delivery EMS.")
        @Nullable
        String ems;

        @Option(names = "--phone", required = true, paramLabel = "PHONE", description = "The applicant's phone number.")
        String phone;

        @Option(names = "--received", paramLabel = "DATE", description = "When the application arrived (default: today).")
        @Nullable
        LocalDate received;

        @Option(names = "--application", paramLabel = "ID",
                description = "The application's id (default: A-<number>-<received date>).")
        @Nullable
        String applicationId;

        @Option(names = "--out", paramLabel = "DIR", description = "Where appendix 3 and the receipt go (default: the workspace).")
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
            SkillcertCommand parent = replace.parent;
            // the certificate (accept) or the application (prove) is recorded already: a workspace that does not
            // exist is a typo, refused before any folder is made
            try (StoreOptions.OpenStore open = office.store.openExisting(parent)) {
                Path folder = Files.createDirectories(out != null ? out : office.store.workspace);
                Office o = formsOnly(office, parent, open);
                LocalDate on = received != null ? received : o.today();
                String id = applicationId != null ? applicationId : "A-" + number + "-" + on;
                ReplacementReceipt receipt = o.replacements().accept(new ReplacementApplication(id, name, idNumber, number,
                        matter, delivery, ems, phone, on));
                FormRenderer forms = forms(fontOptions, parent);
                Path form = writeApplication(forms, receipt, folder);
                Path slip = writeReceipt(forms, receipt, folder);
                if (json) {
                    parent.out().println(new JsonObject().put("application", id).put("certificate", number)
                            .put("received", on.toString()).put("due", receipt.dueDate().toString())
                            .put("dueProvisional", receipt.dueProvisional()).put("form", form.toString())
                            .put("receipt", slip.toString()));
                } else {
                    parent.out().println("Accepted " + id + ": " + matter + " certificate " + number + " of " + name
                            + ", received " + on + ", proof due " + receipt.dueDate() + " (5 working days, R-ISS-2)");
                    if (receipt.dueProvisional()) {
                        parent.out().println(CalendarOptions.provisionalLine(receipt.dueDate().getYear()));
                    }
                    parent.out().println("  appendix 3: " + form);
                    parent.out().println("  受理回执:   " + slip);
                }
                return CommandLine.ExitCode.OK;
            }
        }
    }

    /** {@code replace prove}: makes the proof of an accepted application, dated as given. */
    @Command(name = "prove", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Makes the proof (appendix 4) of an accepted application, re-checking the registry, and"
                + " records it proved on --date; the PDF is written to --out as proof-<number>.pdf. Proving again keeps"
                + " the first date."})
    static final class Prove implements Callable<Integer> {
        @ParentCommand
        ReplaceCommand replace;

        @Option(names = "--application", required = true, paramLabel = "ID", description = "The accepted application.")
        String applicationId;

        @Option(names = "--date", paramLabel = "DATE", description = "The proof's date (default: today).")
        @Nullable
        LocalDate date;

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
            SkillcertCommand parent = replace.parent;
            // the certificate (accept) or the application (prove) is recorded already: a workspace that does not
            // exist is a typo, refused before any folder is made
            try (StoreOptions.OpenStore open = office.store.openExisting(parent)) {
                Path folder = Files.createDirectories(out != null ? out : office.store.workspace);
                Office o = formsOnly(office, parent, open);
                LocalDate on = date != null ? date : o.today();
                ReplacementProof proof = o.replacements().prove(applicationId, on);
                Path pdf = folder.resolve("proof-" + proof.certificateNumber() + ".pdf");
                FormRenderer forms = forms(fontOptions, parent);
                AtomicWrite.pdf(pdf, file -> forms.renderProof(ProofContent.from(proof).build(), file));
                if (json) {
                    parent.out().println(new JsonObject().put("application", applicationId)
                            .put("certificate", proof.certificateNumber()).put("proofDate", proof.issuedOn().toString())
                            .put("late", proof.late()).put("proof", pdf.toString()));
                } else {
                    parent.out().println("Proof for " + applicationId + " dated " + proof.issuedOn()
                            + (proof.late() ? " (LATE: after the due date)" : "") + ": " + pdf);
                }
                return CommandLine.ExitCode.OK;
            }
        }
    }

    /** {@code replace pending}: the open applications with their due dates, overdue ones flagged. */
    @Command(name = "pending", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Lists the accepted applications without a proof yet, earliest due first, with their due"
                + " dates (5 working days, R-ISS-2); OVERDUE marks those past their due date as of --as-of."})
    static final class Pending implements Callable<Integer> {
        @ParentCommand
        ReplaceCommand replace;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date to judge on (default: today).")
        @Nullable
        LocalDate asOf;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            SkillcertCommand parent = replace.parent;
            LocalDate day = asOf != null ? asOf : LocalDate.now(Office.CHINA);
            try (StoreOptions.OpenStore open = store.openExisting(parent)) {
                List<ReplacementRecord> pending = open.storage().replacements().open();
                long overdue = pending.stream().filter(r -> r.overdue(day)).count();
                if (json) {
                    StringBuilder items = new StringBuilder("[");
                    for (ReplacementRecord r : pending) {
                        items.append(items.length() > 1 ? ", " : "").append(new JsonObject()
                                .put("application", r.applicationId()).put("certificate", r.certificateNumber())
                                .put("received", r.receivedOn().toString()).put("due", r.dueDate().toString())
                                .put("dueProvisional", r.dueProvisional()).put("overdue", r.overdue(day)));
                    }
                    parent.out().println("{\"asOf\": \"" + day + "\", \"pending\": " + pending.size() + ", \"overdue\": "
                            + overdue + ", \"applications\": " + items.append(']') + "}");
                } else {
                    parent.out().println("Pending replacement proofs as of " + day + ": " + pending.size()
                            + (overdue > 0 ? " (" + overdue + " OVERDUE)" : ""));
                    for (ReplacementRecord r : pending) {
                        parent.out().println("  " + r.applicationId() + "  " + r.certificateNumber() + "  received "
                                + r.receivedOn() + "  due " + r.dueDate() + (r.dueProvisional() ? " (provisional)" : "")
                                + (r.overdue(day) ? "  OVERDUE" : ""));
                    }
                }
                return CommandLine.ExitCode.OK;
            }
        }
    }

    /** {@code replace form}: appendix 3 filled from an accepted application (and its receipt), or blank. */
    @Command(name = "form", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Writes appendix 3 (证书遗失、损坏补发证明申请表) to --out: blank for handwriting with --blank,"
                + " or filled from an accepted application with --application, together with its 受理回执."})
    static final class Form implements Callable<Integer> {
        @ParentCommand
        ReplaceCommand replace;

        @Option(names = "--application", paramLabel = "ID", description = "An accepted application to fill the form from.")
        @Nullable
        String applicationId;

        @Option(names = "--blank", description = "A blank form.")
        boolean blank;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the PDFs go.")
        Path out;

        @Mixin
        StoreOptions store;

        @Mixin
        FontOptions fontOptions = new FontOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            SkillcertCommand parent = replace.parent;
            if (blank == (applicationId != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either --blank or --application ID");
            }
            Path folder = Files.createDirectories(out);
            FormRenderer forms = forms(fontOptions, parent);
            if (blank) {
                Path pdf = folder.resolve("application-blank.pdf");
                AtomicWrite.pdf(pdf, file -> forms.renderReplacementApplication(
                        ReplacementApplicationContent.builder().build(), file));
                parent.out().println("appendix 3 (blank): " + pdf);
                return CommandLine.ExitCode.OK;
            }
            try (StoreOptions.OpenStore open = store.openExisting(parent)) {
                java.util.Optional<ReplacementRecord> found = open.storage().replacements().byId(applicationId);
                java.util.Optional<org.skillcert.spi.CertificateRecord> certificate = found.flatMap(
                        f -> open.registry().byNumber(f.certificateNumber()));
                if (found.isEmpty() || certificate.isEmpty()) {
                    parent.err().println("skillcert replace form: no replacement application " + applicationId
                            + " was accepted (see `skillcert replace pending`)");
                    return Failures.REFUSED;
                }
                ReplacementRecord r = found.get();
                org.skillcert.spi.CertificateRecord c = certificate.get();
                ReplacementReceipt receipt = new ReplacementReceipt(new ReplacementApplication(r.applicationId(),
                        r.applicantName(), r.idNumber(), r.certificateNumber(), ReplacementApplication.Matter.valueOf(r.matter()),
                        ReplacementApplication.Delivery.valueOf(r.delivery()), r.emsNumber(), r.phone(), r.receivedOn()),
                        c, r.dueDate(), r.dueProvisional());
                parent.out().println("appendix 3: " + writeApplication(forms, receipt, folder));
                parent.out().println("受理回执:   " + writeReceipt(forms, receipt, folder) + " (due " + r.dueDate()
                        + (r.dueProvisional() ? ", provisional" : "") + ")");
                return CommandLine.ExitCode.OK;
            }
        }
    }
}
