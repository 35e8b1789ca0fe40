package org.skillcert.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            "Exports the certificates issued in a period for reporting upward (R-RPT): CSV (UTF-8 with BOM, for"
                + " Excel) or JSON Lines. Every number is re-validated against the Guangdong rule (R-RPT-2); a row"
                + " that fails is listed on standard error and left out.",
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

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl", description = "csv or jsonl (default: csv).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    @Nullable
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be csv or jsonl");
        }
        period.check();
        ExportResult result;
        // standard output stays open for the caller: only a file is closed here
        Writer writer = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(parent.out(), StandardCharsets.UTF_8));
        try (StoreOptions.OpenStore open = store.open(parent);
                Stream<CertificateRecord> issued = open.registry().issuedBetween(period.from, period.to)) {
            result = format.equals("csv") ? DataExport.guangdong().csv(issued.iterator(), writer)
                    : DataExport.guangdong().jsonLines(issued.iterator(), writer);
        } finally {
            if (out != null) {
                writer.close();
            } else {
                writer.flush();
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
}
