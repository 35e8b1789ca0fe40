package org.skillcert.core.issue;

import java.util.List;
import org.skillcert.spi.SkillcertException;

/**
 * A candidate result that cannot be issued, with every problem found, not just the first.
 *
 * <p>As every {@link SkillcertException}: {@link #reason()} and {@link #position()} are those of the
 * first problem (see {@link #problems()} for all), {@link #input()} is the result id.
 */
public final class ResultRefusedException extends SkillcertException {
    private static final long serialVersionUID = 1L;

    private final String resultId;
    private final transient List<ResultProblem> problems;

    ResultRefusedException(String resultId, List<ResultProblem> problems) {
        super(problems.get(0).reason(), resultId, problems.get(0).position(),
                "result " + resultId + " refused: " + problems, null);
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
     * Returns the first problem's reason; {@link #problems()} has every problem's.
     *
     * @return the reason
     */
    @Override
    public ResultProblem.Reason reason() {
        return (ResultProblem.Reason) super.reason();
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
