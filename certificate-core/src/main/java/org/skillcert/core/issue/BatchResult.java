package org.skillcert.core.issue;

import java.util.List;

/**
 * The per-row outcomes of issuing a roster, in roster order, with what the batch did for
 * documents a crash had left unwritten.
 *
 * @param outcomes one outcome per row
 * @param remade documents (electronic PDFs and print-run pages) written again for certificates a
 *     crash had left without them
 * @param stillAwaiting certificates still without their document after the batch (not in this
 *     roster: run their roster again)
 * @param printRuns the ids of the print runs written, in order
 */
public record BatchResult(List<IssueOutcome> outcomes, int remade, int stillAwaiting, List<String> printRuns) {
    /** Copies the lists. */
    public BatchResult {
        outcomes = List.copyOf(outcomes);
        printRuns = List.copyOf(printRuns);
    }

    /**
     * Outcomes without document work.
     *
     * @param outcomes one outcome per row
     */
    public BatchResult(List<IssueOutcome> outcomes) {
        this(outcomes, 0, 0, List.of());
    }

    BatchResult withOutcomes(List<IssueOutcome> rows) {
        return new BatchResult(rows, remade, stillAwaiting, printRuns);
    }

    /**
     * Counts the rows with an outcome kind.
     *
     * @param kind the kind
     * @return how many rows
     */
    public long count(IssueOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /**
     * Returns the rows with an outcome kind.
     *
     * @param kind the kind
     * @return the outcomes, in roster order
     */
    public List<IssueOutcome> withKind(IssueOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }
}
