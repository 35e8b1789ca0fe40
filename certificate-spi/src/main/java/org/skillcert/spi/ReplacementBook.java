package org.skillcert.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The replacement-proof applications of an institution and their state (R-ISS-2: the proof is due
 * 5 working days after the application was received): accepted with a receipt, then proved. Kept
 * so that overdue proofs can be listed and counted in statistics and reports.
 *
 * @implSpec Thread-safe; every call is atomic. {@link #accept} and {@link #prove} are idempotent,
 *     so a caller that crashed may simply repeat them. Contract: the test-jar's
 *     {@code ReplacementBookContract}.
 */
public interface ReplacementBook {
    /**
     * Records an accepted application (state ACCEPTED). Repeating the same application returns the
     * stored record unchanged, whatever its state.
     *
     * @param application the application; {@code provedOn} must be null
     * @return the stored record
     * @throws RegistryException {@code CONFLICT} if the id is stored with other data,
     *     {@code BAD_FIELD} if the record is already proved
     */
    ReplacementRecord accept(ReplacementRecord application);

    /**
     * Marks an application proved (state PROVED). Proving a proved application returns it
     * unchanged (the first proof date stays).
     *
     * @param applicationId the application
     * @param on the proof date, not before receipt
     * @param actor who made the proof
     * @return the stored record
     * @throws RegistryException {@code UNKNOWN_APPLICATION}, {@code BAD_PERIOD} or {@code BAD_FIELD}
     */
    ReplacementRecord prove(String applicationId, LocalDate on, String actor);

    /**
     * Finds an application.
     *
     * @param applicationId the id
     * @return the record, or empty
     */
    Optional<ReplacementRecord> byId(String applicationId);

    /**
     * Lists the open applications (ACCEPTED), earliest due first, then by id.
     *
     * @return the open applications
     */
    List<ReplacementRecord> open();

    /**
     * Lists the applications received in a period, by receipt date then id.
     *
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the applications
     * @throws RegistryException {@code BAD_PERIOD} if {@code to} is before {@code from}
     */
    List<ReplacementRecord> receivedBetween(LocalDate from, LocalDate to);

    /**
     * Lists the applications proved in a period, by proof date then id.
     *
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the applications
     * @throws RegistryException {@code BAD_PERIOD} if {@code to} is before {@code from}
     */
    List<ReplacementRecord> provedBetween(LocalDate from, LocalDate to);

    /** Checks a period. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RegistryException(RegistryException.Reason.BAD_PERIOD, "to", to.toString(), 0,
                    "period ends " + to + " before it starts " + from);
        }
    }
}
