package org.skillcert.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.OfficeException;
import org.skillcert.examples.roster.RosterProblem;
import org.skillcert.examples.roster.RosterReader;
import org.skillcert.examples.roster.RosterRows;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
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
            "Electronic certificates are written to --out as <number>.pdf; with --stock the certificates are bound,"
                + " in order, to the blank sheets of --sheets, which must be in the hands of --custodian (stock handout);"
                + " their pages go into print-run-<id>.pdf files in --out, and a sheet is booked PRINTED once its file exists.",
            "Every row is checked before it takes a number (fields, photo file, glyphs, fit, result id);"
                + " running the same roster again issues nothing twice and re-makes any PDF or page an interrupted run left unwritten.",
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

    @Option(names = "--run-pages", defaultValue = "250", paramLabel = "N",
            description = "With --stock: pages per print-run file (a printer tray; default: ${DEFAULT-VALUE}).")
    int runPages;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Mixin
    SignOptions signing;

    @Spec
    CommandSpec spec;

    @Mixin
    FontOptions fontOptions = new FontOptions();

    // the deadline of R-ISS-1 runs into next year from December: a year without a notice counts provisionally
    @Mixin
    CalendarOptions calendarOptions = new CalendarOptions();

    @Override
    public Integer call() throws java.io.IOException {
        if ((stock && electronic) || stock != (sheets != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "choose --electronic, or --stock with --sheets FIRST-LAST");
        }
        Institution school = InstitutionFile.read(institution);
        try (RosterRows rows = RosterReader.open(roster)) {
            return issue(rows, school);
        }
    }

    private Integer issue(RosterRows rows, Institution school) throws java.io.IOException {
        PrintStream stdout = parent.out();
        Files.createDirectories(out);
        Path photoFolder = roster.toAbsolutePath().getParent();
        PdfCertificatePrinter printer = signing.apply(parent, PdfCertificatePrinter.of(
                CertificateRenderer.builder().fonts(fontOptions.library(parent)).build(), out, photoFolder));
        try (StoreOptions.OpenStore open = store.open(parent)) {
            if (runPages < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--run-pages must be 1 or more");
            }
            Office office = Office.builder(school, open.storage()).actor(store.actor(parent)).printer(printer)
                    .calendar(calendarOptions.calendar(parent))
                    .printRunPages(runPages).renderThreads(Runtime.getRuntime().availableProcessors()).build();
            RosterIssue run;
            // the rows are read as they are issued; counting them first is one more quick pass over the file
            int total = rows.count();
            try (ProgressBar progress = json ? ProgressBar.silent(total) : ProgressBar.start("issuing", total, parent.err())) {
                run = RosterIssue.run(office, rows, sheets == null ? null : custodian, sheets, photoFolder, progress,
                        json || sheets != null);
            } catch (OfficeException e) {
                if (e.reason() != OfficeException.Reason.SHEET_NOT_IN_HAND && e.reason() != OfficeException.Reason.NO_SHEET_IN_HAND) {
                    throw e;
                }
                // the sheets are checked before anything is issued
                parent.err().println("skillcert issue: " + e.getMessage());
                return Failures.REFUSED;
            }
            // issuing late is allowed (the certificate is still due to its holder) but must not pass unnoticed
            for (String line : run.lateWarnings()) {
                parent.err().println("warning: " + line);
            }
            List<Path> runFiles = run.batch().printRuns().stream().map(printer::printRunFile).toList();
            if (json) {
                stdout.println(run.json().put("electronicPdfs", printer.electronicCount())
                        .put("printRuns", runFiles.stream().map(Path::toString).toList())
                        .put("printRunPages", printer.printRunPages()).put("remade", run.batch().remade())
                        .put("stillAwaitingDocument", run.batch().stillAwaiting()).put("issuedLate", run.lateCount()));
            } else {
                stdout.println(rows.source() + " (" + rows.format() + "): " + run.tally());
                for (RosterProblem p : run.problems()) {
                    stdout.println("  " + p);
                }
                if (sheets != null) {
                    for (String line : run.sheetLines()) {
                        stdout.println("  " + line);
                    }
                }
                if (run.batch().remade() > 0) {
                    stdout.println("re-made " + run.batch().remade() + " document(s) an interrupted run had left unwritten");
                }
                if (run.batch().stillAwaiting() > 0) {
                    stdout.println(run.batch().stillAwaiting() + " certificate(s) not in this roster still await their"
                            + " document: run their roster again");
                }
                stdout.println(printer.electronicCount() + " electronic certificate(s) in " + out
                        + (runFiles.isEmpty() ? "" : "; print run(s) of " + printer.printRunPages() + " page(s): "
                                + runFiles.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))));
            }
            return run.clean() ? CommandLine.ExitCode.OK : Failures.REFUSED;
        }
    }
}
