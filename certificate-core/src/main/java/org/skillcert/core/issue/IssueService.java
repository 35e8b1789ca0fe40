package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.skillcert.core.issue.IssuePipeline.Pending;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SkillcertException;

/**
 * Issuing certificates from candidate results (R-ISS-1, R-CERT, R-NUM-5), exactly once.
 *
 * <p>Each row is checked once, completely, before anything is taken: its fields and the filed
 * scope, the printer's check (photo present and decodable within the caps, every character has a
 * glyph and fits its box), that its result id is not already bound to another holder, and that
 * the holder has no certificate for the same pass under another result id. A refused row takes no
 * serial. Then the serial is taken with the result id as request id (a re-run gets the same
 * number), the certificate is registered with its document <em>awaiting</em>, and the document
 * is made: an electronic PDF written durably and then recorded as written; a page on a pre-printed
 * sheet queued into a print run of the {@link PrintRoom}, which books the sheet PRINTED only once
 * the run's file exists.
 *
 * <p>The registry and the ledger are the truth; documents are derived from them. A crash at any
 * point leaves certificates awaiting their documents or an open print run; running the same
 * roster again re-makes exactly those (counted in {@link BatchResult#remade()}) and issues nothing
 * twice.
 */
public final class IssueService {
    /** Certificates are issued within this many working days after the result is queryable (R-ISS-1). */
    public static final int ISSUE_WITHIN_WORKING_DAYS = 15;
    private static final int AWAITING_LIMIT = 1_000_000;

    private final Office office;
    private final CertificateRegistry registry;
    private final SerialAllocator serials;
    private final RegistryChecks checks;

    IssueService(Office office) {
        this.office = office;
        this.registry = office.storage().registry();
        this.serials = new SerialAllocator(office);
        this.checks = new RegistryChecks(registry, serials);
    }

    /**
     * Checks one result completely without taking anything: fields, scope, the printer's check of
     * the page (photo, glyphs, fit) and the registry (a result id bound to another holder, the
     * same pass under another result id).
     *
     * @param result the result as written
     * @param onStock whether the certificate goes on pre-printed stock (the overlay is checked)
     * @return the verdict with every problem found
     */
    public CandidateVerdict check(CandidateResult.Builder result, boolean onStock) {
        LocalDate today = office.today();
        CandidateVerdict verdict = result.verify(office.institution(), today);
        if (!verdict.isValid()) {
            return verdict;
        }
        CandidateResult r = verdict.orElseThrow();
        List<ResultProblem> more = new ArrayList<>(office.printer().check(provisionalJob(r, today, onStock)));
        checks.registryProblem(r).ifPresent(more::add);
        return verdict.with(more);
    }

    private PrintJob provisionalJob(CandidateResult r, LocalDate today, boolean onStock) {
        CertificateRecord provisional = r.toRecord(serials.provisional(r.level(), today), today,
                office.institution().name().toString(), onStock ? 1 : 0, null);
        return new PrintJob(IssuedCertificate.from(provisional), office.institution(), r.photo(), onStock ? 1 : 0);
    }

    /**
     * Issues one result.
     *
     * @param result the result as written
     * @param custodian who holds the blank sheets to print on, or null for an electronic certificate
     * @return the outcome: ISSUED, ALREADY_ISSUED, REFUSED (with every problem) or FAILED
     */
    public IssueOutcome issue(CandidateResult.Builder result, @Nullable String custodian) {
        return issueAll(List.of(result), custodian).outcomes().get(0);
    }

    /**
     * Issues a roster, row by row, never stopping at a bad row. Running the same roster again
     * issues nothing twice: rows done before come back as ALREADY_ISSUED with the same numbers,
     * and their documents are made again where a crash left them unwritten.
     *
     * @param roster the results as written
     * @param custodian who holds the blank sheets to print on, or null for electronic certificates
     * @return one outcome per row, in roster order
     */
    public BatchResult issueAll(List<CandidateResult.Builder> roster, @Nullable String custodian) {
        return issueAll(roster, custodian, null);
    }

    /**
     * Issues a roster on the named sheets: certificates are bound to the blank sheets of
     * {@code sheets}, in order, and nowhere else. The range is checked before anything is issued.
     *
     * @param roster the results as written
     * @param custodian who holds the blank sheets, or null for electronic certificates
     * @param sheets the sheets loaded in the printer, or null for the custodian's blank sheets in
     *     ascending order; only with a custodian
     * @return one outcome per row, in roster order
     * @throws OfficeException {@code SHEET_NOT_IN_HAND} (the first sheet of the range that is not
     *     blank in the custodian's hands nor used before) or {@code NO_SHEET_IN_HAND} (too few
     *     blank sheets for the rows to issue), before anything is issued
     */
    public BatchResult issueAll(List<CandidateResult.Builder> roster, @Nullable String custodian,
            @Nullable SheetRange sheets) {
        List<IssueOutcome> outcomes = new ArrayList<>(roster.size());
        return issueEach(roster, custodian, sheets, outcomes::add).withOutcomes(outcomes);
    }

    /**
     * Issues a roster as {@link #issueAll(List, String, SheetRange)}, handing each outcome to a
     * consumer as soon as it is known instead of keeping them: memory stays bounded for a large
     * term. The roster is iterated once, row by row, as issuing goes (on stock with named sheets,
     * every row is checked first, so its verdicts are kept). Electronic certificates are rendered
     * on {@link Office.Builder#renderThreads} threads; an outcome is handed on once its document
     * is recorded as written, in roster order, on the calling thread.
     *
     * @param roster the results as written, read once in order (a streaming reader may back it)
     * @param custodian who holds the blank sheets, or null for electronic certificates
     * @param sheets the sheets loaded in the printer, or null
     * @param sink receives one outcome per row, in roster order
     * @return the batch's totals, with an empty outcome list
     * @throws OfficeException as {@link #issueAll(List, String, SheetRange)}
     */
    public BatchResult issueEach(Iterable<CandidateResult.Builder> roster, @Nullable String custodian,
            @Nullable SheetRange sheets, Consumer<IssueOutcome> sink) {
        if (sheets != null && custodian == null) {
            throw new IllegalArgumentException("sheets need a custodian");
        }
        Batch batch = new Batch(custodian);
        List<CandidateVerdict> verdicts = null;
        if (custodian != null && sheets == null) {
            batch.loadSheets(null, 0);
        } else if (custodian != null) {
            // the sheets are checked before anything is issued: that needs every row's verdict first
            verdicts = new ArrayList<>();
            int needed = 0;
            for (CandidateResult.Builder b : roster) {
                CandidateVerdict v = check(b, true);
                verdicts.add(v);
                if (v.isValid() && serials.earlier(v.orElseThrow().resultId()).isEmpty()) {
                    needed++;
                }
            }
            batch.loadSheets(sheets, needed);
        }
        int threads = custodian == null ? office.renderThreads() : 1;
        if (verdicts != null) {
            int row = 0;
            for (CandidateVerdict v : verdicts) {
                deliver(batch, batch.issueRow(++row, v), sink);
            }
        } else if (threads <= 1) {
            int row = 0;
            for (CandidateResult.Builder b : roster) {
                deliver(batch, batch.issueRow(++row, checkPage(b, custodian != null)), sink);
            }
        } else {
            batch.remade += IssuePipeline.run(roster.iterator(), b -> checkPage(b, false), batch::issueRow, threads,
                    this::markWritten, sink);
        }
        return batch.finish();
    }

    /** Writes a row's electronic document, if any, durably and records it, then hands the outcome on. */
    private void deliver(Batch batch, Pending p, Consumer<IssueOutcome> sink) {
        if (p.document() == null) {
            sink.accept(p.outcome());
            return;
        }
        try {
            p.document().run();
            markWritten(List.of(p.outcome().certificate().number().toString()));
            batch.remade += p.again() ? 1 : 0;
            sink.accept(p.outcome());
        } catch (SkillcertException e) {
            sink.accept(IssuePipeline.documentFailed(p.outcome(), e));
        }
    }

    /** Makes the documents written so far durable, then records these as written. */
    private void markWritten(List<String> numbers) {
        office.printer().sync();
        registry.documentsWritten(numbers);
    }

    /** The row's fields and its page (the printer's check): no registry look-up, safe on any thread. */
    private CandidateVerdict checkPage(CandidateResult.Builder result, boolean onStock) {
        LocalDate today = office.today();
        CandidateVerdict verdict = result.verify(office.institution(), today);
        if (!verdict.isValid()) {
            return verdict;
        }
        return verdict.with(office.printer().check(provisionalJob(verdict.orElseThrow(), today, onStock)));
    }

    /** One batch: the documents a crash left awaiting, and the print room for stock. */
    private final class Batch {
        @Nullable
        private final String custodian;
        private final Map<String, CertificateRecord> awaiting = new HashMap<>();
        private final PrintRoom room;
        private int remade;

        Batch(@Nullable String custodian) {
            this.custodian = custodian;
            this.room = office.printRoom();
            // open runs first: their sheets are booked before any new sheet is chosen
            remade += room.resumeOpenRuns();
            for (CertificateRecord r : registry.awaitingDocument(AWAITING_LIMIT)) {
                awaiting.put(r.number(), r);
            }
        }

        void loadSheets(@Nullable SheetRange sheets, int needed) {
            // sheets assigned to certificates still awaiting their page go to nobody else
            Set<Integer> assigned = new HashSet<>();
            for (CertificateRecord r : awaiting.values()) {
                if (r.sheet() != 0) {
                    assigned.add(r.sheet());
                }
            }
            room.load(custodian, sheets, needed, assigned);
        }

        Pending issueRow(int row, CandidateVerdict verdict) {
            LocalDate today = office.today();
            // a queryable date in a year without holiday data leaves the deadline unknown (R-CAL-3), not the row refused
            LocalDate due = verdict.queryableOn().map(IssueService.this::dueDateOrNull).orElse(null);
            if (!verdict.isValid()) {
                return new Pending(new IssueOutcome(row, verdict.resultId(), IssueOutcome.Kind.REFUSED, null, due, verdict.problems()));
            }
            CandidateResult result = verdict.orElseThrow();
            CertificateRecord record = null;
            try {
                // the registry is asked here, in roster order, so an earlier row of the batch counts
                Optional<CertificateNumber> earlier = serials.earlier(result.resultId());
                Optional<CertificateRecord> existing = earlier.isEmpty() ? Optional.empty()
                        : registry.byNumber(earlier.get().toString());
                if (existing.isEmpty() && earlier.isEmpty()) {
                    Optional<ResultProblem> duplicate = checks.alreadyCertified(result);
                    if (duplicate.isPresent()) {
                        return new Pending(new IssueOutcome(row, result.resultId(), IssueOutcome.Kind.REFUSED, null, due,
                                List.of(duplicate.get())));
                    }
                }
                if (existing.isPresent()) {
                    // after a correction (R-ISS-3) the result's certificate is the newest in its chain
                    record = existing.get().status() == CertificateStatus.SUPERSEDED ? checks.latestFor(result.resultId(), existing.get())
                            : existing.get();
                    if (!record.idNumber().equals(result.idNumber().number())) {
                        return new Pending(new IssueOutcome(row, result.resultId(), IssueOutcome.Kind.REFUSED, null, due,
                                List.of(RegistryChecks.resultIdTaken(result, record))));
                    }
                }
                CertificateNumber number = serials.numberFor(result.resultId(), result.level(), today, earlier);
                IssueOutcome.Kind kind;
                if (existing.isPresent()) {
                    kind = IssueOutcome.Kind.ALREADY_ISSUED;
                    IssuedCertificate issued = IssuedCertificate.from(record);
                    Runnable document = awaiting.remove(record.number()) != null ? makeDocument(issued, result.photo(), true) : null;
                    return new Pending(new IssueOutcome(row, result.resultId(), kind, issued, due, List.of()), document, true);
                }
                int sheet = custodian == null ? 0 : room.nextSheet();
                record = registry.put(result.toRecord(number, today, office.institution().name().toString(), sheet, null),
                        office.actor());
                kind = IssueOutcome.Kind.ISSUED;
                IssuedCertificate issued = IssuedCertificate.from(record);
                Runnable document = makeDocument(issued, result.photo(), false);
                return new Pending(new IssueOutcome(row, result.resultId(), kind, issued, due, List.of()), document, false);
            } catch (SkillcertException e) {
                // a storage or printer refusal for this row must not stop the roster; the books say what is left to do
                String detail = record == null ? e.getMessage()
                        : "certificate " + record.number() + " is recorded but its document was not written (" + e.getMessage()
                                + "); run the roster again to write it";
                return new Pending(new IssueOutcome(row, result.resultId(), IssueOutcome.Kind.FAILED,
                        record == null ? null : IssuedCertificate.from(record), due,
                        List.of(new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.NOT_RECORDED, 0,
                                "R-ISS-1", detail))));
            }
        }

        /**
         * Queues the page of a certificate on stock; for an electronic one, returns the writing of
         * its PDF, not yet durable: the caller syncs and records it.
         */
        @Nullable
        private Runnable makeDocument(IssuedCertificate issued, String photo, boolean again) {
            CertificateRecord record = issued.record();
            if (record.sheet() == 0) {
                return () -> office.printer().printUnsynced(new PrintJob(issued, office.institution(), photo, 0));
            }
            if (again) {
                if (custodian == null) {
                    throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, record.number(),
                            "certificate " + record.number() + " awaits its page on sheet " + String.format("%08d", record.sheet())
                                    + "; run the roster again on stock to print it");
                }
                room.readd(issued, photo);
            } else {
                room.add(new PrintJob(issued, office.institution(), photo, record.sheet()));
            }
            return null;
        }

        BatchResult finish() {
            room.flush();
            return new BatchResult(List.of(), remade + room.remade(), awaiting.size(),
                    room.runsWritten());
        }
    }

    SerialAllocator serials() {
        return serials;
    }

    /**
     * Books a misprinted sheet SPOILED and prints the certificate again on the custodian's next
     * blank sheet with the same number (R-STK-4); see {@link PrintRoom#misprint}.
     *
     * @param sheet the misprinted sheet (its pre-printed number)
     * @param reason what went wrong
     * @param custodian who holds the blank sheets
     * @param photo the holder's photo reference for the reprint
     * @return the spoiled and the new sheet
     * @throws OfficeException {@code SHEET_NOT_PRINTED}, {@code NO_SHEET_IN_HAND}
     */
    public Reprint misprint(int sheet, String reason, String custodian, String photo) {
        return office.printRoom().misprint(sheet, reason, custodian, photo);
    }

    /**
     * Returns the sheet a certificate is printed on now, following reprints.
     *
     * @param number the certificate number
     * @return the sheet, or empty if it was not printed on stock or its sheet is no longer PRINTED
     */
    public OptionalInt currentSheet(String number) {
        return office.printRoom().currentSheet(number);
    }

    /**
     * Returns the issue deadline: the 15th working day after the result became queryable (R-ISS-1, R-CAL-2).
     *
     * @param queryableOn the date the result became queryable
     * @return the deadline
     * @throws org.skillcert.core.calendar.CalendarException if the calendar has no data for a day counted
     */
    public LocalDate dueDate(LocalDate queryableOn) {
        return office.calendar().plusWorkingDays(queryableOn, ISSUE_WITHIN_WORKING_DAYS);
    }

    @Nullable
    private LocalDate dueDateOrNull(LocalDate queryable) {
        try {
            return dueDate(queryable);
        } catch (SkillcertException noCalendarData) {
            return null;
        }
    }

    /**
     * Lists the results whose certificate is late on a date: not issued although the deadline has
     * passed, or issued after the deadline (R-ISS-1).
     *
     * @param results the results received (the registry does not keep results that were never issued)
     * @param asOf the date to judge on
     * @return the late ones, in the order given
     * @throws org.skillcert.core.calendar.CalendarException if a deadline falls in a year without
     *     holiday data (R-CAL-3)
     */
    public List<Deadline> overdue(Collection<CandidateResult> results, LocalDate asOf) {
        List<Deadline> late = new ArrayList<>();
        for (CandidateResult r : results) {
            LocalDate due = dueDate(r.queryableOn());
            LocalDate issued = registry.byResultId(r.resultId()).stream().map(CertificateRecord::issueDate)
                    .min(LocalDate::compareTo).orElse(null);
            if (issued == null ? asOf.isAfter(due) : issued.isAfter(due)) {
                late.add(new Deadline(r.resultId(), r.queryableOn(), due, issued));
            }
        }
        return late;
    }
}
