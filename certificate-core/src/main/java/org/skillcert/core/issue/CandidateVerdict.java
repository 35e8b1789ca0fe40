package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The outcome of checking one candidate result once ({@link CandidateResult.Builder#verify}): the
 * typed result, or every problem found (like {@link org.skillcert.core.number.NumberVerdict}),
 * without an exception. Immutable.
 */
public final class CandidateVerdict {
    @Nullable
    private final CandidateResult result;
    private final String resultId;
    @Nullable
    private final LocalDate queryableOn;
    private final List<ResultProblem> problems;

    private CandidateVerdict(@Nullable CandidateResult result, String resultId, @Nullable LocalDate queryableOn,
            List<ResultProblem> problems) {
        this.result = result;
        this.resultId = resultId;
        this.queryableOn = queryableOn;
        this.problems = List.copyOf(problems);
    }

    static CandidateVerdict valid(CandidateResult result) {
        return new CandidateVerdict(result, result.resultId(), result.queryableOn(), List.of());
    }

    static CandidateVerdict refused(String resultId, @Nullable LocalDate queryableOn, List<ResultProblem> problems) {
        return new CandidateVerdict(null, resultId, queryableOn, problems);
    }

    /**
     * Adds problems found by a later check (the printer's, the registry's) to a verdict.
     *
     * @param more further problems, possibly none
     * @return this verdict if {@code more} is empty, else a refused verdict with all problems
     */
    CandidateVerdict with(List<ResultProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ResultProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new CandidateVerdict(null, resultId, queryableOn, all);
    }

    /** @return whether the result can be issued */
    public boolean isValid() {
        return result != null;
    }

    /** @return the typed result, empty when refused */
    public Optional<CandidateResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns the typed result.
     *
     * @return the result
     * @throws ResultRefusedException with every problem, when refused
     */
    public CandidateResult orElseThrow() {
        if (result == null) {
            throw new ResultRefusedException(resultId, problems);
        }
        return result;
    }

    /** @return the result id as given (may be blank when that is one of the problems) */
    public String resultId() {
        return resultId;
    }

    /** @return the queryable date, if it could be read (also for a refused result, for its deadline) */
    public Optional<LocalDate> queryableOn() {
        return Optional.ofNullable(queryableOn);
    }

    /** @return every problem, empty when valid */
    public List<ResultProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return isValid() ? "CandidateVerdict[valid " + result + "]" : "CandidateVerdict[" + resultId + " " + problems + "]";
    }
}
