package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A result whose certificate is late: not issued by the deadline, or issued after it (R-ISS-1).
 *
 * @param resultId the result id
 * @param queryableOn the date the result became queryable
 * @param dueDate 15 working days after {@code queryableOn}
 * @param issuedOn the issue date if issued (late), or null if still not issued
 */
public record Deadline(String resultId, LocalDate queryableOn, LocalDate dueDate, @Nullable LocalDate issuedOn) {
    /**
     * Returns the issue date, if issued.
     *
     * @return the date, or empty while pending
     */
    public Optional<LocalDate> issued() {
        return Optional.ofNullable(issuedOn);
    }
}
