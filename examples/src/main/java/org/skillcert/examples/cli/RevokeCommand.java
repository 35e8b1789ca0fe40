package org.skillcert.examples.cli;

import java.util.concurrent.Callable;
import org.skillcert.spi.StatusChange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert revoke}: declares a certificate void (R-ISS-4), with the reason and the
 * authority that decided; the certificate is then reported as revoked.
 */
@Command(name = "revoke",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Revokes a certificate issued by fraud (R-ISS-4), recording the reason and the deciding authority.",
            "Exit status: 0 revoked (or already revoked), 1 refused (unknown certificate, blank reason), 2 usage or setup error.",
            ""
        })
final class RevokeCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--number", required = true, paramLabel = "CERTIFICATE", description = "The certificate number.")
    String number;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, e.g. the fraud found.")
    String reason;

    @Option(names = "--authority", required = true, paramLabel = "TEXT",
            description = "Who decided, e.g. the HRSS department's decision reference.")
    String authority;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    OfficeOptions office;

    /** The time of a change in Beijing time with its offset, e.g. 2026-03-16T10:00:00+08:00, to the second. */
    static String beijing(java.time.Instant at) {
        // a formatter, not toString(): OffsetDateTime.toString() leaves out ":00" seconds
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                at.atZone(StockReport.ZONE).toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Override
    public Integer call() {
        try (StoreOptions.OpenStore open = office.store.openExisting(parent)) {
            StatusChange change = office.office(parent, open, org.skillcert.core.issue.CertificatePrinter.NONE).revocations().revoke(number, reason, authority);
            parent.out().println(json
                    ? new JsonObject().put("number", change.number()).put("status", change.status().name())
                            .put("reason", change.reason()).put("at", beijing(change.at())).toString()
                    : number + " " + change.status() + " at " + beijing(change.at()) + ": " + change.reason());
            return CommandLine.ExitCode.OK;
        }
    }
}
