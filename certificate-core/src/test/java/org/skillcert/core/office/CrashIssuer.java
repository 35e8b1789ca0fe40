package org.skillcert.core.office;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.jdbc.Databases;
import org.skillcert.spi.jdbc.JdbcStorage;

/**
 * The child JVM of {@link CrashTest}: receives stock, hands it out and issues a roster on an H2 file
 * database, printing a line per certificate printed. With a positive {@code haltAtPrint} it halts
 * the JVM inside the printer of that certificate: after the certificate is recorded, before its
 * sheet is booked.
 *
 * <p>Arguments: database file, table prefix, rows, haltAtPrint (0 = never).
 */
public final class CrashIssuer {
    private CrashIssuer() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int rows = Integer.parseInt(args[2]);
        int haltAt = Integer.parseInt(args[3]);
        Clock clock = Clock.fixed(OfficeScenario.START, java.time.ZoneOffset.UTC);
        AtomicInteger prints = new AtomicInteger();
        try (JdbcStorage storage = new JdbcStorage(Databases.h2(file, 2), prefix, clock)) {
            Office office = Office.builder(Roster.SCHOOL, storage).clock(clock).actor("crash-test").printer(job -> {
                int n = prints.incrementAndGet();
                if (n == haltAt) {
                    // a crash at the worst moment: the certificate is recorded, its sheet not yet booked
                    Runtime.getRuntime().halt(3);
                }
                System.out.println("printed " + job.certificate().number() + " " + job.sheet());
                System.out.flush();
            }).build();
            office.stock().receive(SheetRange.of(OfficeScenario.sheet(1), OfficeScenario.sheet(rows + 50)), "CRASH-ORD");
            office.stock().handOut(SheetRange.of(OfficeScenario.sheet(1), OfficeScenario.sheet(rows + 50)), OfficeScenario.PRINT_ROOM);
            BatchResult batch = office.issuing().issueAll(Roster.valid(rows), OfficeScenario.PRINT_ROOM);
            System.out.println("done issued=" + batch.count(IssueOutcome.Kind.ISSUED)
                    + " already=" + batch.count(IssueOutcome.Kind.ALREADY_ISSUED)
                    + " refused=" + batch.count(IssueOutcome.Kind.REFUSED) + " failed=" + batch.count(IssueOutcome.Kind.FAILED));
        }
    }
}
