package org.skillcert.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.examples.roster.Roster;
import org.skillcert.examples.roster.RosterColumn;
import org.skillcert.examples.roster.RosterProblem;
import org.skillcert.examples.roster.RosterRow;
import org.skillcert.examples.roster.RosterRows;
import org.skillcert.spi.SheetRange;

/**
 * Runs a roster through an office's issuing workflow row by row, with a progress bar, and keeps
 * every problem in roster terms: the row number and column as the user sees them in Excel, and the
 * reason with its rule id. Rows the reader could not read are reported, never issued; every other
 * row is issued, already issued (a re-run), or refused with all its problems at once.
 */
final class RosterIssue {
    private final List<IssueOutcome> outcomes = new ArrayList<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private BatchResult batch = new BatchResult(List.of());
    private final java.util.EnumMap<IssueOutcome.Kind, Long> counts = new java.util.EnumMap<>(IssueOutcome.Kind.class);
    private long unreadRows;
    // certificates issued by this run after their R-ISS-1 deadline: counted, the first few named
    private final List<String> late = new ArrayList<>();
    private long lateCount;
    private static final int LATE_LINES = 20;

    private RosterIssue() {
    }

    /**
     * Issues every readable row of a roster.
     *
     * @param office the office
     * @param roster the roster as read
     * @param custodian who holds the blank sheets to print on, or null for electronic certificates
     * @param sheets the sheets loaded in the printer, or null for the custodian's blank sheets
     * @param photoFolder the folder the roster's photo references are relative to
     * @param progress advanced once per row
     * @return the outcomes and problems
     * @throws org.skillcert.core.issue.OfficeException when the sheets are refused, before anything is issued
     */
    static RosterIssue run(Office office, Roster roster, @Nullable String custodian, @Nullable SheetRange sheets,
            Path photoFolder, ProgressBar progress) {
        return run(office, RosterRows.of(roster), custodian, sheets, photoFolder, progress, true);
    }

    /**
     * Issues every readable row of a roster as it is read, keeping the outcomes only when asked: a
     * large term's text report needs the counts and the problems, not every row. Rows are read,
     * checked, issued and reported one window at a time, so memory does not grow with the roster
     * (beyond one problem line per bad row, and one outcome per row when kept).
     */
    static RosterIssue run(Office office, RosterRows roster, @Nullable String custodian, @Nullable SheetRange sheets,
            Path photoFolder, ProgressBar progress, boolean keepOutcomes) {
        RosterIssue run = new RosterIssue();
        // the rows in flight, oldest first: an outcome comes back for each, in roster order
        java.util.ArrayDeque<RosterRow> inFlight = new java.util.ArrayDeque<>();
        Iterable<CandidateResult.Builder> builders = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<RosterRow> rows = roster.iterator();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public CandidateResult.Builder next() {
                RosterRow row = rows.next();
                inFlight.add(row);
                return builder(row, photoFolder);
            }
        };
        run.batch = office.issuing().issueEach(builders, custodian, sheets, outcome -> {
            RosterRow row = inFlight.poll();
            run.counts.merge(outcome.kind(), 1L, Long::sum);
            run.noteIfLate(row.row(), outcome);
            if (keepOutcomes) {
                run.outcomes.add(outcome);
                run.rows.add(row.row());
            }
            for (ResultProblem p : outcome.problems()) {
                String column = p.field() == ResultProblem.Field.INSTITUTION ? "--institution" : roster.columnLabel(column(p.field()));
                run.problems.add(new RosterProblem(row.row(), column,
                        p.detail() + (p.position() > 0 ? " (position " + p.position() + ")" : "") + " [" + p.ruleId() + "]"));
            }
            progress.step();
        });
        // rows the reader refused never reached the workflow
        run.unreadRows = roster.problems().stream().map(RosterProblem::row).distinct().count();
        run.problems.addAll(roster.problems());
        run.problems.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return run;
    }

    /**
     * The candidate of a roster row; the photo reference becomes an absolute path, so a print run
     * recorded with it can be written again from the database wherever the command runs.
     */
    static CandidateResult.Builder builder(RosterRow row, Path photoFolder) {
        return CandidateResult.builder()
                .resultId(row.resultId())
                .name(row.name())
                .idType(row.idType())
                .idNumber(row.idNumber())
                .occupation(row.occupation())
                .jobDirection(row.job())
                .level(row.level())
                .queryableOn(row.queryableDate())
                .photo(row.photo().isBlank() ? "" : photoFolder.resolve(row.photo()).toAbsolutePath().normalize().toString());
    }

    private void noteIfLate(int row, IssueOutcome outcome) {
        if (outcome.kind() != IssueOutcome.Kind.ISSUED || outcome.dueDate() == null || outcome.certificate() == null
                || !outcome.certificate().issueDate().isAfter(outcome.dueDate())) {
            return;
        }
        lateCount++;
        if (late.size() < LATE_LINES) {
            late.add("row " + row + ": " + outcome.certificate().number() + " issued " + outcome.certificate().issueDate()
                    + ", after its due date " + outcome.dueDate() + " (R-ISS-1: 15 working days after the results"
                    + " could be queried)");
        }
    }

    /**
     * Returns the warnings for certificates this run issued after their deadline: the first
     * {@value #LATE_LINES} named, then how many more.
     *
     * @return the lines, empty when none was late
     */
    List<String> lateWarnings() {
        List<String> lines = new ArrayList<>(late);
        if (lateCount > late.size()) {
            lines.add("... and " + (lateCount - late.size()) + " more issued after their due date");
        }
        return lines;
    }

    /** @return how many certificates this run issued after their R-ISS-1 deadline */
    long lateCount() {
        return lateCount;
    }

    /** @return what the batch did for documents an interrupted run had left, and the print runs written */
    BatchResult batch() {
        return batch;
    }

    /** @return one line per certificate on stock: row, number and sheet */
    List<String> sheetLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            IssueOutcome o = outcomes.get(i);
            if (o.certificate() != null && o.certificate().sheet().isPresent()) {
                lines.add("row " + rows.get(i) + ": " + o.certificate().number() + " on sheet "
                        + String.format("%08d", o.certificate().sheet().getAsInt()) + " (" + o.kind() + ")");
            }
        }
        return lines;
    }

    private static RosterColumn column(ResultProblem.Field field) {
        switch (field) {
            case NAME:
                return RosterColumn.NAME;
            case ID_TYPE:
                return RosterColumn.ID_TYPE;
            case ID_NUMBER:
                return RosterColumn.ID_NUMBER;
            case OCCUPATION:
                return RosterColumn.OCCUPATION;
            case JOB_DIRECTION:
                return RosterColumn.JOB;
            case LEVEL:
                return RosterColumn.LEVEL;
            case QUERYABLE_DATE:
                return RosterColumn.QUERYABLE_DATE;
            case PHOTO:
                return RosterColumn.PHOTO;
            default:
                return RosterColumn.RESULT_ID;
        }
    }

    List<IssueOutcome> outcomes() {
        return outcomes;
    }

    List<RosterProblem> problems() {
        return problems;
    }

    long count(IssueOutcome.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** @return whether every row was issued now or before and the reader found no bad row */
    boolean clean() {
        return problems.isEmpty() && count(IssueOutcome.Kind.REFUSED) == 0 && count(IssueOutcome.Kind.FAILED) == 0;
    }

    /** @return one line for people: how many rows went which way */
    String tally() {
        return "issued " + count(IssueOutcome.Kind.ISSUED) + ", already issued " + count(IssueOutcome.Kind.ALREADY_ISSUED)
                + ", refused " + (count(IssueOutcome.Kind.REFUSED) + problemOnlyRows()) + ", not recorded "
                + count(IssueOutcome.Kind.FAILED);
    }

    /** Rows the reader refused; they never reached the workflow. */
    private long problemOnlyRows() {
        return unreadRows;
    }

    JsonObject json() {
        List<JsonObject> rowsJson = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            IssueOutcome o = outcomes.get(i);
            rowsJson.add(new JsonObject().put("row", rows.get(i)).put("resultId", o.resultId()).put("outcome", o.kind().name())
                    .put("number", o.issued().map(c -> c.number().toString()).orElse(null))
                    .put("sheet", o.issued().flatMap(c -> c.sheet().isPresent()
                            ? java.util.Optional.of(String.format("%08d", c.sheet().getAsInt())) : java.util.Optional.empty()).orElse(null))
                    .put("due", o.dueDate() == null ? null : o.dueDate().toString()));
        }
        List<JsonObject> problemsJson = new ArrayList<>();
        for (RosterProblem p : problems) {
            problemsJson.add(new JsonObject().put("row", p.row()).put("column", p.column()).put("reason", p.reason()));
        }
        return new JsonObject().put("issued", count(IssueOutcome.Kind.ISSUED))
                .put("alreadyIssued", count(IssueOutcome.Kind.ALREADY_ISSUED))
                .put("refused", count(IssueOutcome.Kind.REFUSED) + problemOnlyRows())
                .put("notRecorded", count(IssueOutcome.Kind.FAILED))
                .put("rows", rowsJson).put("problems", problemsJson);
    }
}
