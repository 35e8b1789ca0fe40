package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What happened to one result (one roster row) when issuing.
 *
 * @param row the 1-based row in the roster (1 for a single issue)
 * @param resultId the result id as given (possibly blank when that is a problem)
 * @param kind issued now, issued before, refused, or failed in storage
 * @param certificate the certificate, typed once from its registry record, for ISSUED and
 *     ALREADY_ISSUED, and for FAILED when the certificate was recorded but its document could not
 *     be written (the next run writes it); else null
 * @param dueDate the issue deadline, 15 working days after the queryable date (R-ISS-1), or null
 *     when the date is not readable or the calendar has no data for the days counted (R-CAL-3)
 * @param problems for REFUSED, every problem of the row; for FAILED, one problem saying what failed
 */
public record IssueOutcome(int row, String resultId, Kind kind, @Nullable IssuedCertificate certificate,
        @Nullable LocalDate dueDate, List<ResultProblem> problems) {

    /** The outcome kinds. */
    public enum Kind {
        /** Issued by this call. */
        ISSUED,
        /** Issued before for the same result id; nothing new was recorded (idempotent re-run). */
        ALREADY_ISSUED,
        /** Refused: the row has problems; nothing was recorded. */
        REFUSED,
        /** Storage or the printer refused a step (e.g. no blank sheet in hand, a disk error); re-running the row is safe. */
        FAILED
    }

    /** Copies the problem list. */
    public IssueOutcome {
        problems = List.copyOf(problems);
    }

    /**
     * Returns the certificate, if there is one.
     *
     * @return the issued certificate for ISSUED and ALREADY_ISSUED (and FAILED after recording)
     */
    public Optional<IssuedCertificate> issued() {
        return Optional.ofNullable(certificate);
    }
}
