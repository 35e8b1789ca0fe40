package org.skillcert.core.issue;

import java.time.LocalDate;
import javax.annotation.Nullable;

/**
 * An application for a replacement proof (证书遗失、损坏补发证明申请表, appendix 3, R-ISS-2).
 *
 * @param applicationId the caller's unique id for this application (the request id)
 * @param applicantName 申请人姓名, as on the certificate
 * @param idNumber 身份证号, as on the certificate (a lower-case x is accepted)
 * @param certificateNumber 证书编号
 * @param matter lost or damaged (申办事项)
 * @param delivery how the proof is collected (取证方式)
 * @param emsNumber the EMS tracking number (EMS 速递单号) for {@link Delivery#EMS}, else null
 * @param phone 联系电话, may be blank
 * @param receivedOn the date the institution received the application with the ID card
 */
public record ReplacementApplication(String applicationId, String applicantName, String idNumber,
        String certificateNumber, Matter matter, Delivery delivery, @Nullable String emsNumber, String phone,
        LocalDate receivedOn) {

    /** What happened to the certificate. */
    public enum Matter {
        /** 遗失证书. */
        LOST,
        /** 证书损坏. */
        DAMAGED
    }

    /** How the applicant collects the proof (R-ISS-2). */
    public enum Delivery {
        /** 到受理点领取: in person with the ID card and the receipt. */
        COLLECT,
        /** 邮政快递（到付）: by post, cash on delivery. */
        POST_COD,
        /** EMS 速递, with a tracking number. */
        EMS
    }

    /**
     * The application id, applicant, certificate number and matter, without the ID number.
     *
     * @return text for logs
     */
    @Override
    public String toString() {
        // no ID number here: toString ends up in logs
        return "ReplacementApplication[" + applicationId + ", " + applicantName + ", " + certificateNumber + ", "
                + matter + ", " + delivery + ", " + receivedOn + "]";
    }
}
