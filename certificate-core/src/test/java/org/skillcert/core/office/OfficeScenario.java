package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.CandidateResult;
import org.skillcert.core.issue.Correction;
import org.skillcert.core.issue.Deadline;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.OfficeException;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.issue.ReplacementApplication;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.issue.ReplacementReceipt;
import org.skillcert.core.issue.Reprint;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.core.report.DataExport;
import org.skillcert.core.report.ExportResult;
import org.skillcert.core.report.Statistics;
import org.skillcert.core.report.StatisticsRow;
import org.skillcert.core.stock.DestructionRecord;
import org.skillcert.core.stock.SheetSet;
import org.skillcert.core.stock.StockService;
import org.skillcert.core.stock.Stocktake;
import org.skillcert.core.stock.StocktakeReport;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;
import org.skillcert.spi.StockCounts;
import org.skillcert.spi.Storage;

/**
 * The full office scenario (issue 5), run on each storage adapter: receive 1,000 sheets, issue a
 * roster of 300 (3 invalid rows, 2 duplicates), misprint 4, destroy the 4 spoiled, replace 2 lost
 * certificates, correct 1 with approval, revoke 1, take stock with 2 sheets missing. Every figure
 * is derived by hand in the comments.
 */
abstract class OfficeScenario {
    static final String PRINT_ROOM = "打印室";
    /** 2026-06-15 09:00 Beijing time, a Monday. */
    static final Instant START = Instant.parse("2026-06-15T01:00:00Z");
    static final int FIRST_SHEET = 10_000_001;

    /** Opens empty storage whose timestamps come from the clock. */
    abstract Storage open(Clock clock);

    static int sheet(int n) {
        return FIRST_SHEET + n - 1;
    }

    /** The 300-row roster: results 1..295, then 3 invalid rows, then repeats of rows 10 and 20. */
    static List<CandidateResult.Builder> roster() {
        List<CandidateResult.Builder> rows = Roster.valid(295);
        // row 296: bad check character (R-ID-5)
        String id = Roster.idNumber(296);
        rows.add(Roster.result(296).idNumber(id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')));
        // row 297: occupation outside the filed scope (R-CERT-5)
        rows.add(Roster.result(297).occupation("焊工"));
        // row 298: blank name and an unknown level, both reported
        rows.add(Roster.result(298).name(" ").level("六级"));
        rows.add(Roster.result(10));
        rows.add(Roster.result(20));
        return rows;
    }

    @Test
    void fullScenario() throws Exception {
        TestClock clock = new TestClock(START);
        List<PrintJob> printed = new ArrayList<>();
        try (Storage storage = open(clock)) {
            Office office = Office.builder(Roster.SCHOOL, storage).clock(clock).actor("陈保管").printer(printed::add).build();
            StockService stock = office.stock();

            // R-STK-2: receive 1,000 sheets; R-STK-3: hand 400 to the print room
            assertTrue(stock.receive(SheetRange.of(sheet(1), sheet(1000)), "2026-ORD-01").isPresent());
            assertTrue(stock.receive(SheetRange.of(sheet(1), sheet(1000)), "2026-ORD-01").isEmpty(), "a retry records nothing");
            assertTrue(stock.handOut(SheetRange.of(sheet(1), sheet(400)), PRINT_ROOM).isPresent());

            // R-ISS-1: the roster; rows 1..295 issued in order on sheets 1..295, 296-298 refused, 299-300 repeats
            BatchResult batch = office.issuing().issueAll(roster(), PRINT_ROOM);
            assertEquals(300, batch.outcomes().size());
            assertEquals(295, batch.count(IssueOutcome.Kind.ISSUED));
            assertEquals(2, batch.count(IssueOutcome.Kind.ALREADY_ISSUED));
            assertEquals(3, batch.count(IssueOutcome.Kind.REFUSED));
            assertEquals(0, batch.count(IssueOutcome.Kind.FAILED));
            IssueOutcome badId = batch.outcomes().get(295);
            assertEquals(ResultProblem.Reason.INVALID_ID_NUMBER, badId.problems().get(0).reason());
            assertEquals(18, badId.problems().get(0).position());
            assertEquals(ResultProblem.Reason.OUTSIDE_FILED_SCOPE, batch.outcomes().get(296).problems().get(0).reason());
            assertEquals(2, batch.outcomes().get(297).problems().size(), "blank name and unknown level, both listed");
            assertEquals(batch.outcomes().get(9).certificate(), batch.outcomes().get(298).certificate());
            assertEquals(batch.outcomes().get(19).certificate(), batch.outcomes().get(299).certificate());

            // R-NUM-5: serials in roster order per level; result i is the ceil(i/3)-th of its level
            CertificateRecord first = batch.outcomes().get(0).certificate().record();
            assertEquals("S00004406200126" + "4" + "000001", first.number());
            assertEquals("S00004406200126" + "5" + "000098", batch.outcomes().get(293).certificate().number().toString()); // row 294
            assertEquals("S00004406200126" + "4" + "000099", batch.outcomes().get(294).certificate().number().toString()); // row 295
            assertEquals(sheet(1), first.sheet());
            assertEquals(sheet(295), batch.outcomes().get(294).certificate().sheet().getAsInt());
            assertEquals("--", first.job()); // R-CERT-4
            assertEquals(98, storage.sequencer().peek("S000044062001263"));
            assertEquals(99, storage.sequencer().peek("S000044062001264"));
            assertEquals(98, storage.sequencer().peek("S000044062001265"));
            // R-ISS-1: due 15 working days after 2026-06-01: Jun 2-5 (4), 8-12 (9), 15-18 (13), 19 is 端午, 22 (14), 23 (15)
            assertEquals(LocalDate.of(2026, 6, 23), batch.outcomes().get(0).dueDate());
            assertEquals(LocalDate.of(2026, 6, 15), first.issueDate());
            assertEquals(295, printed.size());

            // re-running the whole roster changes nothing (idempotent by result id)
            BatchResult again = office.issuing().issueAll(roster(), PRINT_ROOM);
            assertEquals(297, again.count(IssueOutcome.Kind.ALREADY_ISSUED));
            assertEquals(295, printed.size());

            // R-STK-4: misprints of sheets 10, 20, 30, 40 are reprinted on 296..299 with the same numbers
            List<Reprint> reprints = new ArrayList<>();
            for (int n = 10; n <= 40; n += 10) {
                reprints.add(office.issuing().misprint(sheet(n), "卡纸", PRINT_ROOM, "photos/" + n + ".jpg"));
            }
            for (int k = 0; k < 4; k++) {
                Reprint r = reprints.get(k);
                assertEquals(sheet(296 + k), r.newSheet());
                assertEquals(batch.outcomes().get(10 * (k + 1) - 1).certificate().number(), r.certificate().number());
                assertEquals(sheet(296 + k), office.issuing().currentSheet(r.certificate().number().toString()).getAsInt());
            }
            assertEquals(reprints.get(0), office.issuing().misprint(sheet(10), "卡纸", PRINT_ROOM, "photos/10.jpg"));
            assertEquals(299, printed.size());

            // R-STK-4: destroy the 4 spoiled sheets before two witnesses
            for (int n = 10; n <= 40; n += 10) {
                DestructionRecord d = stock.destroy(SheetRange.of(sheet(n)), "李监督", "王见证");
                assertEquals(List.of("李监督", "王见证"), d.witnesses());
            }
            assertEquals(0, stock.counts().of(SheetState.SPOILED));
            assertEquals(4, stock.counts().of(SheetState.DESTROYED));

            // R-ISS-2: replacement proofs for two lost certificates (results 5 and 7)
            List<ReplacementProof> proofs = new ArrayList<>();
            for (int i : new int[] {5, 7}) {
                CertificateRecord c = batch.outcomes().get(i - 1).certificate().record();
                ReplacementReceipt receipt = office.replacements().accept(new ReplacementApplication("A-" + i, Roster.name(i),
                        Roster.idNumber(i).toLowerCase(), c.number(), ReplacementApplication.Matter.LOST,
                        ReplacementApplication.Delivery.EMS, "EA123456789CN", "13800000000", LocalDate.of(2026, 6, 15)));
                // 5 working days after Mon 2026-06-15: 16, 17, 18, (19 端午) 22, 23
                assertEquals(LocalDate.of(2026, 6, 23), receipt.dueDate());
                ReplacementProof proof = office.replacements().prove(receipt, LocalDate.of(2026, 6, 17));
                assertEquals(c.number(), proof.certificateNumber());
                assertFalse(proof.late());
                proofs.add(proof);
            }
            OfficeException wrongHolder = assertThrows(OfficeException.class, () -> office.replacements().accept(
                    new ReplacementApplication("A-x", Roster.name(6), Roster.idNumber(6),
                            batch.outcomes().get(4).certificate().number().toString(), ReplacementApplication.Matter.DAMAGED,
                            ReplacementApplication.Delivery.COLLECT, null, "", LocalDate.of(2026, 6, 15))));
            assertEquals(OfficeException.Reason.HOLDER_MISMATCH, wrongHolder.reason());

            // R-ISS-3: correct result 50 (汽车维修工 level 3) with approval: new number, re-made on sheet 300
            CertificateRecord old50 = batch.outcomes().get(49).certificate().record();
            CandidateResult.Builder fixed = Roster.result(50).name("张伟伟");
            OfficeException noApproval = assertThrows(OfficeException.class,
                    () -> office.corrections().correct(old50.number(), fixed, " ", "姓名录入错误", PRINT_ROOM));
            assertEquals(OfficeException.Reason.APPROVAL_MISSING, noApproval.reason());
            Correction correction = office.corrections().correct(old50.number(), fixed, "佛人社函〔2026〕88号", "姓名录入错误", PRINT_ROOM);
            assertEquals("S000044062001263000099", correction.certificate().number().toString());
            assertEquals(old50.number(), correction.certificate().supersedes().orElseThrow().toString());
            assertEquals(sheet(300), correction.certificate().sheet().getAsInt());
            assertEquals(CertificateStatus.SUPERSEDED, storage.registry().byNumber(old50.number()).orElseThrow().status());
            assertEquals(correction, office.corrections().correct(old50.number(), fixed, "佛人社函〔2026〕88号", "姓名录入错误", PRINT_ROOM));
            IssueOutcome row50 = office.issuing().issue(Roster.result(50), PRINT_ROOM);
            assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, row50.kind());
            assertEquals(correction.certificate(), row50.certificate());
            assertEquals(300, printed.size());

            // R-ISS-4: revoke result 60 (电工 level 5)
            CertificateRecord c60 = batch.outcomes().get(59).certificate().record();
            office.revocations().revoke(c60.number(), "冒名顶替参加考试", "佛山市人社局");
            assertEquals(CertificateStatus.REVOKED, storage.registry().byNumber(c60.number()).orElseThrow().status());

            // R-STK-5: stocktake; blank on books 301..1000 (700), sheets 350 and 777 are not found
            SheetSet found = SheetSet.of(SheetRange.of(sheet(301), sheet(349)), SheetRange.of(sheet(351), sheet(776)),
                    SheetRange.of(sheet(778), sheet(1000)));
            Stocktake take = stock.stocktake(found);
            assertEquals(SheetSet.of(SheetRange.of(sheet(350)), SheetRange.of(sheet(777))), take.missing());
            assertTrue(take.unexpected().isEmpty());
            take.resolveMissingAsLost(SheetRange.of(sheet(350)), "打印室遍寻未见");
            take.resolveMissingAsLost(SheetRange.of(sheet(777)), "库房遍寻未见");
            assertTrue(take.matches());
            take.record(null);
            StocktakeReport report = take.report();
            assertTrue(report.balanced());
            assertEquals(2, report.missingFound().size());
            assertEquals(698, report.found());
            assertEquals(698, report.blankOnBooks());
            assertTrue(report.verification().isOk());
            assertEquals(64, report.lastHash().length());
            // the half year's spoilage: 300 sheets printed, 4 of them spoiled
            assertEquals(300, report.spoilage().used());
            assertEquals(4, report.spoilage().spoiled());
            assertEquals("1.33%", report.spoilage().toString());

            // Guarantee 2: 300 printed - 4 spoiled and destroyed = 296 PRINTED; 100 handed out - 1 lost; 600 - 1 in stock
            StockCounts counts = stock.counts();
            assertEquals(1000, counts.received());
            assertEquals(296, counts.of(SheetState.PRINTED));
            assertEquals(4, counts.of(SheetState.DESTROYED));
            assertEquals(2, counts.of(SheetState.LOST));
            assertEquals(99, counts.of(SheetState.HANDED_OUT));
            assertEquals(599, counts.of(SheetState.IN_STOCK));
            assertEquals(0, counts.of(SheetState.SPOILED));
            assertTrue(counts.conserved());

            checkRegistry(storage.registry());
            checkStatistics(storage, proofs);
            checkExport(storage.registry());

            // R-ISS-1: a result still pending on 2026-06-24 is late; on 2026-06-23 it is not
            CandidateResult pending = Roster.result(400).build(Roster.SCHOOL, LocalDate.of(2026, 6, 15));
            List<Deadline> late = office.issuing().overdue(List.of(pending, Roster.result(1).build(Roster.SCHOOL, LocalDate.of(2026, 6, 15))),
                    LocalDate.of(2026, 6, 24));
            assertEquals(1, late.size());
            assertEquals("R2026-0400", late.get(0).resultId());
            assertTrue(office.issuing().overdue(List.of(pending), LocalDate.of(2026, 6, 23)).isEmpty());
        }
    }

    /** 295 issued + 1 correction = 296 records: 294 ISSUED, 1 SUPERSEDED, 1 REVOKED; numbers unique. */
    private static void checkRegistry(CertificateRegistry registry) {
        List<CertificateRecord> all;
        try (Stream<CertificateRecord> s = registry.issuedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))) {
            all = s.toList();
        }
        assertEquals(296, all.size());
        assertEquals(294, all.stream().filter(r -> r.status() == CertificateStatus.ISSUED).count());
        assertEquals(1, all.stream().filter(r -> r.status() == CertificateStatus.SUPERSEDED).count());
        assertEquals(1, all.stream().filter(r -> r.status() == CertificateStatus.REVOKED).count());
        Set<String> numbers = new HashSet<>();
        Set<Integer> sheets = new HashSet<>();
        for (CertificateRecord r : all) {
            assertTrue(numbers.add(r.number()), r.number());
            assertTrue(sheets.add(r.sheet()), "sheet " + r.sheet());
        }
    }

    /**
     * By level (all region 06): 电工 level 5: 98 issued, 1 revoked, sheets 98 + reprint of 30 = 99 used, 1 spoiled.
     * 电工 level 4: 99 issued, 1 replaced (result 7), sheets 99 + reprints of 10 and 40 = 101, 2 spoiled.
     * 汽车维修工 level 3: 98 issued, 1 corrected, 1 replaced (result 5), sheets 98 + reprint of 20 + correction = 100, 1 spoiled.
     */
    private static void checkStatistics(Storage storage, List<ReplacementProof> proofs) {
        Statistics stats = Statistics.of(storage.registry(), storage.ledger(), proofs, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(3, stats.rows().size());
        StatisticsRow l5 = stats.row(SkillLevel.LEVEL_5, "电工", "06").orElseThrow();
        StatisticsRow l4 = stats.row(SkillLevel.LEVEL_4, "电工", "06").orElseThrow();
        StatisticsRow l3 = stats.row(SkillLevel.LEVEL_3, "汽车维修工", "06").orElseThrow();
        assertEquals(new StatisticsRow(SkillLevel.LEVEL_5, "电工", "06", 98, 0, 1, 0, 99, 1), l5);
        assertEquals(new StatisticsRow(SkillLevel.LEVEL_4, "电工", "06", 99, 0, 0, 1, 101, 2), l4);
        assertEquals(new StatisticsRow(SkillLevel.LEVEL_3, "汽车维修工", "06", 98, 1, 0, 1, 100, 1), l3);
        // by occupation (汽车维修工 sorts before 电工 by code point), then 五级 before 四级 (R-LVL-2)
        assertEquals(List.of(l3, l5, l4), stats.rows());
        assertEquals(new StatisticsRow(null, null, "--", 295, 1, 1, 2, 300, 4), stats.total());
        Statistics july = Statistics.of(storage.registry(), storage.ledger(), proofs, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertTrue(july.rows().isEmpty());
    }

    /** R-RPT-2: 296 rows, all numbers pass; the CSV starts with a BOM and has one header row. */
    private static void checkExport(CertificateRegistry registry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportResult result;
        try (Stream<CertificateRecord> s = registry.issuedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
                Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            result = DataExport.guangdong().csv(s.iterator(), w);
        }
        assertEquals(296, result.exported());
        assertTrue(result.rejected().isEmpty());
        byte[] b = bytes.toByteArray();
        assertEquals(0xEF, b[0] & 0xFF);
        assertEquals(0xBB, b[1] & 0xFF);
        assertEquals(0xBF, b[2] & 0xFF);
        String text = new String(b, StandardCharsets.UTF_8);
        assertEquals(297, text.split("\r\n").length);
        assertTrue(text.contains(",REVOKED,"));
        assertNotEquals(-1, text.indexOf("S000044062001263000099"));
    }
}
