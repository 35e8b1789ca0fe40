package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.BatchResult;
import org.skillcert.core.issue.Deadline;
import org.skillcert.core.issue.IssueOutcome;
import org.skillcert.core.issue.Office;
import org.skillcert.core.issue.OfficeException;
import org.skillcert.core.issue.ResultProblem;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.SheetRange;
import org.skillcert.spi.SheetState;

class IssueServiceTest {

    // R-ISS-1: a refused row records nothing and names every problem
    @Test
    void refusedRowRecordsNothing() {
        Desk desk = new Desk();
        IssueOutcome o = desk.office.issuing().issue(Roster.result(1).occupation("焊工").photo(""), null);
        assertEquals(IssueOutcome.Kind.REFUSED, o.kind());
        assertEquals(List.of(ResultProblem.Field.OCCUPATION, ResultProblem.Field.PHOTO),
                o.problems().stream().map(ResultProblem::field).toList());
        assertEquals(0, desk.storage.sequencer().peek("S000044062001264"));
        assertTrue(desk.storage.registry().byResultId("R2026-0001").isEmpty());
        assertTrue(desk.printed.isEmpty());
    }

    // R-CERT-3, R-CERT-4, R-LVL: the recorded data; an electronic certificate is rendered once, with sheet 0
    @Test
    void electronicCertificate() {
        Desk desk = new Desk();
        CertificateRecord c = desk.office.issuing().issue(Roster.result(3), null).certificate().record();
        assertEquals("S000044062001265000001", c.number());
        assertEquals("佛山市顺德区技工学校", c.institution());
        assertEquals("--", c.job());
        assertEquals("居民身份证", c.idType());
        assertEquals(5, c.level());
        assertEquals(0, c.sheet());
        assertEquals(1, desk.printed.size());
        assertEquals(0, desk.printed.get(0).sheet());
        assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, desk.office.issuing().issue(Roster.result(3), null).kind());
        assertEquals(1, desk.printed.size());
    }

    // R-ISS-1: the same holder, occupation and level under another result id is refused
    @Test
    void sameHolderTwiceIsRefused() {
        Desk desk = new Desk();
        desk.office.issuing().issue(Roster.result(1), null);
        IssueOutcome twice = desk.office.issuing().issue(Roster.result(1).resultId("OTHER-1"), null);
        assertEquals(IssueOutcome.Kind.REFUSED, twice.kind());
        assertEquals(ResultProblem.Reason.ALREADY_CERTIFIED, twice.problems().get(0).reason());
    }

    // R-STK-3, R-NUM-5: without sheets in hand every row fails, the batch goes on; later the same numbers are used
    @Test
    void noSheetsInHandFailsRowsAndKeepsNumbers() {
        Desk desk = new Desk().withStock(10, 0);
        BatchResult first = desk.office.issuing().issueAll(Roster.valid(3), OfficeScenario.PRINT_ROOM);
        assertEquals(3, first.count(IssueOutcome.Kind.FAILED));
        assertEquals(ResultProblem.Reason.NOT_RECORDED, first.outcomes().get(0).problems().get(0).reason());
        desk.office.stock().handOut(SheetRange.of(OfficeScenario.sheet(1), OfficeScenario.sheet(10)), OfficeScenario.PRINT_ROOM);
        BatchResult second = desk.office.issuing().issueAll(Roster.valid(3), OfficeScenario.PRINT_ROOM);
        assertEquals(3, second.count(IssueOutcome.Kind.ISSUED));
        assertEquals("S000044062001264000001", second.outcomes().get(0).certificate().number().toString());
        assertEquals(1, desk.storage.sequencer().peek("S000044062001264"));
        assertEquals(OfficeScenario.sheet(3), second.outcomes().get(2).certificate().sheet().getAsInt());
    }

    // R-NUM-5: a result id that already obtained a number for another holder is refused before any serial is taken
    @Test
    void resultIdReusedForAnotherLevel() {
        Desk desk = new Desk();
        String first = desk.office.issuing().issue(Roster.result(1), null).certificate().number().toString();
        IssueOutcome other = desk.office.issuing().issue(Roster.result(1).level(SkillLevel.LEVEL_5).idNumber(Roster.idNumber(9)), null);
        assertEquals(IssueOutcome.Kind.REFUSED, other.kind());
        assertEquals(ResultProblem.Reason.RESULT_ID_TAKEN, other.problems().get(0).reason());
        assertEquals(ResultProblem.Field.RESULT_ID, other.problems().get(0).field());
        assertTrue(other.problems().get(0).detail().contains(first), other.problems().get(0).detail());
        assertEquals(1, desk.storage.sequencer().peek("S000044062001264"));
        assertEquals(0, desk.storage.sequencer().peek("S000044062001265"));
    }

    // R-STK-4: only a printed sheet can be reported misprinted
    @Test
    void misprintOfBlankSheetIsRefused() {
        Desk desk = new Desk().withStock(5, 5);
        OfficeException e = assertThrows(OfficeException.class,
                () -> desk.office.issuing().misprint(OfficeScenario.sheet(1), "卡纸", OfficeScenario.PRINT_ROOM, "p.jpg"));
        assertEquals(OfficeException.Reason.SHEET_NOT_PRINTED, e.reason());
    }

    // R-ISS-1: issued after the 15th working day counts as late; so does a result still pending
    @Test
    void lateIssueIsListed() {
        Desk desk = new Desk();
        // queryable 2026-06-01, due 2026-06-23; issue on 2026-06-24
        desk.clock.advance(Duration.ofDays(9));
        desk.office.issuing().issue(Roster.result(1), null);
        List<Deadline> late = desk.office.issuing().overdue(
                List.of(Roster.result(1).build(Roster.SCHOOL, LocalDate.of(2026, 6, 24))), LocalDate.of(2026, 6, 30));
        assertEquals(1, late.size());
        assertEquals(LocalDate.of(2026, 6, 23), late.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 6, 24), late.get(0).issued().orElseThrow());
        assertEquals(LocalDate.of(2026, 6, 23), desk.office.issuing().dueDate(LocalDate.of(2026, 6, 1)));
    }

    // R-CAL-3, R-ISS-1: a result queryable in a year without holiday data is issued; its deadline is unknown, not guessed
    @Test
    void deadlineUnknownWithoutCalendarData() {
        Desk desk = new Desk();
        BatchResult batch = desk.office.issuing().issueAll(
                List.of(Roster.result(1).queryableOn("2019-12-20"), Roster.result(2)), null);
        assertEquals(2, batch.count(IssueOutcome.Kind.ISSUED));
        assertEquals(null, batch.outcomes().get(0).dueDate());
        assertEquals(LocalDate.of(2026, 6, 23), batch.outcomes().get(1).dueDate());
    }

    // R-STK-3, R-NUM-5: a sheet assigned to a certificate whose page is not yet written is never given to
    // another issuer sharing the custodian; both pages are printed, each on its own sheet
    @Test
    void twoIssuersSharingACustodianNeverShareASheet() {
        Desk desk = new Desk().withStock(10, 10);
        Office other = Office.builder(Roster.SCHOOL, desk.storage)
                .clock(desk.clock).actor("另一台").build();
        boolean[] once = {true};
        int[] otherSheet = {0};
        Office racing = Office.builder(Roster.SCHOOL, desk.storage)
                .clock(desk.clock).actor("陈保管").printer(job -> {
                    if (once[0]) {
                        // while this certificate's run is being written, the other issuer issues on the same custodian
                        once[0] = false;
                        otherSheet[0] = other.issuing().issue(Roster.result(2), OfficeScenario.PRINT_ROOM).certificate().sheet().getAsInt();
                    }
                }).build();
        IssueOutcome first = racing.issuing().issue(Roster.result(1), OfficeScenario.PRINT_ROOM);
        assertEquals(IssueOutcome.Kind.ISSUED, first.kind());
        assertEquals(OfficeScenario.sheet(1), first.certificate().sheet().getAsInt());
        assertEquals(OfficeScenario.sheet(2), otherSheet[0]);
        assertEquals(OfficeScenario.sheet(1), racing.issuing().currentSheet(first.certificate().number().toString()).getAsInt());
        assertEquals(2, desk.storage.ledger().counts().of(SheetState.PRINTED));
        // a re-run changes nothing
        assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, racing.issuing().issue(Roster.result(1), OfficeScenario.PRINT_ROOM).kind());
        assertEquals(2, desk.storage.ledger().counts().of(SheetState.PRINTED));
    }
}
