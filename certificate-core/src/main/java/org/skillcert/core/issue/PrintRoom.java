package org.skillcert.core.issue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.annotation.Nullable;
import org.skillcert.core.stock.LedgerCursor;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.PrintRun;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * The print room: which blank sheet a certificate goes on, print runs, misprints and reprints
 * (R-STK-3, R-STK-4, R-LAY-7), apart from issuing.
 *
 * <p>A sheet is <em>assigned</em> when a certificate is registered on it (the record's sheet) or
 * when a reprint's run is recorded; it is booked <em>PRINTED</em> only after the print run that
 * carries it is written to disk. The order of every run is: record the run (id, certificate ↔
 * sheet pairs, photo references) in the registry → write its file → book each sheet PRINTED →
 * mark the run done (which marks its certificates' documents written). A crash anywhere leaves an
 * open run or certificates awaiting their document; {@link #resumeOpenRuns()} and the next batch
 * finish them with the same sheets, so every PRINTED sheet is on a page that exists.
 *
 * <p>Booking PRINTED when the file is written (rather than when an operator confirms the paper
 * came out) keeps the books in step without a manual step; a page that jams or misprints is
 * reported with {@link #misprint}, which spoils the sheet and reprints on the next one.
 *
 * <p>Not thread-safe: one print room per batch.
 */
public final class PrintRoom {
    /** By default a run is written and booked every this many pages, so a long batch makes progress on paper. */
    public static final int RUN_PAGES = 250;

    private final Office office;
    private final StockLedger ledger;
    private final CertificateRegistry registry;
    private final List<PrintJob> pending = new ArrayList<>();
    private final Set<Integer> reserved = new HashSet<>();
    private final List<String> runsWritten = new ArrayList<>();
    @Nullable
    private String custodian;
    @Nullable
    private Deque<Integer> sheets;
    private int remade;

    PrintRoom(Office office) {
        this.office = office;
        this.ledger = office.storage().ledger();
        this.registry = office.storage().registry();
    }

    /**
     * Finishes every print run a crash left open: writes its file again and books the sheets not yet
     * booked, then marks it done.
     *
     * @return how many pages were written again
     */
    public int resumeOpenRuns() {
        int pages = 0;
        for (PrintRun run : registry.openPrintRuns()) {
            List<PrintJob> jobs = jobsOf(run);
            write(run, jobs, false);
            pages += jobs.size();
        }
        remade += pages;
        return pages;
    }

    /**
     * Makes the print jobs of a recorded run again from the registry: the certificates as
     * registered, the sheets and photo references as recorded.
     *
     * @param run the recorded run
     * @return the jobs in page order
     */
    public List<PrintJob> jobsOf(PrintRun run) {
        List<PrintJob> jobs = new ArrayList<>();
        for (PrintRun.Page p : run.pages()) {
            CertificateRecord record = registry.byNumber(p.certificateNumber()).orElseThrow(() -> new OfficeException(
                    OfficeException.Reason.UNKNOWN_CERTIFICATE, p.certificateNumber(), "no certificate " + p.certificateNumber()));
            jobs.add(new PrintJob(IssuedCertificate.from(record), office.institution(), p.photo(), p.sheet()));
        }
        return jobs;
    }

    /**
     * Writes a recorded print run's file again from the database (a lost or jammed file): the same
     * pages on the same sheets. Books nothing new; an open run is finished as by
     * {@link #resumeOpenRuns()}.
     *
     * @param runId the run id
     * @return the number of pages written
     * @throws OfficeException {@code UNKNOWN_CERTIFICATE} if no run has this id
     */
    public int rewrite(String runId) {
        PrintRun run = registry.printRun(runId).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.UNKNOWN_CERTIFICATE, runId, "no print run " + runId));
        List<PrintJob> jobs = jobsOf(run);
        write(run, jobs, true);
        return jobs.size();
    }

    /**
     * Loads the blank sheets certificates go on: the sheets of {@code range} in order, or, without a
     * range, the custodian's blank sheets in ascending order. Sheets assigned to certificates still
     * awaiting their page are never handed to another certificate.
     *
     * @param custodian who holds the blank sheets (R-STK-3)
     * @param range the sheets loaded in the printer, or null for the custodian's sheets
     * @param needed how many sheets the batch needs at least (checked only with a range)
     * @param assigned sheets already assigned to awaiting certificates
     * @throws OfficeException {@code SHEET_NOT_IN_HAND} naming the first sheet of the range that is
     *     neither blank in the custodian's hands nor already used; {@code NO_SHEET_IN_HAND} when the
     *     range has fewer blank sheets than needed
     */
    void load(String custodian, @Nullable SheetRange range, int needed, Set<Integer> assigned) {
        this.custodian = custodian;
        this.reserved.addAll(assigned);
        if (range == null) {
            sheets = null;
            return;
        }
        Deque<Integer> blank = new ArrayDeque<>();
        for (int sheet = range.first(); sheet <= range.last(); sheet++) {
            Optional<SheetStatus> status = ledger.sheet(sheet);
            SheetState state = status.map(SheetStatus::state).orElse(null);
            if (state == SheetState.PRINTED || state == SheetState.SPOILED || state == SheetState.DESTROYED) {
                continue;  // used on an earlier run of the same range
            }
            if (state != SheetState.HANDED_OUT || !custodian.equals(status.get().custodian())) {
                throw new OfficeException(OfficeException.Reason.SHEET_NOT_IN_HAND, String.format("%08d", sheet),
                        "sheet " + String.format("%08d", sheet) + " of " + range + " is "
                                + (state == null ? "not received" : state == SheetState.HANDED_OUT ? "held by another custodian"
                                        : state.toString())
                                + ", not a blank sheet in the hands of " + custodian + " (R-STK-3); nothing was issued");
            }
            if (!reserved.contains(sheet)) {
                blank.add(sheet);
            }
        }
        if (blank.size() < needed) {
            throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, range.toString(),
                    range + " has " + blank.size() + " blank sheet(s) in the hands of " + custodian + ", the roster needs "
                            + needed + (blank.isEmpty() ? "" : " (first blank: " + String.format("%08d", blank.peekFirst()) + ")")
                            + "; nothing was issued");
        }
        sheets = blank;
    }

    /** The next blank sheet for a certificate, taken from the loaded range or the custodian's hand. */
    int nextSheet() {
        if (custodian == null) {
            throw new IllegalStateException("no sheets loaded");
        }
        if (sheets != null) {
            Integer next = sheets.pollFirst();
            if (next == null) {
                throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, custodian,
                        "the sheets loaded are used up (R-STK-3)");
            }
            reserved.add(next);
            return next;
        }
        for (SheetRange r : ledger.inHand(custodian)) {
            for (int s = r.first(); s <= r.last(); s++) {
                if (reserved.add(s)) {
                    return s;
                }
            }
        }
        throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, custodian,
                custodian + " holds no blank sheet to print on (R-STK-3)");
    }

    /**
     * Queues the page of a certificate registered on a sheet (assigned); the page is written and the
     * sheet booked with the next run.
     */
    void add(PrintJob job) {
        pending.add(job);
        if (pending.size() >= office.printRunPages()) {
            flush();
        }
    }

    /**
     * Queues the page of a certificate whose page a crash left unwritten: on its assigned sheet while
     * that is still blank and not on another page, else on the next sheet.
     */
    void readd(IssuedCertificate certificate, String photo) {
        int assigned = certificate.sheet().orElseThrow();
        Optional<SheetStatus> status = ledger.sheet(assigned);
        boolean blank = status.isPresent() && status.get().state() == SheetState.HANDED_OUT;
        int sheet = assigned;
        if (!blank || pending.stream().anyMatch(j -> j.sheet() == assigned)) {
            sheet = nextSheet();
        }
        remade++;
        add(new PrintJob(certificate, office.institution(), photo, sheet));
    }

    /**
     * Writes the queued pages as one run and books their sheets.
     *
     * @return the run id, or empty when nothing was queued
     */
    Optional<String> flush() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<PrintJob> jobs = List.copyOf(pending);
        pending.clear();
        List<PrintRun.Page> pages = new ArrayList<>();
        for (PrintJob j : jobs) {
            pages.add(new PrintRun.Page(j.certificate().number().toString(), j.sheet(), j.photo()));
        }
        PrintRun run = registry.recordPrintRun(new PrintRun(newRunId(), pages));
        write(run, jobs, false);
        return Optional.of(run.id());
    }

    private void write(PrintRun run, List<PrintJob> jobs, boolean again) {
        office.printer().printRun(run.id(), jobs);
        for (PrintJob j : jobs) {
            String number = j.certificate().number().toString();
            SheetStatus status = ledger.sheet(j.sheet()).orElseThrow();
            if (status.state() == SheetState.PRINTED && number.equals(status.certificateNumber())
                    || again && status.state() != SheetState.HANDED_OUT) {
                continue;  // booked before a crash, or (a file written again) spoiled and reprinted since
            }
            ledger.append(StockMove.printed(j.sheet(), number, office.actor()));
        }
        registry.printRunDone(run.id());
        if (!runsWritten.contains(run.id())) {
            runsWritten.add(run.id());
        }
    }

    private String newRunId() {
        // sortable by time, unique across processes sharing a database
        return String.format("%s-%04x", java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.now(office.clock().withZone(Office.CHINA))),
                ThreadLocalRandom.current().nextInt(0x10000));
    }

    /** @return the runs written by this print room, in order */
    public List<String> runsWritten() {
        return List.copyOf(runsWritten);
    }

    /** @return how many pages this print room wrote again after a crash */
    public int remade() {
        return remade;
    }

    /**
     * Books a misprinted sheet SPOILED and prints the certificate again on the custodian's next
     * blank sheet with the same number (R-STK-4), as a run of one page. Idempotent: reporting the
     * same misprint again returns the reprint already made.
     *
     * @param sheet the misprinted sheet (its pre-printed number)
     * @param reason what went wrong
     * @param custodian who holds the blank sheets
     * @param photo the holder's photo reference for the reprint
     * @return the spoiled and the new sheet
     * @throws OfficeException {@code SHEET_NOT_PRINTED} if the sheet carries no certificate,
     *     {@code NO_SHEET_IN_HAND}
     */
    public Reprint misprint(int sheet, String reason, String custodian, String photo) {
        SheetStatus status = ledger.sheet(sheet).orElse(null);
        if (status == null || status.certificateNumber() == null
                || (status.state() != SheetState.PRINTED && status.state() != SheetState.SPOILED && status.state() != SheetState.DESTROYED)) {
            throw new OfficeException(OfficeException.Reason.SHEET_NOT_PRINTED, String.format("%08d", sheet),
                    "sheet " + String.format("%08d", sheet) + " carries no certificate");
        }
        String number = status.certificateNumber();
        if (status.state() == SheetState.PRINTED) {
            ledger.append(StockMove.spoiled(SheetRange.of(sheet), "misprint of " + number + ": " + reason, office.actor()));
            status = ledger.sheet(sheet).orElseThrow();
        }
        CertificateRecord record = registry.byNumber(number).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.UNKNOWN_CERTIFICATE, number, "no certificate " + number));
        IssuedCertificate issued = IssuedCertificate.from(record);
        OptionalInt done = printedAfter(number, status.lastSequence());
        if (done.isPresent()) {
            return new Reprint(issued, sheet, done.getAsInt());
        }
        resumeOpenRuns();
        done = printedAfter(number, status.lastSequence());
        if (done.isPresent()) {
            return new Reprint(issued, sheet, done.getAsInt());
        }
        this.custodian = custodian;
        this.sheets = null;
        int next = nextSheet();
        add(new PrintJob(issued, office.institution(), photo, next));
        flush();
        return new Reprint(issued, sheet, next);
    }

    /**
     * Returns the sheet a certificate is printed on now, following reprints.
     *
     * @param number the certificate number
     * @return the sheet, or empty if it was not printed on stock or its sheet is no longer PRINTED
     */
    public OptionalInt currentSheet(String number) {
        Optional<CertificateRecord> record = registry.byNumber(number);
        if (record.isEmpty() || record.get().sheet() == 0) {
            return OptionalInt.empty();
        }
        int sheet = record.get().sheet();
        while (true) {
            SheetStatus status = ledger.sheet(sheet).orElseThrow();
            if (status.state() == SheetState.PRINTED && number.equals(status.certificateNumber())) {
                return OptionalInt.of(sheet);
            }
            // a reprint, or a page a crash moved to another sheet: the ledger says where it went
            OptionalInt next = printedAfter(number, status.lastSequence());
            if (next.isEmpty() || next.getAsInt() == sheet) {
                return OptionalInt.empty();
            }
            sheet = next.getAsInt();
        }
    }

    /** The sheet a certificate was printed on after a given ledger entry (reprints are recent). */
    private OptionalInt printedAfter(String number, long sequence) {
        for (LedgerCursor c = LedgerCursor.from(ledger, sequence + 1); c.hasNext();) {
            LedgerEntry e = c.next();
            if (e.move().kind() == EntryKind.PRINTED && number.equals(e.move().certificateNumber())) {
                return OptionalInt.of(e.move().range().first());
            }
        }
        return OptionalInt.empty();
    }
}
