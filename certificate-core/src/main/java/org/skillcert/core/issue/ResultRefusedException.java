package org.skillcert.core.issue;

import java.util.List;
import org.skillcert.spi.SkillcertException;

/** A candidate result that cannot be issued, with every problem found, not just the first. */
public final class ResultRefusedException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    private final String resultId;
    private final transient List<ResultProblem> problems;

    ResultRefusedException(String resultId, List<ResultProblem> problems) {
        super("result " + resultId + " refused: " + problems);
        this.resultId = resultId;
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the result id as the caller passed it (may be blank when that is one of the problems).
     *
     * @return the result id
     */
    public String resultId() {
        return resultId;
    }

    /**
     * Returns every problem found.
     *
     * @return at least one problem
     */
    public List<ResultProblem> problems() {
        return problems;
    }
}
