package org.skillcert.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.PrintRun;
import org.skillcert.spi.RegistryException;
import org.skillcert.spi.StatusChange;
import org.skillcert.testing.Property;

/**
 * The contract every {@link CertificateRegistry} passes (R-ISS-3, R-ISS-4, R-RPT-1). Extend it and
 * return a fresh, empty registry from {@link #newRegistry()}.
 */
public abstract class CertificateRegistryContract {
    /** The registry under test, fresh for each test. */
    protected CertificateRegistry registry;

    /** @return a new, empty registry */
    protected abstract CertificateRegistry newRegistry();

    /** @return how many random records the idempotency property puts */
    protected int propertyCases() {
        return 2000;
    }

    @BeforeEach
    void open() {
        registry = newRegistry();
    }

    /**
     * A well-formed record.
     *
     * @param serial the serial (last 6 digits)
     * @param idNumber the holder's ID number
     * @param date the issue date
     * @return the record
     */
    protected static CertificateRecord record(int serial, String idNumber, LocalDate date) {
        return CertificateRecord.issued(String.format("S000044012001263%06d", serial), "张三", "居民身份证", idNumber,
                "电工", "--", 3, date, "广州市某技师学院", 0, "R-" + serial, null);
    }

    @Test
    void putIsIdempotentOnTheNumberAndConflictsOnOtherData() { // R-ISS-3
        CertificateRecord r = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        assertEquals(r, registry.put(r, "clerk"));
        assertEquals(r, registry.put(r, "clerk again"));
        assertEquals(1, registry.history(r.number()).size());
        CertificateRecord other = CertificateRecord.issued(r.number(), "李四", "居民身份证", r.idNumber(), "电工", "--", 3,
                r.issueDate(), r.institution(), 0, null, null);
        RegistryException e = assertThrows(RegistryException.class, () -> registry.put(other, "clerk"));
        assertEquals(RegistryException.Reason.CONFLICT, e.reason());
        assertEquals(r, registry.byNumber(r.number()).orElseThrow());
    }

    @Test
    void lookUpsByNumberIdNumberAndResultId() { // R-RPT-1
        CertificateRecord a = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        CertificateRecord b = record(2, "440101199001011234", LocalDate.of(2026, 3, 2));
        CertificateRecord c = record(3, "44010119900101999X", LocalDate.of(2026, 3, 2));
        Stream.of(c, a, b).forEach(r -> registry.put(r, "clerk"));
        assertEquals(List.of(a, b), registry.byIdNumber("440101199001011234"));
        assertEquals(List.of(c), registry.byResultId("R-3"));
        assertEquals(List.of(), registry.byResultId("R-9"));
        assertTrue(registry.byNumber("S000044012001263000009").isEmpty());
        assertEquals(c, registry.byNumber(c.number()).orElseThrow());
    }

    @Test
    void issuedBetweenStreamsADateRangeInOrderInclusive() { // R-RPT-1
        List<CertificateRecord> all = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            CertificateRecord r = record(31 - i, "ID" + i, LocalDate.of(2026, 1, 1).plusDays(i % 10));
            all.add(r);
            registry.put(r, "clerk");
        }
        LocalDate from = LocalDate.of(2026, 1, 3);
        LocalDate to = LocalDate.of(2026, 1, 6);
        List<CertificateRecord> expected = all.stream()
                .filter(r -> !r.issueDate().isBefore(from) && !r.issueDate().isAfter(to))
                .sorted(java.util.Comparator.comparing(CertificateRecord::issueDate)
                        .thenComparing(CertificateRecord::number))
                .collect(Collectors.toList());
        try (Stream<CertificateRecord> s = registry.issuedBetween(from, to)) {
            assertEquals(expected, s.collect(Collectors.toList()));
        }
        assertEquals(12, expected.size());
        RegistryException e = assertThrows(RegistryException.class, () -> registry.issuedBetween(to, from));
        assertEquals(RegistryException.Reason.BAD_PERIOD, e.reason());
    }

    @Test
    void longDateRangesStreamCompletelyAndInOrder() { // R-RPT-1: a report reads every record once
        int n = 520; // more than one 500-row page of the JDBC adapter
        for (int i = 1; i <= n; i++) {
            registry.put(record(i, "ID" + i, LocalDate.of(2026, 5, 1 + i % 3)), "clerk");
        }
        try (Stream<CertificateRecord> s = registry.issuedBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3))) {
            List<CertificateRecord> all = s.collect(Collectors.toList());
            assertEquals(n, all.size());
            for (int i = 1; i < n; i++) {
                CertificateRecord a = all.get(i - 1);
                CertificateRecord b = all.get(i);
                int order = a.issueDate().compareTo(b.issueDate());
                assertTrue(order < 0 || order == 0 && a.number().compareTo(b.number()) < 0, "ordered at " + i);
            }
        }
        try (Stream<CertificateRecord> firstDay = registry.issuedBetween(LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 2))) {
            assertEquals(n / 3 + (n % 3 >= 1 ? 1 : 0), firstDay.count());
        }
    }

    @Test
    void aCorrectionSupersedesTheOldRecordInOneStep() { // R-ISS-3
        CertificateRecord old = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        registry.put(old, "clerk");
        CertificateRecord corrected = CertificateRecord.issued("S000044012001263000002", "张叁", old.idType(),
                old.idNumber(), old.occupation(), old.job(), old.level(), LocalDate.of(2026, 4, 1), old.institution(),
                0, old.resultId(), old.number());
        assertEquals(corrected, registry.put(corrected, "clerk"));
        assertEquals(corrected, registry.put(corrected, "clerk"));
        CertificateRecord nowOld = registry.byNumber(old.number()).orElseThrow();
        assertEquals(CertificateStatus.SUPERSEDED, nowOld.status());
        List<StatusChange> history = registry.history(old.number());
        assertEquals(List.of(CertificateStatus.ISSUED, CertificateStatus.SUPERSEDED),
                history.stream().map(StatusChange::status).collect(Collectors.toList()));
        assertEquals(List.of(1, 2), history.stream().map(StatusChange::sequence).collect(Collectors.toList()));
        assertEquals(2, registry.byResultId(old.resultId()).size());
        // a second correction of the same old record is refused: it is no longer ISSUED
        CertificateRecord again = CertificateRecord.issued("S000044012001263000003", "张叁", old.idType(),
                old.idNumber(), old.occupation(), old.job(), old.level(), LocalDate.of(2026, 4, 2), old.institution(),
                0, null, old.number());
        expect(RegistryException.Reason.BAD_SUPERSEDES, 0, () -> registry.put(again, "clerk"));
        assertTrue(registry.byNumber(again.number()).isEmpty());
    }

    @Test
    void statusChangesAreAppendedNeverEdited() { // R-ISS-4
        Instant start = Instant.now().minusSeconds(1);
        CertificateRecord r = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        registry.put(r, "clerk");
        StatusChange revoked = registry.changeStatus(r.number(), CertificateStatus.REVOKED, "obtained by fraud", "head");
        assertEquals(2, revoked.sequence());
        assertEquals(revoked, registry.changeStatus(r.number(), CertificateStatus.REVOKED, "obtained by fraud", "x"));
        expect(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, 0,
                () -> registry.changeStatus(r.number(), CertificateStatus.VOID, "oops", "head"));
        expect(RegistryException.Reason.UNKNOWN_NUMBER, 0,
                () -> registry.changeStatus("S000044012001263000099", CertificateStatus.VOID, "oops", "head"));
        CertificateRecord now = registry.byNumber(r.number()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, now.status());
        assertEquals("obtained by fraud", now.statusReason());
        assertEquals(2, registry.history(r.number()).size());
        assertEquals(2, registry.changesBetween(start, Instant.now().plusSeconds(1)).size());
        try (Stream<CertificateRecord> s = registry.issuedBetween(r.issueDate(), r.issueDate(),
                CertificateStatus.REVOKED)) {
            assertEquals(1, s.count());
        }
        CertificateRecord r2 = record(2, "440101199001011234", LocalDate.of(2026, 3, 1));
        registry.put(r2, "clerk");
        expect(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, 0,
                () -> registry.changeStatus(r2.number(), CertificateStatus.SUPERSEDED, "no successor", "head"));
        expect(RegistryException.Reason.ILLEGAL_STATUS_CHANGE, 0,
                () -> registry.put(r2.withStatus(CertificateStatus.VOID, "x"), "clerk"));
    }

    @Test
    void badInputIsRefusedWithFieldAndPositionAndNothingIsWritten() { // R-NUM-1, R-LVL, Guarantee 5
        LocalDate d = LocalDate.of(2026, 3, 1);
        expect(RegistryException.Reason.BAD_NUMBER, 1, () -> registry.byNumber("s000044012001263000001"));
        expect(RegistryException.Reason.BAD_NUMBER, 23, () -> registry.byNumber("S0000440120012630000011"));
        expect(RegistryException.Reason.BAD_NUMBER, 10, () -> registry.history("S00004401X001263000001"));
        expect(RegistryException.Reason.BAD_LEVEL, 0, () -> CertificateRecord.issued("S000044012001263000001", "张三",
                "居民身份证", "1", "电工", "--", 6, d, "学院", 0, null, null));
        expect(RegistryException.Reason.BAD_FIELD, 1, () -> CertificateRecord.issued("S000044012001263000001", " ",
                "居民身份证", "1", "电工", "--", 3, d, "学院", 0, null, null));
        expect(RegistryException.Reason.BAD_SHEET, 0, () -> CertificateRecord.issued("S000044012001263000001", "张三",
                "居民身份证", "1", "电工", "--", 3, d, "学院", 100_000_000, null, null));
        CertificateRecord ok = record(1, "1", d);
        expect(RegistryException.Reason.BAD_FIELD, 1, () -> registry.put(ok, null));
        expect(RegistryException.Reason.BAD_FIELD, 1, () -> registry.put(ok, ""));
        CertificateRecord orphan = CertificateRecord.issued("S000044012001263000002", "张三", "居民身份证", "1", "电工",
                "--", 3, d, "学院", 0, null, "S000044012001263000077");
        expect(RegistryException.Reason.BAD_SUPERSEDES, 0, () -> registry.put(orphan, "clerk"));
        assertTrue(registry.byNumber(ok.number()).isEmpty());
        assertTrue(registry.byNumber(orphan.number()).isEmpty());
        assertEquals(List.of(), registry.byIdNumber("1"));
    }

    @Test
    void repeatedPutsOfRandomRecordsStoreEachOnce() { // R-RPT-1
        Map<String, CertificateRecord> stored = new HashMap<>();
        Property.forAll("put is idempotent", propertyCases(), random -> {
            int serial = 1 + random.nextInt(propertyCases() / 2 + 1);
            return CertificateRecord.issued(String.format("S000044012001263%06d", serial), "持证人" + serial,
                    "居民身份证", "ID" + random.nextInt(50), "电工", random.nextBoolean() ? "--" : "维修电工",
                    1 + random.nextInt(5), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)), "学院",
                    random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(99_999_999), null, null);
        }, r -> {
            CertificateRecord first = stored.putIfAbsent(r.number(), r);
            if (first == null || first.sameIssue(r)) {
                assertEquals(first == null ? r : first, registry.put(r, "clerk"));
            } else {
                expect(RegistryException.Reason.CONFLICT, 0, () -> registry.put(r, "clerk"));
            }
            assertEquals(stored.get(r.number()), registry.byNumber(r.number()).orElseThrow());
        });
        try (Stream<CertificateRecord> all = registry.issuedBetween(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))) {
            assertEquals(stored.size(), all.count());
        }
    }

    /**
     * Asserts a registry refusal by reason and position.
     *
     * @param reason the expected reason
     * @param position the expected position
     * @param call the call
     */
    protected static void expect(RegistryException.Reason reason, int position, Executable call) {
        RegistryException e = assertThrows(RegistryException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
    }

    @Test
    void aCertificateAwaitsItsDocumentUntilItIsWritten() { // Guarantee 3, R-CERT-7
        CertificateRecord a = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        CertificateRecord b = record(2, "440101199001011235", LocalDate.of(2026, 3, 1));
        registry.put(a, "clerk");
        registry.put(b, "clerk");
        registry.put(a, "clerk again");
        assertEquals(List.of(a, b), registry.awaitingDocument(10));
        assertEquals(List.of(a), registry.awaitingDocument(1));
        registry.documentWritten(a.number());
        registry.documentWritten(a.number());
        assertEquals(List.of(b), registry.awaitingDocument(10));
        RegistryException unknown = assertThrows(RegistryException.class,
                () -> registry.documentWritten("S000044012001263999999"));
        assertEquals(RegistryException.Reason.UNKNOWN_NUMBER, unknown.reason());
    }

    @Test
    void documentsWrittenInOneCallAreNoLongerAwaitedAndRepeatingTheCallChangesNothing() { // Guarantee 3, R-CERT-7
        CertificateRecord a = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        CertificateRecord b = record(2, "440101199001011235", LocalDate.of(2026, 3, 1));
        CertificateRecord c = record(3, "440101199001011236", LocalDate.of(2026, 3, 1));
        registry.put(a, "clerk");
        registry.put(b, "clerk");
        registry.put(c, "clerk");
        registry.documentsWritten(List.of());
        registry.documentsWritten(List.of(a.number(), c.number()));
        assertEquals(List.of(b), registry.awaitingDocument(10));
        // a batch recorded again after a crash (a already written) still records b
        registry.documentsWritten(List.of(a.number(), b.number()));
        assertEquals(List.of(), registry.awaitingDocument(10));
        RegistryException unknown = assertThrows(RegistryException.class,
                () -> registry.documentsWritten(List.of(a.number(), "S000044012001263999999")));
        assertEquals(RegistryException.Reason.UNKNOWN_NUMBER, unknown.reason());
    }

    @Test
    void aPrintRunIsRecordedOnceKeepsItsSheetsAndMarksItsDocumentsWhenDone() { // R-STK-3, R-LAY-7
        CertificateRecord a = record(1, "440101199001011234", LocalDate.of(2026, 3, 1));
        CertificateRecord b = record(2, "440101199001011235", LocalDate.of(2026, 3, 1));
        registry.put(a, "clerk");
        registry.put(b, "clerk");
        PrintRun run = new PrintRun("run-1", List.of(new PrintRun.Page(a.number(), 10041, "/photos/a.jpg"),
                new PrintRun.Page(b.number(), 10042, "/photos/b.jpg")));
        assertEquals(run, registry.recordPrintRun(run));
        assertEquals(run, registry.recordPrintRun(run));
        assertEquals(List.of(run), registry.openPrintRuns());
        // an open run's sheet goes on no other run
        RegistryException taken = assertThrows(RegistryException.class, () -> registry.recordPrintRun(
                new PrintRun("run-2", List.of(new PrintRun.Page(a.number(), 10042, "/photos/a.jpg")))));
        assertEquals(RegistryException.Reason.CONFLICT, taken.reason());
        RegistryException other = assertThrows(RegistryException.class, () -> registry.recordPrintRun(
                new PrintRun("run-1", List.of(new PrintRun.Page(a.number(), 10043, "/photos/a.jpg")))));
        assertEquals(RegistryException.Reason.CONFLICT, other.reason());
        RegistryException unknown = assertThrows(RegistryException.class, () -> registry.recordPrintRun(
                new PrintRun("run-3", List.of(new PrintRun.Page("S000044012001263999999", 10050, "/photos/x.jpg")))));
        assertEquals(RegistryException.Reason.UNKNOWN_NUMBER, unknown.reason());
        registry.printRunDone("run-1");
        registry.printRunDone("run-1");
        assertEquals(List.of(), registry.openPrintRuns());
        assertEquals(List.of(), registry.awaitingDocument(10));
        assertEquals(run, registry.printRun("run-1").orElseThrow());
        assertTrue(registry.printRun("run-9").isEmpty());
    }
}
