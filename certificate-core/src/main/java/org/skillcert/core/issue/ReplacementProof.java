package org.skillcert.core.issue;

import java.time.LocalDate;
import java.util.List;

/**
 * The certificate proof for a lost or damaged certificate (职业技能等级证书证明, appendix 4,
 * R-ISS-2): the holder fields, the institution that seals it, the date and the notes.
 *
 * @param applicationId the application it answers
 * @param name 姓名
 * @param idType 证件类型
 * @param idNumber 证件号码
 * @param occupation 职业名称
 * @param job 工种/职业方向, {@code --} when none (R-CERT-4)
 * @param level 职业技能等级, e.g. 四级/中级工 (R-LVL-1)
 * @param certificateNumber 证书编号
 * @param institution the institution name on the seal
 * @param sealText the seal text (R-LAY-5)
 * @param issuedOn the date of the proof
 * @param late whether the proof was made after the due date
 * @param notes the notes printed at the bottom (说明)
 */
public record ReplacementProof(String applicationId, String name, String idType, String idNumber, String occupation,
        String job, String level, String certificateNumber, String institution, String sealText, LocalDate issuedOn,
        boolean late, List<String> notes) {

    /** The three notes at the bottom of appendix 4 (说明), as the guideline gives them, without their numbers. */
    public static final List<String> NOTES = List.of(
            "对于遗失、损坏职业技能等级证书的，出具本证明；",
            "本证明相关单位应予认可，并与技能人才评价证书全国联网查询系统（http://jndj.osta.org.cn/）查询结果（相符）配合使用；",
            "本证明各项内容涂改无效。");

    /** Copies the notes. */
    public ReplacementProof {
        notes = List.copyOf(notes);
    }

    /**
     * The application id, holder, certificate number and date, without the ID number.
     *
     * @return text for logs
     */
    @Override
    public String toString() {
        // no ID number here: toString ends up in logs
        return "ReplacementProof[" + applicationId + ", " + name + ", " + certificateNumber + ", " + issuedOn
                + (late ? ", late" : "") + "]";
    }
}
