package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.CertificatePrinter;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.StorageException;
import org.skillcert.spi.Storage;

/**
 * The parallel electronic path (Guarantee 3, R-CERT-7): PDFs are written on several threads
 * without waiting for the disk, made durable a group at a time by one {@code sync()}, and only
 * then recorded as written, in one registry call per group.
 */
class IssuePipelineTest {

    /** A printer that keeps what it wrote and what it made durable; its first syncs may fail. */
    private static final class DiskPrinter implements CertificatePrinter {
        final ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
        final Set<String> durable = Collections.synchronizedSet(new HashSet<>());
        final AtomicInteger failSyncs;
        final AtomicInteger syncs = new AtomicInteger();

        DiskPrinter(int failSyncs) {
            this.failSyncs = new AtomicInteger(failSyncs);
        }

        @Override
        public void print(PrintJob job) {
            printUnsynced(job);
            sync();
        }

        @Override
        public void printUnsynced(PrintJob job) {
            written.add(job.certificate().number().toString());
        }

        @Override
        public void sync() {
            syncs.incrementAndGet();
            if (failSyncs.getAndDecrement() > 0) {
                // the disk refused: what was written stays to be flushed by a later sync
                throw new StorageException(StorageException.Reason.DATABASE, null, 0, "disk full", null);
            }
            for (String n = written.poll(); n != null; n = written.poll()) {
                durable.add(n);
            }
        }
    }

    private static Office office(Desk desk, CertificatePrinter printer) {
        return Office.builder(Roster.SCHOOL, desk.storage).clock(desk.clock).actor("陈保管").printer(printer)
                .renderThreads(2).build();
    }

    /** Every certificate the registry holds as written was made durable first. */
    private static void writtenOnlyWhenDurable(Storage storage, List<IssueOutcome> outcomes, DiskPrinter printer) {
        Set<String> awaiting = new HashSet<>();
        for (CertificateRecord r : storage.registry().awaitingDocument(100_000)) {
            awaiting.add(r.number());
        }
        for (IssueOutcome o : outcomes) {
            String number = o.certificate().number().toString();
            if (!awaiting.contains(number)) {
                assertTrue(printer.durable.contains(number), number + " recorded as written but never flushed");
            }
        }
    }

    @Test
    void aLargeRosterIsRecordedWrittenAGroupAtATimeOnlyAfterItsFilesAreDurable() {
        Desk desk = new Desk();
        DiskPrinter printer = new DiskPrinter(0);
        int rows = 300;
        List<IssueOutcome> outcomes = new ArrayList<>();
        BatchResult batch = office(desk, printer).issuing().issueEach(Roster.valid(rows), null, null, outcomes::add);
        assertEquals(rows, outcomes.size());
        for (int i = 0; i < rows; i++) {
            assertEquals(IssueOutcome.Kind.ISSUED, outcomes.get(i).kind(), outcomes.get(i).toString());
            assertEquals(i + 1, outcomes.get(i).row());
        }
        assertEquals(List.of(), desk.storage.registry().awaitingDocument(10));
        assertEquals(rows, printer.durable.size());
        // one flush per group of rows, not one per certificate
        assertTrue(printer.syncs.get() <= rows / 100 + 1, printer.syncs.get() + " syncs");
        assertEquals(0, batch.remade());
        writtenOnlyWhenDurable(desk.storage, outcomes, printer);
    }

    @Test
    void aFailedFlushLeavesItsGroupAwaitingAndTheNextRunRemakesExactlyThose() {
        Desk desk = new Desk();
        DiskPrinter failing = new DiskPrinter(1);
        int rows = 300;
        List<IssueOutcome> first = new ArrayList<>();
        office(desk, failing).issuing().issueEach(Roster.valid(rows), null, null, first::add);
        List<IssueOutcome> failed = first.stream().filter(o -> o.kind() == IssueOutcome.Kind.FAILED).toList();
        assertTrue(!failed.isEmpty() && failed.size() < rows, failed.size() + " failed");
        for (IssueOutcome o : failed) {
            // recorded, numbered, its document not written: said so, and the next run writes it
            assertEquals(ResultProblem.Reason.NOT_RECORDED, o.problems().get(0).reason());
            assertTrue(o.problems().get(0).detail().contains("run the roster again"), o.problems().get(0).detail());
        }
        assertEquals(failed.size(), desk.storage.registry().awaitingDocument(100_000).size());
        writtenOnlyWhenDurable(desk.storage, first, failing);

        DiskPrinter healthy = new DiskPrinter(0);
        List<IssueOutcome> again = new ArrayList<>();
        BatchResult rerun = office(desk, healthy).issuing().issueEach(Roster.valid(rows), null, null, again::add);
        assertEquals(rows, again.stream().filter(o -> o.kind() == IssueOutcome.Kind.ALREADY_ISSUED).count());
        assertEquals(failed.size(), rerun.remade());
        assertEquals(failed.size(), healthy.durable.size());
        assertEquals(List.of(), desk.storage.registry().awaitingDocument(10));
        for (int i = 0; i < rows; i++) {
            assertEquals(first.get(i).certificate(), again.get(i).certificate());
        }
    }
}
