package org.skillcert.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillcert.core.issue.Correction;
import org.skillcert.core.issue.OfficeException;
import org.skillcert.core.issue.ReplacementApplication;
import org.skillcert.core.issue.ReplacementProof;
import org.skillcert.core.issue.ReplacementReceipt;
import org.skillcert.core.issue.ResultRefusedException;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.StatusChange;

/** Replacement proofs (R-ISS-2), corrections (R-ISS-3) and revocations (R-ISS-4) against the registry. */
class RegistryWorkflowsTest {

    private static ReplacementApplication application(CertificateRecord c, ReplacementApplication.Delivery delivery,
            String ems, LocalDate received) {
        return new ReplacementApplication("A-1", c.holderName(), c.idNumber(), c.number(),
                ReplacementApplication.Matter.DAMAGED, delivery, ems, "", received);
    }

    // R-ISS-2: proof data from the registry, due in 5 working days, late applications listed
    @Test
    void replacementProof() {
        Desk desk = new Desk();
        CertificateRecord c = desk.office.issuing().issue(Roster.result(4), null).certificate().record();
        // received Fri 2026-09-25 (中秋): 5 working days are 09-28, 09-29, 09-30, (国庆 10-01..07) 10-08, 10-09
        ReplacementReceipt receipt = desk.office.replacements()
                .accept(application(c, ReplacementApplication.Delivery.COLLECT, null, LocalDate.of(2026, 9, 25)));
        assertEquals(LocalDate.of(2026, 10, 9), receipt.dueDate());
        ReplacementProof proof = desk.office.replacements().prove(receipt, LocalDate.of(2026, 10, 12));
        assertTrue(proof.late());
        assertEquals("四级/中级工", proof.level());
        assertEquals("--", proof.job());
        assertEquals("佛山市顺德区技工学校职业技能等级认定专用章", proof.sealText());
        assertEquals(ReplacementProof.NOTES, proof.notes());
        assertEquals("本证明各项内容涂改无效。", proof.notes().get(2));
        assertEquals(List.of(receipt), desk.office.replacements().pastDue(List.of(receipt), LocalDate.of(2026, 10, 10)));
        assertTrue(desk.office.replacements().pastDue(List.of(receipt), LocalDate.of(2026, 10, 9)).isEmpty());
    }

    // R-ISS-2: applications are stored: accepted (due date), pending with overdue flags, then proved as a
    // separate step by id; repeats return the stored result
    @Test
    void replacementApplicationsAreKeptAndOverdueOnesFound() {
        Desk desk = new Desk();
        CertificateRecord c = desk.office.issuing().issue(Roster.result(4), null).certificate().record();
        ReplacementReceipt receipt = desk.office.replacements()
                .accept(application(c, ReplacementApplication.Delivery.COLLECT, null, LocalDate.of(2026, 9, 25)));
        assertEquals(receipt, desk.office.replacements().accept(
                application(c, ReplacementApplication.Delivery.COLLECT, null, LocalDate.of(2026, 9, 25))));
        assertEquals(receipt, desk.office.replacements().receipt("A-1").orElseThrow());
        org.skillcert.spi.ReplacementRecord open = desk.office.replacements().pending().get(0);
        assertEquals("A-1", open.applicationId());
        assertEquals(LocalDate.of(2026, 10, 9), open.dueDate());
        assertEquals(org.skillcert.spi.ReplacementRecord.State.ACCEPTED, open.state());
        assertTrue(desk.office.replacements().overdue(LocalDate.of(2026, 10, 9)).isEmpty());
        assertEquals(List.of(open), desk.office.replacements().overdue(LocalDate.of(2026, 10, 12)));
        ReplacementProof proof = desk.office.replacements().prove("A-1", LocalDate.of(2026, 10, 8));
        assertFalse(proof.late());
        assertEquals(LocalDate.of(2026, 10, 8), proof.issuedOn());
        // proving again keeps the first date
        assertEquals(LocalDate.of(2026, 10, 8), desk.office.replacements().prove("A-1", LocalDate.of(2026, 10, 20)).issuedOn());
        assertTrue(desk.office.replacements().pending().isEmpty());
        assertEquals(OfficeException.Reason.UNKNOWN_APPLICATION, assertThrows(OfficeException.class,
                () -> desk.office.replacements().prove("A-9", LocalDate.of(2026, 10, 8))).reason());
    }

    // R-ISS-2 with R-CAL-3: a receipt whose 5 working days run into a year without a notice is flagged provisional
    @Test
    void aDueDateIntoAYearWithoutANoticeIsProvisional() {
        Desk desk = new Desk(org.skillcert.core.calendar.WorkingDays.stateCouncil().withProvisionalFallback());
        CertificateRecord c = desk.office.issuing().issue(Roster.result(4), null).certificate().record();
        ReplacementReceipt receipt = desk.office.replacements()
                .accept(application(c, ReplacementApplication.Delivery.COLLECT, null, LocalDate.of(2026, 12, 28)));
        // 29, 30, 31 Dec; 1 Jan 2027 is 元旦; 4, 5 Jan
        assertEquals(LocalDate.of(2027, 1, 5), receipt.dueDate());
        assertTrue(receipt.dueProvisional());
        assertTrue(desk.office.replacements().pending().get(0).dueProvisional());
    }

    // R-ISS-2: EMS needs a tracking number; unknown and revoked certificates get no proof
    @Test
    void replacementRefusals() {
        Desk desk = new Desk();
        CertificateRecord c = desk.office.issuing().issue(Roster.result(4), null).certificate().record();
        LocalDate day = LocalDate.of(2026, 6, 15);
        assertEquals(OfficeException.Reason.MISSING_FIELD, assertThrows(OfficeException.class,
                () -> desk.office.replacements().accept(application(c, ReplacementApplication.Delivery.EMS, " ", day))).reason());
        assertEquals(OfficeException.Reason.UNKNOWN_CERTIFICATE, assertThrows(OfficeException.class,
                () -> desk.office.replacements().accept(new ReplacementApplication("A-2", c.holderName(), c.idNumber(),
                        "S000044062001264999999", ReplacementApplication.Matter.LOST,
                        ReplacementApplication.Delivery.COLLECT, null, "", day))).reason());
        desk.office.revocations().revoke(c.number(), "替考", "佛山市人社局");
        assertEquals(OfficeException.Reason.NOT_ISSUED, assertThrows(OfficeException.class,
                () -> desk.office.replacements().accept(application(c, ReplacementApplication.Delivery.POST_COD, null, day))).reason());
    }

    // R-ISS-3: a corrected level takes a number in the new level's scope; the old one is SUPERSEDED and linked
    @Test
    void correctionOfLevel() {
        Desk desk = new Desk();
        CertificateRecord old = desk.office.issuing().issue(Roster.result(1), null).certificate().record();
        Correction c = desk.office.corrections().correct(old.number(), Roster.result(1).level(SkillLevel.LEVEL_5),
                "粤人社审〔2026〕1号", "等级录入错误", null);
        assertEquals("S000044062001265000001", c.certificate().number().toString());
        assertEquals(old.number(), c.certificate().supersedes().orElseThrow().toString());
        assertEquals(java.util.OptionalInt.empty(), c.certificate().sheet());
        assertEquals(CertificateStatus.SUPERSEDED, desk.storage.registry().byNumber(old.number()).orElseThrow().status());
        List<StatusChange> history = desk.storage.registry().history(c.certificate().number().toString());
        assertTrue(history.get(0).actor().contains("粤人社审〔2026〕1号"));
        // the old serial stays used (never reused); a later issue in level 4 takes serial 2
        assertEquals("S000044062001264000002", desk.office.issuing().issue(Roster.result(4), null).certificate().number().toString());
    }

    // R-ISS-3: refused without approval, for a revoked certificate, with bad data or another result id
    @Test
    void correctionRefusals() {
        Desk desk = new Desk();
        CertificateRecord c1 = desk.office.issuing().issue(Roster.result(1), null).certificate().record();
        CertificateRecord c4 = desk.office.issuing().issue(Roster.result(4), null).certificate().record();
        assertEquals(OfficeException.Reason.APPROVAL_MISSING, assertThrows(OfficeException.class,
                () -> desk.office.corrections().correct(c1.number(), Roster.result(1), "", "x", null)).reason());
        assertThrows(ResultRefusedException.class,
                () -> desk.office.corrections().correct(c1.number(), Roster.result(1).occupation("焊工"), "REF", "x", null));
        assertEquals(OfficeException.Reason.RESULT_ID_CONFLICT, assertThrows(OfficeException.class,
                () -> desk.office.corrections().correct(c1.number(), Roster.result(4), "REF", "x", null)).reason());
        desk.office.revocations().revoke(c4.number(), "替考", "佛山市人社局");
        assertEquals(OfficeException.Reason.NOT_ISSUED, assertThrows(OfficeException.class,
                () -> desk.office.corrections().correct(c4.number(), Roster.result(4), "REF", "x", null)).reason());
    }

    // R-ISS-4: revocation needs a reason and an authority, is recorded once, and only for ISSUED certificates
    @Test
    void revocation() {
        Desk desk = new Desk();
        CertificateRecord c = desk.office.issuing().issue(Roster.result(1), null).certificate().record();
        assertEquals(OfficeException.Reason.MISSING_FIELD, assertThrows(OfficeException.class,
                () -> desk.office.revocations().revoke(c.number(), "替考", " ")).reason());
        StatusChange first = desk.office.revocations().revoke(c.number(), "替考", "佛山市人社局");
        assertEquals("佛山市人社局: 替考", first.reason());
        assertEquals(first, desk.office.revocations().revoke(c.number(), "替考", "佛山市人社局"));
        assertEquals(OfficeException.Reason.NOT_ISSUED, assertThrows(OfficeException.class,
                () -> desk.office.revocations().revoke(c.number(), "另一原因", "佛山市人社局")).reason());
        assertEquals(OfficeException.Reason.UNKNOWN_CERTIFICATE, assertThrows(OfficeException.class,
                () -> desk.office.revocations().revoke("S000044062001264999999", "x", "y")).reason());
    }
}
