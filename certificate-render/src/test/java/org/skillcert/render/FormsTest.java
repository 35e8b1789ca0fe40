package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.form.DemandFormContent;
import org.skillcert.render.form.ProofContent;
import org.skillcert.render.internal.Colors;

class FormsTest {
    private static String flat(byte[] pdf) {
        return Pdfs.text(pdf).replaceAll("\\s+", "");
    }

    private static void assertPortraitA4(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595.28, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(841.89, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void theProofCarriesTheHolderTheCertificateTheSealAndTheNotes() throws IOException {
        // appendix 4, R-ISS-2
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderProof(SampleDocuments.proof(), out));
        assertPortraitA4(pdf);
        String text = flat(pdf);
        for (String s : new String[] {"职业技能等级证书证明", "姓名", "Name", "陈晓明", "证件类型", "居民身份证",
                "证件号码", "440106199003072816", "职业名称", "电工", "工种/职业方向", "--", "职业技能等级", "三级/高级工",
                "证书编号", "S000044012000253000001", "广州市白云工商技师学院（盖章）", "2025年9月12日", "Issuedate",
                "说明", "对于遗失、损坏职业技能等级证书的，出具本证明", "http://jndj.osta.org.cn/",
                "3.本证明各项内容涂改无效"}) {
            assertTrue(text.contains(s), s);
        }
        assertTrue(Pdfs.ink(pdf).stream().anyMatch(m -> m.rgb() == Colors.SEAL_RED
                && m.kind() == PageInk.Kind.FILL && Math.abs(m.width() / Pdfs.PT - 40) < 0.2), "the 40 mm seal");
    }

    @Test
    void aBlankProofHasLabelsAndBlanksButNoSeal() {
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderProof(
                ProofContent.builder().build(), out));
        String text = flat(pdf);
        assertTrue(text.contains("姓名") && text.contains("证书编号") && text.contains("年月日"), text);
        assertFalse(text.contains("--"));
        assertTrue(Pdfs.ink(pdf).stream().noneMatch(m -> m.rgb() == Colors.SEAL_RED), "no seal without an institution");
    }

    @Test
    void theDemandFormListsLevelsJuniorFirstWithTheirTotal() throws IOException {
        // appendix 1, R-STK-1, R-LVL-2
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderDemandForm(SampleDocuments.demandForm(), out));
        assertPortraitA4(pdf);
        String text = flat(pdf);
        int junior = text.indexOf("初级（五级）320");
        int middle = text.indexOf("中级（四级）540");
        int senior = text.indexOf("高级（三级）410");
        int technician = text.indexOf("技师（二级）60");
        int seniorTechnician = text.indexOf("高级技师（一级）0");
        assertTrue(junior >= 0 && junior < middle && middle < senior && senior < seniorTechnician
                && technician > senior, text);
        assertTrue(text.contains("合计1330"), text);
        // §2: one stock figure and one demand (1330 − 580 = 750), after the total
        assertTrue(text.contains("合计1330上年度库存（张）580本年度需求（张）750"), text);
        assertTrue(text.contains("填报单位：广州市白云工商技师学院"));
        assertTrue(text.contains("负责人签字（盖章）：2026年1月15日"));
        assertEquals(1330, SampleDocuments.demandForm().total().orElseThrow());
    }

    @Test
    void aBlankDemandFormLeavesEveryCountEmpty() {
        String text = flat(SampleDocuments.pdf(out -> SampleDocuments.forms().renderDemandForm(
                DemandFormContent.builder().build(), out)));
        assertTrue(text.contains("初级（五级）中级（四级）"), text);
        assertTrue(text.contains("合计上年度库存（张）本年度需求（张）填报单位意见"), text);
        assertFalse(DemandFormContent.builder().build().total().isPresent());
        assertEquals(7, DemandFormContent.builder().estimate(SkillLevel.LEVEL_1, 7).build().total().orElseThrow());
    }

    @Test
    void theReplacementApplicationTicksWhatWasChosen() throws IOException {
        // appendix 3, R-ISS-2
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderReplacementApplication(
                SampleDocuments.application(), out));
        assertPortraitA4(pdf);
        String text = flat(pdf);
        for (String s : new String[] {"证书遗失、损坏补发证明申请表", "陈晓明", "440106199003072816", "电工",
                "S000044012000253000001", "三级/高级工", "遗失证书", "损坏证书", "到受理点领取", "EMS速递单号",
                "1234567890123", "13800138000", "2025年9月5日", "以下栏目由受理部门填写", "受理部门意见"}) {
            assertTrue(text.contains(s), s);
        }
        // two ticks: "lost" and "EMS"
        long ticks = Pdfs.ink(pdf).stream().filter(m -> m.kind() == PageInk.Kind.STROKE
                && m.width() < 3.2 * Pdfs.PT - 0.5 && m.height() < 3.2 * Pdfs.PT - 0.5).count();
        assertEquals(2, ticks);
    }
}
