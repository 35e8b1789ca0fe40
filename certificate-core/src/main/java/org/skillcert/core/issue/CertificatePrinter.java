package org.skillcert.core.issue;

import java.util.List;

/**
 * Puts certificates on paper or into files; implemented outside the core (certificate-render's
 * {@code PdfCertificatePrinter}), so that certificate-core needs no PDF library.
 *
 * <p>Documents are derived from the books: issuing records a certificate first, then asks for its
 * document, and records the document as written only after {@link #print} or {@link #printRun}
 * returned (or, for {@link #printUnsynced}, after the next {@link #sync()}). {@code print}
 * therefore returns only once the document is durably on disk
 * (written, flushed, renamed into place); a crash before that leaves the certificate awaiting its
 * document, and the next run makes it again. Both methods may be called again for the same
 * certificate or run id after a crash and must then simply write it again.
 */
@FunctionalInterface
public interface CertificatePrinter {
    /** A printer that prints nothing: the caller prints from the returned records itself. */
    CertificatePrinter NONE = job -> { };

    /**
     * Writes one certificate's document: the electronic certificate (sheet 0) or, where a printer
     * prints stock page by page, one page.
     *
     * @param job what to print and where
     * @throws org.skillcert.spi.SkillcertException if printing fails; the document then stays awaited
     */
    void print(PrintJob job);

    /**
     * Writes one electronic certificate's document under its name without waiting for the disk:
     * it is complete for readers at once and durable once a later {@link #sync()} has returned.
     * Issuing a large term writes documents this way on several threads and records them as
     * written a batch at a time, after one {@code sync()}; a crash before that leaves them
     * awaiting, and the next run writes them again. By default this is {@link #print}, which is
     * already durable.
     *
     * @param job what to print (sheet 0)
     * @throws org.skillcert.spi.SkillcertException if printing fails; the document then stays awaited
     */
    default void printUnsynced(PrintJob job) {
        print(job);
    }

    /**
     * Makes durable every document that {@link #printUnsynced} wrote before this call: flushed to
     * disk with the folder entries naming them. Thread-safe; by default nothing to do.
     *
     * @throws org.skillcert.spi.SkillcertException if the disk refuses; the documents then stay awaited
     */
    default void sync() {
    }

    /**
     * Checks, before a serial is taken, that a certificate can be printed: the photo is there and
     * decodes within the printer's caps, every character of every printed value has a glyph and
     * fits its box. Issuing refuses a row with problems without allocating anything (Guarantee 3).
     * The job carries a provisional certificate: a number of the right shape with serial 1.
     *
     * @param job the provisional job
     * @return every problem found, empty when it can be printed; by default none
     */
    default List<ResultProblem> check(PrintJob job) {
        return List.of();
    }

    /**
     * Writes one print run: the pages for pre-printed sheets, in order, as one document, durably.
     * The run was recorded in the registry before this call; its sheets are booked PRINTED only
     * after this returns.
     *
     * @param runId the recorded run's id (a file name may be made from it)
     * @param pages the pages in printing order, each with its sheet
     * @throws org.skillcert.spi.SkillcertException if writing fails; the run stays open and is written again on the next run
     */
    default void printRun(String runId, List<PrintJob> pages) {
        pages.forEach(this::print);
    }
}
