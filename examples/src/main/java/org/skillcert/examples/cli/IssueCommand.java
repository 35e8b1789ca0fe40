package org.skillcert.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.Office;
import org.skillcert.core.stock.StockService;
import org.skillcert.examples.roster.Roster;
import org.skillcert.examples.roster.RosterProblem;
import org.skillcert.examples.roster.RosterReader;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.spi.SheetRange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skillcert issue}: issues the certificates of a roster (R-ISS-1), electronic or on blank
 * stock, reporting every bad row and issuing the good ones; re-running the same roster issues
 * nothing twice (the result id is the serial's request id).
 */
@Command(name = "issue",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Issues the certificates of a roster: CSV (UTF-8 or GBK, detected) or Excel .xlsx, columns found by"
                + " their Chinese or English headers (姓名/name, 证件类型/id type, 证件号码/id number, 职业名称/occupation,"
                + " 工种/job, 职业技能等级/level, 成绩可查询日期/queryable date, 照片/photo, 成绩编号/result id).",
            "Every bad row is reported with its row number and column as Excel shows them and the reason with"
                + " its rule id; the good rows are issued. Without a result id column a stable id is derived from"
                + " ID type, ID number, occupation, job and level, so re-running the same roster issues nothing twice.",
            "Electronic certificates are written to --out as <number>.pdf; with --stock the certificates are"
                + " printed on the blank sheets --sheets (handed out to --custodian first) as one print-run PDF in --out.",
            "Exit status: 0 every row issued (now or before), 1 some rows refused, 2 usage or setup error.",
            ""
        })
final class IssueCommand implements Callable<Integer> {
    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--roster", required = true, paramLabel = "FILE", description = "The roster, .csv or .xlsx.")
    Path roster;

    @Option(names = "--institution", required = true, paramLabel = "FILE",
            description = "The institution file: filed name, site code, filed scope (the demo writes one).")
    Path institution;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the PDFs go.")
    Path out;

    @Option(names = "--electronic", description = "Electronic certificates, one PDF each (the default).")
    boolean electronic;

    @Option(names = "--stock", description = "Print on blank stock: the sheets of --sheets (R-LAY-7).")
    boolean stock;

    @Option(names = "--sheets", paramLabel = "FIRST-LAST", converter = StockCommand.SheetRangeConverter.class,
            description = "With --stock: the blank sheets loaded in the printer, e.g. 00010001-00010050.")
    @Nullable
    SheetRange sheets;

    @Option(names = "--custodian", defaultValue = "printer", paramLabel = "NAME",
            description = "Who holds the blank sheets when printing on stock (default: ${DEFAULT-VALUE}).")
    String custodian;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Mixin
    SignOptions signing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if ((stock && electronic) || stock != (sheets != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "choose --electronic, or --stock with --sheets FIRST-LAST");
        }
        PrintStream stdout = parent.out();
        Institution school = InstitutionFile.read(institution);
        Roster rows = RosterReader.read(roster);
        Files.createDirectories(out);
        Path photoFolder = roster.toAbsolutePath().getParent();
        RenderingPrinter printer = new RenderingPrinter(CertificateRenderer.builder().build(), photoFolder, out)
                .signing(signing.signer(parent));
        try (StoreOptions.OpenStore open = store.open(parent)) {
            Office office = Office.builder(school, open.storage()).actor(store.actor(parent)).printer(printer).build();
            if (sheets != null) {
                StockService stock = office.stock();
                stock.handOut(sheets, custodian);
            }
            RosterIssue run;
            try (ProgressBar progress = json ? ProgressBar.silent(rows.rows().size())
                    : ProgressBar.start("issuing", rows.rows().size(), parent.err())) {
                run = RosterIssue.run(office, rows, sheets == null ? null : custodian, progress);
            }
            Path printRun = out.resolve("print-run-"
                    + LocalDateTime.now(Office.CHINA).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".pdf");
            int pages = printer.writePrintRun(printRun);
            if (json) {
                stdout.println(run.json().put("electronicPdfs", printer.electronicCount())
                        .put("printRun", pages == 0 ? null : printRun.toString()).put("printRunPages", pages));
            } else {
                stdout.println(rows.source() + " (" + rows.format() + "): " + run.tally());
                for (RosterProblem p : run.problems()) {
                    stdout.println("  " + p);
                }
                stdout.println(printer.electronicCount() + " electronic certificate(s) in " + out
                        + (pages == 0 ? "" : "; print run of " + pages + " page(s): " + printRun));
            }
            return run.clean() ? CommandLine.ExitCode.OK : Failures.REFUSED;
        }
    }
}
