package org.skillcert.core.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.skillcert.core.calendar.WorkingDays;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.stock.StockService;
import org.skillcert.spi.Storage;

/**
 * One institution's certificate office over one storage: the entry point to every workflow.
 *
 * <pre>{@code
 * Office office = Office.builder(school, storage).actor("王老师").build();
 * BatchResult batch = office.issuing().issueAll(roster, "打印室");
 * }</pre>
 *
 * <p>Immutable and thread-safe as far as the storage is; every step is idempotent by its request id
 * (the result id for issuing), so a batch interrupted at any point can simply be run again.
 */
public final class Office {
    /** Dates ("today", issue dates) are taken in Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Institution institution;
    private final Storage storage;
    private final WorkingDays calendar;
    private final Clock clock;
    private final String actor;
    private final CertificatePrinter printer;
    private final int printRunPages;
    private final int renderThreads;

    private Office(Builder b) {
        this.renderThreads = b.renderThreads;
        this.printRunPages = b.printRunPages;
        this.institution = b.institution;
        this.storage = b.storage;
        this.calendar = b.calendar;
        this.clock = b.clock;
        this.actor = Objects.requireNonNull(b.actor, "actor: who records the steps (R-STK-3)");
        this.printer = b.printer;
    }

    /**
     * Starts an office.
     *
     * @param institution the issuing institution
     * @param storage the ports to record in
     * @return a builder with the State Council calendar, the system clock and no printer
     */
    public static Builder builder(Institution institution, Storage storage) {
        return new Builder(institution, storage);
    }

    /**
     * Returns the issuing workflow (R-ISS-1).
     *
     * @return the service
     */
    public IssueService issuing() {
        return new IssueService(this);
    }

    /**
     * Returns the replacement-proof workflow (R-ISS-2).
     *
     * @return the service
     */
    public ReplacementService replacements() {
        return new ReplacementService(this);
    }

    /**
     * Returns the correction workflow (R-ISS-3).
     *
     * @return the service
     */
    public CorrectionService corrections() {
        return new CorrectionService(this);
    }

    /**
     * Returns the revocation workflow (R-ISS-4).
     *
     * @return the service
     */
    public RevocationService revocations() {
        return new RevocationService(this);
    }

    /**
     * Returns the stock workflow (R-STK) over this office's ledger.
     *
     * @return the service
     */
    public StockService stock() {
        return new StockService(storage.ledger(), clock, actor);
    }

    /**
     * Returns the institution.
     *
     * @return the institution
     */
    public Institution institution() {
        return institution;
    }

    /**
     * Returns the storage.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Returns the working-day calendar.
     *
     * @return the calendar
     */
    public WorkingDays calendar() {
        return calendar;
    }

    /**
     * Returns who records the steps.
     *
     * @return the actor
     */
    public String actor() {
        return actor;
    }

    CertificatePrinter printer() {
        return printer;
    }

    int renderThreads() {
        return renderThreads;
    }

    int printRunPages() {
        return printRunPages;
    }

    java.time.Clock clock() {
        return clock;
    }

    /**
     * Returns the print room: sheet choice, print runs, misprints and reprints (R-STK-3, R-STK-4).
     *
     * @return a print room for one batch or one misprint
     */
    public PrintRoom printRoom() {
        return new PrintRoom(this);
    }

    /**
     * Returns today's date in China by the office's clock.
     *
     * @return today
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Collects the parts of an office. Not thread-safe. */
    public static final class Builder {
        private final Institution institution;
        private final Storage storage;
        private WorkingDays calendar = WorkingDays.stateCouncil();
        private Clock clock = Clock.systemUTC();
        private String actor;
        private CertificatePrinter printer = CertificatePrinter.NONE;
        private int printRunPages = PrintRoom.RUN_PAGES;
        private int renderThreads = 1;

        private Builder(Institution institution, Storage storage) {
            this.institution = Objects.requireNonNull(institution);
            this.storage = Objects.requireNonNull(storage);
        }

        /**
         * Sets the working-day calendar (R-CAL).
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(WorkingDays calendar) {
            this.calendar = Objects.requireNonNull(calendar);
            return this;
        }

        /**
         * Sets the clock that gives "today".
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Sets who records the steps (the custodian or clerk, R-STK-3).
         *
         * @param actor a name, 1–200 characters
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = Objects.requireNonNull(actor);
            return this;
        }

        /**
         * Sets the printer used when issuing on stock and reprinting.
         *
         * @param printer the printer
         * @return this builder
         */
        public Builder printer(CertificatePrinter printer) {
            this.printer = Objects.requireNonNull(printer);
            return this;
        }

        /**
         * Sets how many pages a print run holds at most (a printer tray, a crash window): a run is
         * written and its sheets booked every this many pages.
         *
         * @param pages 1 or more; default {@value PrintRoom#RUN_PAGES}
         * @return this builder
         * @throws IllegalArgumentException if {@code pages} is below 1
         */
        public Builder printRunPages(int pages) {
            if (pages < 1) {
                throw new IllegalArgumentException("a print run holds at least 1 page, was " + pages);
            }
            this.printRunPages = pages;
            return this;
        }

        /**
         * Sets how many threads check and write electronic certificates in a batch. Serials and
         * records are still taken on the calling thread in roster order; the printer must then be
         * thread-safe (certificate-render's {@code PdfCertificatePrinter} is). With more than one
         * thread, PDFs are written by {@link CertificatePrinter#printUnsynced} and recorded as
         * written a group at a time, after one {@link CertificatePrinter#sync()}, on one more thread.
         *
         * @param threads 1 (the default: everything on the calling thread) or more
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder renderThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("at least 1 thread, was " + threads);
            }
            this.renderThreads = threads;
            return this;
        }

        /**
         * Builds the office.
         *
         * @return the office
         * @throws NullPointerException if no actor was set
         */
        public Office build() {
            return new Office(this);
        }
    }
}
