package org.skillcert.render.form;

import java.time.LocalDate;
import java.util.Objects;
import org.skillcert.core.issue.ReplacementApplication.Delivery;
import org.skillcert.core.issue.ReplacementReceipt;

/**
 * The values of the receipt (受理回执) for a replacement application (R-ISS-2), as
 * {@link FormRenderer#renderReceipt} prints them.
 *
 * @param applicationId the application's id (受理编号)
 * @param applicantName 申请人姓名
 * @param idNumber 身份证号
 * @param certificateNumber 证书编号
 * @param matter 申办事项 as printed, e.g. 遗失证书
 * @param delivery 取证方式 as printed, e.g. 到受理点领取
 * @param receivedOn the date the application was received (受理日期)
 * @param dueDate the date the proof is due (办结日期, 5 working days later)
 * @param dueProvisional whether the due date was counted on a provisional holiday schedule (R-CAL-3)
 * @param institutionName the accepting institution, or empty
 */
public record ReceiptContent(String applicationId, String applicantName, String idNumber, String certificateNumber,
        String matter, String delivery, LocalDate receivedOn, LocalDate dueDate, boolean dueProvisional,
        String institutionName) {
    /** Checks that nothing is null. */
    public ReceiptContent {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(institutionName, "institutionName");
    }

    /**
     * Fills the receipt from the workflow's receipt.
     *
     * @param receipt the accepted application with its due date
     * @return the values
     */
    public static ReceiptContent from(ReplacementReceipt receipt) {
        var a = receipt.application();
        String delivery = a.delivery() == Delivery.COLLECT ? "到受理点领取"
                : a.delivery() == Delivery.POST_COD ? "邮政快递（到付）" : "EMS 速递，单号 " + a.emsNumber();
        return new ReceiptContent(a.applicationId(), a.applicantName(), receipt.certificate().idNumber(),
                receipt.certificate().number(), a.matter() == org.skillcert.core.issue.ReplacementApplication.Matter.LOST
                        ? "遗失证书" : "证书损坏", delivery, a.receivedOn(), receipt.dueDate(), receipt.dueProvisional(),
                receipt.certificate().institution());
    }

    /** Returns the id, certificate and dates, never the ID number (this text reaches logs). */
    @Override
    public String toString() {
        return "ReceiptContent[" + applicationId + ", " + certificateNumber + ", received " + receivedOn + ", due " + dueDate
                + (dueProvisional ? " (provisional)" : "") + "]";
    }
}
