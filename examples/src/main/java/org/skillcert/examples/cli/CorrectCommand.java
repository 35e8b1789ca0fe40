package org.skillcert.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.Correction;
import org.skillcert.core.issue.Office;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.spi.CertificateRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert correct}: re-makes a certificate with corrected data, only with the approval of
 * the HRSS department (R-ISS-3); the old record is kept as SUPERSEDED with a link to the new one.
 */
@Command(name = "correct",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Corrects a certificate's data (R-ISS-3): refused without --approval, the HRSS department's approval"
                + " reference. Fields not given keep the old certificate's values; the corrected certificate is"
                + " recorded, the old one becomes SUPERSEDED, and the new electronic certificate is written to --out.",
            "Exit status: 0 corrected, 1 refused (no approval, unknown certificate, bad data), 2 usage or setup error.",
            ""
        })
final class CorrectCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--number", required = true, paramLabel = "CERTIFICATE", description = "The certificate to correct.")
    String number;

    @Option(names = "--approval", paramLabel = "REFERENCE", description = "The HRSS department's approval reference.")
    String approval = "";

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the data was wrong.")
    String reason;

    @Option(names = "--name", paramLabel = "NAME", description = "The corrected name.")
    @Nullable
    String name;

    @Option(names = "--id-type", paramLabel = "TYPE", description = "The corrected ID type.")
    @Nullable
    String idType;

    @Option(names = "--id-number", paramLabel = "ID", description = "The corrected ID number.")
    @Nullable
    String idNumber;

    @Option(names = "--occupation", paramLabel = "TEXT", description = "The corrected occupation.")
    @Nullable
    String occupation;

    @Option(names = "--job", paramLabel = "TEXT", description = "The corrected job/direction (-- for none).")
    @Nullable
    String job;

    @Option(names = "--level", paramLabel = "LEVEL", description = "The corrected level, e.g. 三级 or 3.")
    @Nullable
    String level;

    @Option(names = "--queryable-date", required = true, paramLabel = "DATE",
            description = "The date the result became queryable (R-ISS-1).")
    String queryableDate;

    @Option(names = "--photo", required = true, paramLabel = "FILE", description = "The holder's photo, JPEG or PNG.")
    Path photo;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the new PDF goes (default: the workspace).")
    @Nullable
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    OfficeOptions office;

    @Mixin
    FontOptions fontOptions = new FontOptions();

    @Mixin
    SignOptions signing;

    @Override
    public Integer call() throws IOException {
        if (approval.isBlank()) {
            // the library's refusal names the rule; the command line names the option that satisfies it
            parent.err().println("skillcert correct: --approval REFERENCE is required: corrections need the approval"
                    + " of the HRSS department where the institution is filed (R-ISS-3)");
            return Failures.REFUSED;
        }
        Path folder = out != null ? out : office.store.workspace;
        try (StoreOptions.OpenStore open = office.store.openExisting(parent)) {
            // made only once the database is known to exist: a typo in --workspace creates nothing; a bad --out
            // is one line, before the fonts are looked up
            Files.createDirectories(folder);
            PdfCertificatePrinter printer = signing.apply(parent, PdfCertificatePrinter.of(
                    CertificateRenderer.builder().fonts(fontOptions.library(parent)).build(), folder, Path.of("")));
            Office o = office.office(parent, open, printer);
            java.util.Optional<CertificateRecord> found = open.registry().byNumber(number);
            if (found.isEmpty()) {
                parent.err().println("skillcert correct: no certificate " + number + " in the registry");
                return Failures.REFUSED;
            }
            CertificateRecord old = found.get();
            CandidateResult.Builder corrected = CandidateResult.builder()
                    .resultId(old.resultId() == null ? old.number() : old.resultId())
                    .name(or(name, old.holderName())).idType(or(idType, old.idType()))
                    .idNumber(or(idNumber, old.idNumber())).occupation(or(occupation, old.occupation()))
                    .jobDirection(or(job, old.job())).level(or(level, Integer.toString(old.level())))
                    .queryableOn(queryableDate).photo(photo.toAbsolutePath().normalize().toString());
            // the photo, glyphs and fit are checked before the correction is recorded; the PDF is
            // written before the new certificate's document is recorded as written
            Correction correction = o.corrections().correct(number, corrected, approval, reason, null);
            // a repeated correction returns the one recorded earlier: echo what was recorded, not today's options
            String recordedApproval = old.status() == org.skillcert.spi.CertificateStatus.SUPERSEDED
                    ? recordedApproval(open, number).orElse(correction.approvalReference())
                    : correction.approvalReference();
            if (!recordedApproval.equals(correction.approvalReference())) {
                parent.err().println("skillcert correct: " + number + " was corrected earlier under approval "
                        + recordedApproval + "; the --approval given now (" + approval.strip() + ") is not recorded");
            }
            Path pdf = folder.resolve(correction.certificate().number() + ".pdf");
            parent.out().println(json
                    ? new JsonObject().put("old", number).put("new", correction.certificate().number().toString())
                            .put("approval", recordedApproval).put("pdf", pdf.toString()).toString()
                    : number + " SUPERSEDED by " + correction.certificate().number() + " (approval "
                            + recordedApproval + ", R-ISS-3); new certificate: " + pdf);
            return CommandLine.ExitCode.OK;
        }
    }

    /**
     * Reads the approval recorded with an earlier correction: the registry keeps it in the actor of
     * the SUPERSEDED change, written as {@code clerk per HRSS approval REF: reason}.
     */
    private static java.util.Optional<String> recordedApproval(StoreOptions.OpenStore open, String number) {
        String marker = " per HRSS approval ";
        for (org.skillcert.spi.StatusChange change : open.registry().history(number)) {
            int at = change.actor().indexOf(marker);
            if (change.status() == org.skillcert.spi.CertificateStatus.SUPERSEDED && at >= 0) {
                String rest = change.actor().substring(at + marker.length());
                int end = rest.indexOf(": ");
                return java.util.Optional.of(end < 0 ? rest : rest.substring(0, end));
            }
        }
        return java.util.Optional.empty();
    }

    private static String or(@Nullable String given, String old) {
        return given != null ? given : old;
    }
}
