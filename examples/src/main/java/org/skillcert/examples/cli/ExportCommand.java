package org.skillcert.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.skillcert.core.report.DataExport;
import org.skillcert.core.report.ExportResult;
import org.skillcert.core.report.RejectedRow;
import org.skillcert.spi.CertificateRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert export}: the upward data export (R-RPT) of the certificates issued in a period,
 * every number re-validated (R-RPT-2); a row that fails is reported, not exported.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Exports the certificates issued in a period for reporting upward (R-RPT): csv (UTF-8 with BOM) is the"
                + " format for machine upload; xlsx is for people (every cell is text, so ID numbers keep all 18"
                + " digits in Excel, which shows a CSV's as 4.40103E+17); jsonl is JSON Lines. Every number is"
                + " re-validated against the Guangdong rule (R-RPT-2); a row that fails is listed on standard error"
                + " and left out. A CSV cell Excel would read as a formula gets a leading ' (OWASP); -- stays.",
            "The --out file holds ID numbers: it is written private to its owner (rw-------) and appears only"
                + " when complete.",
            "Exit status: 0 all exported, 1 some rows left out, 2 usage or setup error.",
            ""
        })
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PeriodOptions period;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx|jsonl",
            description = "csv (machine upload), xlsx (for people: text cells) or jsonl (default: csv).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    @Nullable
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("jsonl") && !format.equals("xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv, xlsx or jsonl");
        }
        period.check();
        ExportResult result;
        try (StoreOptions.OpenStore open = store.openExisting(parent);
                Stream<CertificateRecord> issued = open.registry().issuedBetween(period.from, period.to)) {
            if (out == null) {
                result = write(issued, parent.out());
            } else {
                try (PrivateOutput file = PrivateOutput.open("--out", out)) {
                    result = write(issued, file.stream());
                    file.commit();
                }
            }
        }
        for (RejectedRow r : result.rejected()) {
            parent.err().println("left out " + r.number() + ": " + r.reason() + " at position " + r.position()
                    + " (R-RPT-2)");
        }
        parent.err().println(result.exported() + " exported" + (out == null ? "" : " to " + out) + ", "
                + result.rejected().size() + " left out");
        return result.rejected().isEmpty() ? CommandLine.ExitCode.OK : Failures.REFUSED;
    }

    private ExportResult write(Stream<CertificateRecord> issued, OutputStream stream) throws IOException {
        DataExport export = DataExport.guangdong();
        if (format.equals("xlsx")) {
            ExportResult result = XlsxExport.write(export, issued.iterator(), stream);
            stream.flush();
            return result;
        }
        // standard output stays open for the caller: the writer is flushed, not closed
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        ExportResult result = format.equals("csv") ? export.csv(issued.iterator(), writer)
                : export.jsonLines(issued.iterator(), writer);
        writer.flush();
        return result;
    }
}
