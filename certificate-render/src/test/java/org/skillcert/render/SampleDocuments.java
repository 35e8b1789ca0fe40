package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.skillcert.core.issue.ReplacementApplication.Delivery;
import org.skillcert.core.issue.ReplacementApplication.Matter;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.form.DemandFormContent;
import org.skillcert.render.form.FormRenderer;
import org.skillcert.render.form.ProofContent;
import org.skillcert.render.form.ReceiptContent;
import org.skillcert.render.form.ReplacementApplicationContent;

/** One sample of every document type, as PDF bytes (golden images, the docs sample, visual checks). */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static byte[] pdf(Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    static FormRenderer forms() {
        return FormRenderer.of(Samples.fonts(), Samples.CLOCK);
    }

    static ProofContent proof() {
        return ProofContent.of(Samples.certificate()).date(LocalDate.of(2025, 9, 12)).build();
    }

    static DemandFormContent demandForm() {
        return DemandFormContent.builder()
                .reportingUnit("广州市白云工商技师学院")
                .contact("李老师", "020-87654321")
                .address("广州市白云区钟落潭镇广从八路888号")
                .estimate(SkillLevel.LEVEL_5, 320)
                .estimate(SkillLevel.LEVEL_4, 540)
                .estimate(SkillLevel.LEVEL_3, 410)
                .estimate(SkillLevel.LEVEL_2, 60)
                .estimate(SkillLevel.LEVEL_1, 0)
                .closingStock(580)
                .demand(750)
                .opinion("同意。")
                .date(LocalDate.of(2026, 1, 15))
                .build();
    }

    static ReplacementApplicationContent application() {
        return ReplacementApplicationContent.builder()
                .applicant("陈晓明", "440106199003072816", "13800138000")
                .certificate("电工", "S000044012000253000001", "三级/高级工")
                .matter(Matter.LOST, null)
                .delivery(Delivery.EMS, "1234567890123")
                .applicationDate(LocalDate.of(2025, 9, 5))
                .build();
    }

    static ReceiptContent receipt(boolean provisional) {
        return new ReceiptContent("A-2025-0905-01", "陈晓明", "440106199003072816", "S000044012000253000001", "遗失证书",
                "到受理点领取", LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 12), provisional, "广州市白云工商技师学院");
    }

    /** Every document type, by name, in a fixed order. */
    static Map<String, byte[]> all() {
        CertificateRenderer electronic = Samples.renderer();
        CertificateRenderer overlay = Samples.builder().calibration(Calibration.of(1.5, -0.8, 1.0)).build();
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("certificate", pdf(out -> electronic.render(Samples.certificate(), out)));
        docs.put("overlay", pdf(out -> overlay.renderOverlay(Samples.certificate(), out)));
        docs.put("alignment", pdf(overlay::renderAlignmentPage));
        docs.put("proof", pdf(out -> forms().renderProof(proof(), out)));
        docs.put("demand-form", pdf(out -> forms().renderDemandForm(demandForm(), out)));
        docs.put("replacement-application", pdf(out -> forms().renderReplacementApplication(application(), out)));
        docs.put("blank-proof", pdf(out -> forms().renderProof(ProofContent.builder().build(), out)));
        docs.put("blank-application", pdf(out -> forms().renderReplacementApplication(
                ReplacementApplicationContent.builder().build(), out)));
        docs.put("receipt", pdf(out -> forms().renderReceipt(receipt(false), out)));
        return docs;
    }
}
