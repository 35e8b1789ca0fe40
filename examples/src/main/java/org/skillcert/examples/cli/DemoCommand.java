package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.Reprint;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.core.report.DataExport;
import org.skillcert.core.report.ExportResult;
import org.skillcert.core.stock.DemandForm;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.Stocktake;
import org.skillcert.core.stock.StocktakeReport;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;
import org.skillcert.examples.demo.DemoSchool;
import org.skillcert.examples.roster.Roster;
import org.skillcert.examples.roster.RosterReader;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.render.form.DemandFormContent;
import org.skillcert.render.form.FormRenderer;
import org.skillcert.render.sign.CertificateSigner;
import org.skillcert.render.sign.SigningKey;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockCounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert demo}: a certificate office's term in one command, on the embedded database in
 * a workspace of its own, ending with a summary of what it did and where the files are.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a certificate office's term in one command: a sample Guangzhou technical school receives a box"
                + " of 100 blank sheets, issues a roster of 50 candidates (all five levels, several occupations,"
                + " generated photos), 30 printed on stock and 20 as electronic certificates, spoils and reprints"
                + " one sheet, destroys the spoiled sheet before two witnesses, returns the unused sheets, takes"
                + " stock, and writes the PDFs, the print run, the stocktake report, the appendix 1 demand form,"
                + " the data export and a summary.",
            "The workspace is the demo's own: files of an earlier demo run in it are replaced.",
            "Exit status: 0 done, 2 setup error.",
            ""
        })
final class DemoCommand implements Callable<Integer> {
    /** The demo's sheets: one box of 100 blank certificates. */
    static final SheetRange BOX = SheetRange.of(10001, 10100);
    /** Sheets handed to the print room. */
    static final SheetRange TO_PRINTER = SheetRange.of(10001, 10040);
    /** How many roster rows are printed on stock; the rest are electronic. */
    static final int ON_STOCK = 30;
    /** The print room, custodian of the sheets being printed. */
    static final String PRINT_ROOM = "打印室";

    private static final List<String> OUTPUTS = List.of("skillcert.mv.db", "skillcert.trace.db", "institution.properties",
            "roster.csv", "print-run.pdf", "stocktake-report.txt", "appendix1-demand-form.pdf", "export.csv", "summary.txt",
            DemoKeys.CA_FILE, DemoKeys.KEYSTORE_FILE);

    @ParentCommand
    SkillcertCommand parent;

    @Option(names = "--workspace", defaultValue = "skillcert-demo", paramLabel = "DIR",
            description = "The demo's folder (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--today", defaultValue = "2026-10-16", paramLabel = "DATE",
            description = "The office's date, fixed so that every run gives the same certificates (default: ${DEFAULT-VALUE}).")
    LocalDate today;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Run the demo on this (empty) database instead of the embedded one in the workspace;"
                    + " user and password from $" + StoreOptions.USER_VARIABLE + " and $" + StoreOptions.PASSWORD_VARIABLE + ".")
    @Nullable
    String db;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Mixin
    FontOptions fontOptions = new FontOptions();

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Path ws = workspace.toAbsolutePath().normalize();
        if (db == null) {
            // refuse before writing anything into the folder
            StoreOptions.checkWorkspace(ws);
        }
        clean(ws);
        Path certificates = Files.createDirectories(ws.resolve("certificates"));
        List<DemoCandidate> candidates = DemoRoster.candidates();
        DemoRoster.writeCsv(ws.resolve("roster.csv"), candidates);
        DemoRoster.writePhotos(ws, candidates);
        InstitutionFile.writeDemoSchool(ws.resolve("institution.properties"));
        Institution school = InstitutionFile.read(ws.resolve("institution.properties"));
        Roster roster = RosterReader.read(ws.resolve("roster.csv"));

        StoreOptions store = new StoreOptions();
        store.workspace = ws;
        store.db = db;
        Path runs = Files.createDirectories(ws.resolve("print-runs"));
        CertificateRenderer renderer = CertificateRenderer.builder().fonts(fontOptions.library(parent)).build();
        // a throw-away demo CA and school key, so that the demo's electronic certificates are signed (R-CERT-7)
        Path keystore = DemoKeys.create(ws, DemoSchool.NAME);
        PdfCertificatePrinter printer = PdfCertificatePrinter.of(renderer, certificates, ws)
                .signedBy(CertificateSigner.builder(SigningKey.fromPkcs12(keystore, DemoKeys.PASSWORD.toCharArray()))
                        .build());
        PdfCertificatePrinter runPrinter = PdfCertificatePrinter.of(renderer, runs, ws);
        Clock clock = Clock.fixed(today.atTime(LocalTime.of(10, 0)).atZone(Office.CHINA).toInstant(), Office.CHINA);
        Summary summary = new Summary(ws, store.describe(), today);
        try (StoreOptions.OpenStore open = store.open(parent)) {
            Office office = Office.builder(school, open.storage()).actor(DemoSchool.CUSTODIAN).clock(clock)
                    .printer(new DemoPrinter(printer, runPrinter)).build();
            StockService stock = office.stock();
            stock.receive(BOX, "PO-2026-穗华-001");
            stock.handOut(TO_PRINTER, PRINT_ROOM);

            RosterIssue onStock;
            RosterIssue electronic;
            try (ProgressBar progress = json ? ProgressBar.silent(roster.rows().size())
                    : ProgressBar.start("issuing", roster.rows().size(), parent.err())) {
                onStock = RosterIssue.run(office, part(roster, 0, ON_STOCK), PRINT_ROOM, null, ws, progress);
                electronic = RosterIssue.run(office, part(roster, ON_STOCK, roster.rows().size()), null, null, ws, progress);
            }

            // the print room reports a paper jam on the third sheet: spoil it, reprint on the next one
            CertificateRecord jammed = onStock.outcomes().get(2).issued().orElseThrow().record();
            org.skillcert.core.issue.PrintRoom room = office.printRoom();
            Reprint reprint = room.misprint(jammed.sheet(), "卡纸 (paper jam)", PRINT_ROOM,
                    ws.resolve(candidates.get(2).photo()).toString());
            List<String> reprintRuns = room.runsWritten();
            stock.destroy(SheetRange.of(reprint.spoiledSheet()), "李明 (教务处)", "陈芳 (财务处)");
            for (SheetRange unused : open.ledger().inHand(PRINT_ROOM)) {
                stock.returnToStock(unused, PRINT_ROOM);
            }

            // every print run of the term, written again from the database as one file to print
            List<org.skillcert.core.issue.PrintJob> pages = new java.util.ArrayList<>();
            List<String> runIds = new java.util.ArrayList<>(onStock.batch().printRuns());
            runIds.addAll(reprintRuns);
            for (String id : runIds) {
                pages.addAll(office.printRoom().jobsOf(open.registry().printRun(id).orElseThrow()));
            }
            summary.printRunPages = runPrinter.writePages(pages, ws.resolve("print-run.pdf"));
            summary.electronicPdfs = printer.electronicCount();
            Stocktake stocktake = stock.stocktake(stock.blankOnBooks());
            stocktake.record(null);
            StocktakeReport stocktakeReport = stocktake.report();
            Files.writeString(ws.resolve("stocktake-report.txt"), stocktakeText(stocktakeReport), StandardCharsets.UTF_8);
            writeDemandForm(ws.resolve("appendix1-demand-form.pdf"), open, stocktakeReport.blankOnBooks());
            ExportResult export;
            // export.csv holds full ID numbers: private to its owner, like the database
            try (PrivateOutput file = PrivateOutput.open("export.csv", ws.resolve("export.csv"));
                    Stream<CertificateRecord> issued = open.registry().issuedBetween(today.withDayOfYear(1), today)) {
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
                export = DataExport.guangdong().csv(issued.iterator(), out);
                out.flush();
                file.commit();
            }
            summary.issued = onStock.count(IssueOutcome.Kind.ISSUED) + electronic.count(IssueOutcome.Kind.ISSUED);
            summary.refused = onStock.outcomes().size() + electronic.outcomes().size() - summary.issued;
            summary.reprint = reprint;
            summary.counts = open.ledger().counts();
            summary.verified = stocktakeReport.verification().isOk();
            summary.lastHash = stocktakeReport.lastHash();
            summary.exported = export.exported();
            summary.firstNumber = onStock.outcomes().get(0).issued().map(c -> c.number().toString()).orElse("");
            summary.firstElectronic = electronic.outcomes().get(0).issued().map(c -> c.number().toString()).orElse("");
            summary.dueDates = dueDates(onStock, electronic);
        }
        summary.seconds = (System.nanoTime() - started) / 1e9;
        String text = summary.text();
        Files.writeString(ws.resolve("summary.txt"), text + System.lineSeparator(), StandardCharsets.UTF_8);
        PrintStream out = parent.out();
        out.println(json ? summary.json() : text);
        return summary.refused == 0 ? CommandLine.ExitCode.OK : Failures.REFUSED;
    }

    private static Roster part(Roster roster, int from, int to) {
        return new Roster(roster.source(), roster.format(), roster.headerRow(), roster.columns(),
                roster.rows().subList(from, to), List.of());
    }

    private static String dueDates(RosterIssue... runs) {
        List<LocalDate> dates = new ArrayList<>();
        for (RosterIssue run : runs) {
            run.outcomes().forEach(o -> {
                if (o.dueDate() != null && !dates.contains(o.dueDate())) {
                    dates.add(o.dueDate());
                }
            });
        }
        dates.sort(null);
        return dates.toString();
    }

    /** Removes what an earlier demo run wrote, and nothing else. */
    private static void clean(Path ws) throws IOException {
        // the database and export.csv in it hold full ID numbers
        StoreOptions.createWorkspace(ws);
        for (String name : OUTPUTS) {
            Files.deleteIfExists(ws.resolve(name));
        }
        for (String folder : List.of("certificates", "photos")) {
            Path dir = ws.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.endsWith(".pdf") || name.endsWith(".jpg") || name.endsWith(".png")) {
                            Files.delete(f);
                        }
                    }
                }
            }
        }
    }

    /**
     * Appendix 1 for next year (R-STK-1): the estimate per level is twice this year's issued
     * certificates; the blank sheets left on the books are the one stock figure.
     */
    private void writeDemandForm(Path file, StoreOptions.OpenStore open, long blankLeft) throws IOException {
        int year = today.getYear() + 1;
        DemandForm.Builder core = DemandForm.forYear(year, DemoSchool.NAME);
        int[] issued = new int[6];
        try (Stream<CertificateRecord> all = open.registry().issuedBetween(today.withDayOfYear(1), today)) {
            all.forEach(c -> issued[c.level()]++);
        }
        for (SkillLevel level : SkillLevel.reportOrder()) {
            core.estimate(level, 2 * issued[level.code()]);
        }
        core.closingStock(Math.toIntExact(blankLeft));
        DemandForm form = core.contact(new DemandForm.Contact(DemoSchool.CUSTODIAN, "020-12345678",
                "广州市白云区示例路 1 号", "")).filedOn(today);
        try (OutputStream out = Files.newOutputStream(file)) {
            FormRenderer.of(fontOptions.library(parent), Clock.systemUTC())
                    .renderDemandForm(DemandFormContent.from(form), out);
        }
    }

    static String stocktakeText(StocktakeReport r) {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append("空白证书半年盘点报告 / Half-yearly stocktake report (R-STK-5)").append(nl);
        s.append(DemoSchool.NAME).append(", taken on ").append(r.takenOn()).append(", period ").append(r.periodFrom())
                .append(" to ").append(r.periodTo()).append(nl).append(nl);
        s.append("received: ").append(r.received()).append(nl);
        for (SheetState state : SheetState.values()) {
            s.append("  ").append(state.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
                    .append(r.byState().getOrDefault(state, 0L)).append(nl);
        }
        s.append("blank sheets on the books: ").append(r.blankOnBooks()).append(", found: ").append(r.found()).append(nl);
        s.append("missing: ").append(r.missingNow()).append(", unexpected: ").append(r.unexpectedNow())
                .append(r.balanced() ? " (books and goods match)" : " (DIFFERENCES TO EXPLAIN)").append(nl);
        s.append("spoilage rate (废证率, R-STK-4): ").append(r.spoilage()).append(nl);
        s.append("ledger: ").append(r.lastSequence()).append(" entries, ")
                .append(r.verification().isOk() ? "hash chain verified intact"
                        : "BAD at entry #" + r.verification().firstBadSequence() + " (" + r.verification().problem() + ")")
                .append(nl).append("last hash: ").append(r.lastHash()).append(nl);
        return s.toString();
    }

    /** What the demo did, for people and for the test that checks it against the database. */
    static final class Summary {
        final Path workspace;
        final String database;
        final LocalDate today;
        long issued;
        long refused;
        int electronicPdfs;
        int printRunPages;
        long exported;
        @Nullable
        Reprint reprint;
        @Nullable
        StockCounts counts;
        boolean verified;
        String lastHash = "";
        String firstNumber = "";
        String firstElectronic = "";
        String dueDates = "";
        double seconds;

        Summary(Path workspace, String database, LocalDate today) {
            this.workspace = workspace;
            this.database = database;
            this.today = today;
        }

        String text() {
            String nl = System.lineSeparator();
            StockCounts c = counts;
            return "skillcert demo: " + DemoSchool.NAME + " (site " + DemoSchool.SITE_CODE + ", 广州市), office date "
                    + today + nl
                    + "  certificates issued:   " + issued + " (" + printRunPages + " pages printed on stock incl. 1 reprint, "
                    + electronicPdfs + " electronic), " + refused + " rows refused" + nl
                    + "  first number:          " + firstNumber + nl
                    + "  due dates (R-ISS-1):   " + dueDates + nl
                    + "  misprint:              sheet " + String.format("%08d", reprint.spoiledSheet())
                    + " spoiled, reprinted on " + String.format("%08d", reprint.newSheet()) + ", spoiled sheet destroyed"
                    + " before 2 witnesses" + nl
                    + "  blank sheets:          received " + c.received() + ", printed " + c.of(SheetState.PRINTED)
                    + ", destroyed " + c.of(SheetState.DESTROYED) + ", in stock " + c.of(SheetState.IN_STOCK)
                    + ", handed out " + c.of(SheetState.HANDED_OUT) + ", lost " + c.of(SheetState.LOST)
                    + (c.conserved() ? " (all accounted for)" : " (NOT CONSERVED)") + nl
                    + "  ledger:                " + (verified ? "verified intact" : "VERIFICATION FAILED") + ", last hash "
                    + lastHash.substring(0, 16) + "…" + nl
                    + "  exported:              " + exported + " rows" + nl
                    + "  files in " + workspace + ":" + nl
                    + "    certificates/        " + electronicPdfs + " electronic certificates (PDF/A-2b, one each), signed"
                    + " with the demo key; try: skillcert verify certificates/" + firstElectronic + ".pdf --trust "
                    + DemoKeys.CA_FILE + nl
                    + "    " + DemoKeys.CA_FILE + ", " + DemoKeys.KEYSTORE_FILE + "  a throw-away DEMO CA and school key"
                    + " (password " + DemoKeys.PASSWORD + "), never for real certificates" + nl
                    + "    print-run.pdf        " + printRunPages + " overlay pages for the pre-printed sheets" + nl
                    + "    stocktake-report.txt the half-yearly stocktake (R-STK-5)" + nl
                    + "    appendix1-demand-form.pdf  next year's blank-stock demand (R-STK-1)" + nl
                    + "    export.csv           the upward data export (R-RPT), UTF-8 with BOM" + nl
                    + "    roster.csv, photos/, institution.properties  the inputs; try: skillcert issue --roster"
                    + " roster.csv --institution institution.properties --out out" + nl
                    + "    skillcert.mv.db      the database: " + database + nl
                    + String.format(Locale.ROOT, "  done in %.1f s", seconds);
        }

        String json() {
            StockCounts c = counts;
            return new JsonObject().put("workspace", workspace.toString()).put("issued", issued).put("refused", refused)
                    .put("electronicPdfs", electronicPdfs).put("printRunPages", printRunPages)
                    .put("spoiledSheet", reprint.spoiledSheet()).put("reprintSheet", reprint.newSheet())
                    .put("counts", StockCommand.countsJson(c)).put("ledgerVerified", verified).put("lastHash", lastHash)
                    .put("exported", exported).put("seconds", Math.round(seconds * 10) / 10.0).toString();
        }
    }

    /** Electronic certificates into certificates/, print runs into print-runs/. */
    private static final class DemoPrinter implements org.skillcert.core.issue.CertificatePrinter {
        private final PdfCertificatePrinter electronic;
        private final PdfCertificatePrinter runs;

        DemoPrinter(PdfCertificatePrinter electronic, PdfCertificatePrinter runs) {
            this.electronic = electronic;
            this.runs = runs;
        }

        @Override
        public void print(org.skillcert.core.issue.PrintJob job) {
            electronic.print(job);
        }

        @Override
        public List<org.skillcert.core.issue.ResultProblem> check(org.skillcert.core.issue.PrintJob job) {
            return electronic.check(job);
        }

        @Override
        public void printRun(String runId, List<org.skillcert.core.issue.PrintJob> pages) {
            runs.printRun(runId, pages);
        }
    }
}
