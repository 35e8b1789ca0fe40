package org.skillcert.core.issue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.Nullable;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.stock.LedgerCursor;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.EntryKind;
import org.skillcert.spi.LedgerEntry;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.SheetStatus;
import org.skillcert.spi.SkillcertException;
import org.skillcert.spi.StockLedger;
import org.skillcert.spi.StockMove;

/**
 * Issuing certificates from candidate results (R-ISS-1, R-CERT, R-NUM-5).
 *
 * <p>Each result goes through: check every field and the filed scope; take the serial with the
 * result id as request id (so a re-run gets the same number); record the certificate; and, when
 * printing on stock, print it and book the sheet {@code PRINTED(sheet → number)}. The certificate is
 * recorded before its sheet is booked, and a re-run completes whatever step a crash interrupted,
 * so there is never a printed sheet without a certificate, nor a certificate issued twice.
 */
public final class IssueService {
    /** Certificates are issued within this many working days after the result is queryable (R-ISS-1). */
    public static final int ISSUE_WITHIN_WORKING_DAYS = 15;

    private final Office office;
    private final CertificateRegistry registry;
    private final StockLedger ledger;

    IssueService(Office office) {
        this.office = office;
        this.registry = office.storage().registry();
        this.ledger = office.storage().ledger();
    }

    /**
     * Issues one result.
     *
     * @param result the result as written
     * @param custodian who holds the blank sheets to print on, or null for an electronic certificate
     * @return the outcome: ISSUED, ALREADY_ISSUED, REFUSED (with every problem) or FAILED
     */
    public IssueOutcome issue(CandidateResult.Builder result, @Nullable String custodian) {
        return issueRow(1, result, custodian);
    }

    /**
     * Issues a roster, row by row, never stopping at a bad row. Running the same roster again
     * issues nothing twice: rows done before come back as ALREADY_ISSUED with the same numbers.
     *
     * @param roster the results as written
     * @param custodian who holds the blank sheets to print on, or null for electronic certificates
     * @return one outcome per row, in roster order
     */
    public BatchResult issueAll(List<CandidateResult.Builder> roster, @Nullable String custodian) {
        List<IssueOutcome> outcomes = new ArrayList<>(roster.size());
        for (int i = 0; i < roster.size(); i++) {
            outcomes.add(issueRow(i + 1, roster.get(i), custodian));
        }
        return new BatchResult(outcomes);
    }

    private IssueOutcome issueRow(int row, CandidateResult.Builder builder, @Nullable String custodian) {
        LocalDate today = office.today();
        List<ResultProblem> problems = builder.check(office.institution(), today);
        if (!problems.isEmpty()) {
            return new IssueOutcome(row, builder.resultIdText(), IssueOutcome.Kind.REFUSED, null,
                    dueDateOrNull(builder.queryableText()), problems);
        }
        CandidateResult result = builder.build(office.institution(), today);
        // a queryable date in a year without holiday data leaves the deadline unknown (R-CAL-3), not the row refused
        LocalDate due = dueDateOrNull(result.queryableOn().toString());
        try {
            Optional<ResultProblem> duplicate = duplicateOf(result);
            if (duplicate.isPresent()) {
                return new IssueOutcome(row, result.resultId(), IssueOutcome.Kind.REFUSED, null, due, List.of(duplicate.get()));
            }
            CertificateNumber number = allocate(result, today);
            Optional<CertificateRecord> existing = registry.byNumber(number.toString());
            CertificateRecord record;
            IssueOutcome.Kind kind;
            if (existing.isPresent()) {
                // after a correction (R-ISS-3) the result's certificate is the newest in its chain
                record = existing.get().status() == CertificateStatus.SUPERSEDED ? latestFor(result.resultId(), existing.get())
                        : existing.get();
                kind = IssueOutcome.Kind.ALREADY_ISSUED;
            } else {
                int sheet = custodian == null ? 0 : nextSheet(custodian);
                record = registry.put(CertificateRecord.issued(number.toString(), result.name(),
                        result.idNumber().type().chineseName(), result.idNumber().number(), result.occupation(),
                        result.jobDirection().toString(), result.level().code(), today,
                        office.institution().name().toString(), sheet, result.resultId(), null), office.actor());
                kind = IssueOutcome.Kind.ISSUED;
            }
            if (record.sheet() == 0 && kind == IssueOutcome.Kind.ISSUED) {
                // an electronic certificate is rendered once, when issued; a re-run re-renders nothing
                office.printer().print(new PrintJob(record, office.institution(), result.photo(), 0));
            }
            bindSheet(record, result.photo(), custodian);
            return new IssueOutcome(row, result.resultId(), kind, record, due, List.of());
        } catch (SkillcertException e) {
            // a storage refusal for this row (no sheets, a conflict) must not stop the roster
            return new IssueOutcome(row, result.resultId(), IssueOutcome.Kind.FAILED, null, due,
                    List.of(new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.NOT_RECORDED, 0,
                            "R-ISS-1", e.getMessage())));
        }
    }

    /** The certificate of a result that no other certificate supersedes. */
    private CertificateRecord latestFor(String resultId, CertificateRecord fallback) {
        List<CertificateRecord> all = registry.byResultId(resultId);
        for (CertificateRecord r : all) {
            if (all.stream().noneMatch(o -> r.number().equals(o.supersedes()))) {
                return r;
            }
        }
        return fallback;
    }

    /** The same holder already holds an ISSUED certificate for this pass under another result id. */
    private Optional<ResultProblem> duplicateOf(CandidateResult result) {
        for (CertificateRecord r : registry.byIdNumber(result.idNumber().number())) {
            if (r.status() == CertificateStatus.ISSUED && r.occupation().equals(result.occupation())
                    && r.job().equals(result.jobDirection().toString()) && r.level() == result.level().code()
                    && !result.resultId().equals(r.resultId())) {
                return Optional.of(new ResultProblem(ResultProblem.Field.RESULT_ID, ResultProblem.Reason.ALREADY_CERTIFIED, 0,
                        "R-ISS-1", "holder already has certificate " + r.number() + " for this occupation and level"));
            }
        }
        return Optional.empty();
    }

    private CertificateNumber allocate(CandidateResult result, LocalDate today) {
        Optional<SerialBlock> earlier = office.storage().sequencer().find(result.resultId());
        if (earlier.isPresent()) {
            // a re-run (possibly on a later day or year) keeps the number the first run obtained
            SerialBlock block = earlier.get();
            CertificateNumber number = CertificateNumber.parse(block.scope() + String.format("%06d", block.first()),
                    NumberingProfile.NATIONAL);
            if (!number.siteCode().equals(office.institution().siteCode()) || number.level() != result.level()) {
                throw new OfficeException(OfficeException.Reason.RESULT_ID_CONFLICT, result.resultId(),
                        "result id " + result.resultId() + " already obtained " + number + " (R-NUM-5)");
            }
            return number;
        }
        String scope = CertificateNumber.of(office.institution().siteCode(), today.getYear(), result.level(), 1).scope();
        int serial = office.storage().sequencer().next(scope, result.resultId());
        return CertificateNumber.of(office.institution().siteCode(), today.getYear(), result.level(), serial);
    }

    int nextSheet(String custodian) {
        OptionalInt sheet = ledger.nextInHand(custodian);
        if (sheet.isEmpty()) {
            throw new OfficeException(OfficeException.Reason.NO_SHEET_IN_HAND, custodian,
                    custodian + " holds no blank sheet to print on (R-STK-3)");
        }
        return sheet.getAsInt();
    }

    /**
     * Prints and books the recorded sheet unless that already happened (crash recovery). If another
     * process printed on the recorded sheet meanwhile (two issuers sharing a custodian), the
     * certificate goes on the custodian's next blank sheet: the ledger, not the record, says where a
     * certificate is printed ({@link #currentSheet}).
     */
    void bindSheet(CertificateRecord record, String photo, @Nullable String custodian) {
        if (record.sheet() == 0) {
            return;
        }
        SheetStatus status = ledger.sheet(record.sheet()).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.SHEET_TAKEN, Integer.toString(record.sheet()), "sheet was never received"));
        if (status.state() == SheetState.HANDED_OUT) {
            printOn(record, photo, record.sheet());
        } else if (!record.number().equals(status.certificateNumber())
                && printedAfter(record.number(), status.lastSequence()).isEmpty()) {
            if (custodian == null) {
                throw new OfficeException(OfficeException.Reason.SHEET_TAKEN, String.format("%08d", record.sheet()),
                        "sheet " + String.format("%08d", record.sheet()) + " recorded for " + record.number()
                                + " is " + status.state() + "; name the custodian to print it on another sheet");
            }
            printOn(record, photo, nextSheet(custodian));
        }
    }

    private void printOn(CertificateRecord record, String photo, int sheet) {
        office.printer().print(new PrintJob(record, office.institution(), photo, sheet));
        ledger.append(StockMove.printed(sheet, record.number(), office.actor()));
    }

    /**
     * Books a misprinted sheet SPOILED and prints the certificate again on the custodian's next
     * blank sheet with the same number (R-STK-4). Idempotent: reporting the same misprint again
     * returns the reprint already made.
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
        OptionalInt done = printedAfter(number, status.lastSequence());
        if (done.isPresent()) {
            return new Reprint(number, sheet, done.getAsInt());
        }
        CertificateRecord record = registry.byNumber(number).orElseThrow(() -> new OfficeException(
                OfficeException.Reason.UNKNOWN_CERTIFICATE, number, "no certificate " + number));
        int next = nextSheet(custodian);
        printOn(record, photo, next);
        return new Reprint(number, sheet, next);
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
            OptionalInt next = printedAfter(number, status.lastSequence());
            if (next.isEmpty()) {
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
    private LocalDate dueDateOrNull(String queryable) {
        try {
            return dueDate(LocalDate.parse(queryable.strip()));
        } catch (DateTimeParseException | SkillcertException unreadable) {
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
