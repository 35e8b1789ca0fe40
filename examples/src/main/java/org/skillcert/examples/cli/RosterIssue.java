package org.skillcert.examples.cli;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.examples.roster.Roster;
import org.skillcert.examples.roster.RosterColumn;
import org.skillcert.examples.roster.RosterProblem;
import org.skillcert.examples.roster.RosterRow;

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

    private RosterIssue() {
    }

    /**
     * Issues every readable row of a roster.
     *
     * @param office the office
     * @param roster the roster as read
     * @param custodian who holds the blank sheets to print on, or null for electronic certificates
     * @param progress advanced once per row
     * @return the outcomes and problems
     */
    static RosterIssue run(Office office, Roster roster, @Nullable String custodian, ProgressBar progress) {
        RosterIssue run = new RosterIssue();
        run.problems.addAll(roster.problems());
        for (RosterRow row : roster.rows()) {
            IssueOutcome outcome = office.issuing().issue(builder(row), custodian);
            run.outcomes.add(outcome);
            run.rows.add(row.row());
            for (ResultProblem p : outcome.problems()) {
                run.problems.add(new RosterProblem(row.row(), roster.columnLabel(column(p.field())),
                        p.detail() + (p.position() > 0 ? " (position " + p.position() + ")" : "") + " [" + p.ruleId() + "]"));
            }
            progress.step();
        }
        run.problems.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return run;
    }

    static CandidateResult.Builder builder(RosterRow row) {
        return CandidateResult.builder()
                .resultId(row.resultId())
                .name(row.name())
                .idType(row.idType())
                .idNumber(row.idNumber())
                .occupation(row.occupation())
                .jobDirection(row.job())
                .level(row.level())
                .queryableOn(row.queryableDate())
                .photo(row.photo());
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
        return outcomes.stream().filter(o -> o.kind() == kind).count();
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
        return problems.stream().map(RosterProblem::row).filter(r -> !rows.contains(r)).distinct().count();
    }

    JsonObject json() {
        List<JsonObject> rowsJson = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            IssueOutcome o = outcomes.get(i);
            rowsJson.add(new JsonObject().put("row", rows.get(i)).put("resultId", o.resultId()).put("outcome", o.kind().name())
                    .put("number", o.record().map(r -> r.number()).orElse(null))
                    .put("sheet", o.record().map(r -> r.sheet() == 0 ? null : (Object) r.sheet()).orElse(null))
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
