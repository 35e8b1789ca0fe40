package org.skillcert.examples.cli;

import java.nio.file.Path;
import org.skillcert.core.issue.CertificatePrinter;
import org.skillcert.core.issue.Office;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the workflow subcommands ({@code replace}, {@code correct}, {@code revoke}): the
 * institution file and the database.
 */
final class OfficeOptions {
    @Option(names = "--institution", required = true, paramLabel = "FILE",
            description = "The institution file: filed name, site code, filed scope (the demo writes one).")
    Path institution;

    @Mixin
    StoreOptions store;

    @Mixin
    CalendarOptions calendar = new CalendarOptions();

    /**
     * Opens the office over the database.
     *
     * @param parent the command, for the environment
     * @param open the open store
     * @param printer prints certificates that are re-made (a correction on electronic paper)
     * @return the office
     */
    Office office(SkillcertCommand parent, StoreOptions.OpenStore open, CertificatePrinter printer) {
        return Office.builder(InstitutionFile.read(institution), open.storage()).actor(store.actor(parent))
                .calendar(calendar.calendar(parent)).printer(printer).build();
    }
}
