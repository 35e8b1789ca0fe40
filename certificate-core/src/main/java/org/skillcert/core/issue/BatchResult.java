package org.skillcert.core.issue;

import java.util.List;

/**
 * The per-row outcomes of issuing a roster, in roster order.
 *
 * @param outcomes one outcome per row
 */
public record BatchResult(List<IssueOutcome> outcomes) {
    /** Copies the list. */
    public BatchResult {
        outcomes = List.copyOf(outcomes);
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
