package org.skillcert.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The issued certificates and their status history (R-ISS, R-RPT).
 *
 * @implSpec Implementations are thread-safe and, when they share a database, safe across processes.
 *     {@link #put} is idempotent on the number: a repeat with the same issue data changes nothing
 *     and returns the stored record; different data is a {@code CONFLICT}. Issue data is never
 *     edited; status changes are appended to the history ({@link #history}), never edited. A
 *     {@code put} of a record that {@link CertificateRecord#supersedes() supersedes} another marks
 *     that one SUPERSEDED in the same atomic step. Look-ups return records with their current
 *     status. Parameters are non-null; a refused call writes nothing.
 */
public interface CertificateRegistry {

    /**
     * Registers an issued certificate, or confirms an identical earlier registration.
     *
     * @param record the record, status ISSUED without a reason
     * @param actor who registers it, 1–200 characters
     * @return the stored record with its current status
     * @throws RegistryException {@code CONFLICT} (same number, other data), {@code BAD_SUPERSEDES}
     *     (unknown, or not ISSUED, or already superseded by another), {@code ILLEGAL_STATUS_CHANGE}
     *     (status other than ISSUED), {@code BAD_FIELD} (actor)
     */
    CertificateRecord put(CertificateRecord record, String actor);

    /**
     * Looks up one certificate.
     *
     * @param number the certificate number
     * @return the record with its current status, or empty
     * @throws RegistryException {@code BAD_NUMBER}
     */
    Optional<CertificateRecord> byNumber(String number);

    /**
     * The certificates of one holder, by ascending number.
     *
     * @param idNumber the ID number exactly as registered
     * @return the records, possibly empty
     */
    List<CertificateRecord> byIdNumber(String idNumber);

    /**
     * The certificates issued for one evaluation result (a corrected one and its successor share it),
     * by ascending number.
     *
     * @param resultId the result id
     * @return the records, possibly empty
     */
    List<CertificateRecord> byResultId(String resultId);

    /**
     * The certificates issued in a date range, by issue date then number, for reports. The stream
     * may read lazily; close it (try-with-resources).
     *
     * @param from the first issue date, inclusive
     * @param to the last issue date, inclusive
     * @return the records with their current status
     * @throws RegistryException {@code BAD_PERIOD} if {@code to} is before {@code from}
     */
    Stream<CertificateRecord> issuedBetween(LocalDate from, LocalDate to);

    /**
     * The certificates issued in a date range that now have a given status.
     *
     * @param from the first issue date, inclusive
     * @param to the last issue date, inclusive
     * @param status the status wanted
     * @return the records, by issue date then number; close the stream
     * @throws RegistryException {@code BAD_PERIOD}
     */
    default Stream<CertificateRecord> issuedBetween(LocalDate from, LocalDate to, CertificateStatus status) {
        return issuedBetween(from, to).filter(r -> r.status() == status);
    }

    /**
     * Appends a status change: ISSUED to REVOKED (R-ISS-4) or VOID. Repeating the current status with
     * the same reason is a no-op returning the existing change.
     *
     * @param number the certificate number
     * @param status REVOKED or VOID
     * @param reason why, 1–500 characters
     * @param actor who, 1–200 characters
     * @return the appended change
     * @throws RegistryException {@code UNKNOWN_NUMBER}, {@code ILLEGAL_STATUS_CHANGE} (not ISSUED
     *     now, or the target is ISSUED or SUPERSEDED), {@code BAD_FIELD}
     */
    StatusChange changeStatus(String number, CertificateStatus status, String reason, String actor);

    /**
     * The status history of one certificate, oldest first; the first change is ISSUED.
     *
     * @param number the certificate number
     * @return the changes, empty if the number is unknown
     * @throws RegistryException {@code BAD_NUMBER}
     */
    List<StatusChange> history(String number);

    /**
     * The status changes (including the initial ISSUED) recorded in a period, oldest first, for
     * reports of revocations and corrections.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the changes
     * @throws RegistryException {@code BAD_PERIOD}
     */
    List<StatusChange> changesBetween(Instant from, Instant to);
    /**
     * Records that a certificate's document exists durably: its electronic PDF is written and
     * flushed to disk, or the print run carrying its page is written and its sheet booked PRINTED.
     * A certificate is registered by {@link #put} with its document <em>awaiting</em>; a
     * certificate registered before a release kept document states counts as written.
     * Idempotent.
     *
     * @param number the certificate number
     * @throws RegistryException {@code UNKNOWN_NUMBER}, {@code BAD_NUMBER}
     */
    void documentWritten(String number);

    /**
     * Records several documents as written, as {@link #documentWritten} does for each: issuing a
     * large term makes a batch of documents durable with one flush and records them here
     * together. The JDBC storage does it in one transaction; by default it is one call per number.
     * Idempotent, so a batch cut short by a crash is simply recorded again.
     *
     * @param numbers the certificate numbers
     * @throws RegistryException {@code UNKNOWN_NUMBER}, {@code BAD_NUMBER}; with the JDBC storage
     *     nothing of the batch is then recorded
     */
    default void documentsWritten(java.util.Collection<String> numbers) {
        numbers.forEach(this::documentWritten);
    }

    /**
     * The certificates whose document is awaited (registered, document not yet written), by
     * ascending number: what a crash left to re-make.
     *
     * @param limit the most records to return, at least 1
     * @return the records with their current status
     */
    List<CertificateRecord> awaitingDocument(int limit);

    /**
     * Records a print run before its file is written; a repeat with the same id and pages returns
     * the recorded run.
     *
     * @param run the run
     * @return the recorded run
     * @throws RegistryException {@code CONFLICT} (same id, other pages, or a sheet already on
     *     another open run), {@code UNKNOWN_NUMBER} (a page's certificate is not registered)
     */
    PrintRun recordPrintRun(PrintRun run);

    /**
     * Marks a print run done: its file is written and all its sheets are booked PRINTED. The
     * documents of its certificates are marked written in the same step. Idempotent.
     *
     * @param id the run id
     * @throws RegistryException {@code UNKNOWN_NUMBER} if no run has this id
     */
    void printRunDone(String id);

    /**
     * The print runs recorded but not done, oldest first: what a crash left between recording a
     * run and booking its sheets.
     *
     * @return the open runs
     */
    List<PrintRun> openPrintRuns();

    /**
     * Looks up a print run, done or not, to write its file again.
     *
     * @param id the run id
     * @return the run, or empty
     */
    Optional<PrintRun> printRun(String id);
}
