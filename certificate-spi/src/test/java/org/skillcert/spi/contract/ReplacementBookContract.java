package org.skillcert.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.ReplacementBook;
import org.skillcert.spi.ReplacementRecord;

/**
 * The contract every {@link ReplacementBook} passes (R-ISS-2: receipts kept, proofs dated, overdue
 * ones found). Extend it and return a fresh, empty book from {@link #newBook()}.
 */
public abstract class ReplacementBookContract {
    /** A well-formed certificate number. */
    protected static final String CERT = "S000044012001263000001";
    /** The book under test, fresh for each test. */
    protected ReplacementBook book;

    /** @return a new, empty book */
    protected abstract ReplacementBook newBook();

    @BeforeEach
    void open() {
        book = newBook();
    }

    /**
     * An application received on a date, due five days later.
     *
     * @param id the application id
     * @param received the receipt date
     * @return the record
     */
    protected static ReplacementRecord application(String id, LocalDate received) {
        return new ReplacementRecord(id, CERT, "陈晓明", "44010619900307281X", "LOST", "EMS", "EA123456789CN",
                "13800000000", received, received.plusDays(7), false, "陈保管", null, null);
    }

    @Test
    void anApplicationIsAcceptedThenProvedWithItsDates() { // R-ISS-2
        LocalDate received = LocalDate.of(2026, 3, 2);
        ReplacementRecord accepted = book.accept(application("A-1", received));
        assertEquals(ReplacementRecord.State.ACCEPTED, accepted.state());
        assertEquals(accepted, book.byId("A-1").orElseThrow());
        assertEquals(List.of(accepted), book.open());
        ReplacementRecord proved = book.prove("A-1", LocalDate.of(2026, 3, 5), "陈保管");
        assertEquals(ReplacementRecord.State.PROVED, proved.state());
        assertEquals(LocalDate.of(2026, 3, 5), proved.provedOn());
        assertEquals("陈保管", proved.provedBy());
        assertEquals(proved, book.byId("A-1").orElseThrow());
        assertTrue(book.open().isEmpty());
        assertTrue(book.byId("A-2").isEmpty());
        // every field survives the round trip, the EMS number and the ID number included
        assertEquals("EA123456789CN", proved.emsNumber());
        assertEquals("44010619900307281X", proved.idNumber());
        assertEquals(received.plusDays(7), proved.dueDate());
    }

    @Test
    void acceptAndProveAreIdempotent() { // a caller that crashed repeats the call
        ReplacementRecord a = application("A-1", LocalDate.of(2026, 3, 2));
        assertEquals(a, book.accept(a));
        assertEquals(a, book.accept(a));
        ReplacementRecord first = book.prove("A-1", LocalDate.of(2026, 3, 5), "陈保管");
        assertEquals(first, book.prove("A-1", LocalDate.of(2026, 3, 6), "someone else"), "the first proof stands");
        assertEquals(first, book.accept(a), "accepting again after the proof returns the proved record");
        assertEquals(1, book.receivedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
    }

    @Test
    void conflictsAndBadInputChangeNothing() {
        ReplacementRecord a = application("A-1", LocalDate.of(2026, 3, 2));
        book.accept(a);
        ReplacementRecord other = new ReplacementRecord("A-1", CERT, "李四", a.idNumber(), "LOST", "COLLECT", null, "",
                a.receivedOn(), a.dueDate(), false, "陈保管", null, null);
        assertEquals(RegistryException.Reason.CONFLICT,
                assertThrows(RegistryException.class, () -> book.accept(other)).reason());
        assertEquals(RegistryException.Reason.UNKNOWN_APPLICATION,
                assertThrows(RegistryException.class, () -> book.prove("A-9", LocalDate.of(2026, 3, 5), "x")).reason());
        assertEquals(RegistryException.Reason.BAD_PERIOD,
                assertThrows(RegistryException.class, () -> book.prove("A-1", LocalDate.of(2026, 3, 1), "x")).reason());
        assertEquals(RegistryException.Reason.BAD_FIELD,
                assertThrows(RegistryException.class, () -> book.accept(
                        application("A-2", LocalDate.of(2026, 3, 2)).proved(LocalDate.of(2026, 3, 3), "x"))).reason());
        assertTrue(book.byId("A-2").isEmpty());
        assertEquals(RegistryException.Reason.BAD_PERIOD, assertThrows(RegistryException.class,
                () -> book.receivedBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).reason());
        assertEquals(a, book.byId("A-1").orElseThrow());
        assertEquals(List.of(a), book.open());
    }

    @Test
    void openOnesComeEarliestDueFirstAndPeriodsAreInclusive() {
        book.accept(application("A-3", LocalDate.of(2026, 3, 4)));
        book.accept(application("A-1", LocalDate.of(2026, 3, 2)));
        book.accept(application("A-2", LocalDate.of(2026, 3, 2)));
        book.prove("A-2", LocalDate.of(2026, 3, 9), "陈保管");
        List<String> open = new ArrayList<>();
        book.open().forEach(r -> open.add(r.applicationId()));
        assertEquals(List.of("A-1", "A-3"), open);
        assertEquals(3, book.receivedBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)).size());
        assertEquals(2, book.receivedBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).size());
        assertEquals(1, book.provedBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9)).size());
        assertTrue(book.provedBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31)).isEmpty());
        ReplacementRecord a1 = book.byId("A-1").orElseThrow();
        assertFalse(a1.overdue(a1.dueDate()));
        assertTrue(a1.overdue(a1.dueDate().plusDays(1)));
    }

    @Test
    void concurrentAcceptsOfOneApplicationStoreItOnce() throws Exception {
        ReplacementRecord a = application("A-1", LocalDate.of(2026, 3, 2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReplacementRecord>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> book.accept(a)));
            }
            for (Future<ReplacementRecord> f : results) {
                assertEquals(a, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, book.open().size());
    }
}
