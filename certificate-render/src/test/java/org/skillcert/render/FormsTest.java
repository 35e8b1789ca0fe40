package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
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
        // the guideline's table: 证书基本信息 groups 职业名称, 证书编号, 证书级别; 申办事项 has the 遗失证书 box and
        // the 遗失声明 line as printed; the three 取证方式; the 申请人声明 block; the office-use part
        for (String s : new String[] {"证书遗失、损坏补发证明申请表", "申请人姓名陈晓明身份证号440106199003072816",
                "证书基本信息职业名称电工证书编号S000044012000253000001证书级别三级/高级工",
                "申办事项遗失证书遗失声明本人证书遗失、损坏，现申请补发证明。", "取证方式到受理点领取",
                "邮政快递（到付，邮费需要签收人支付。）", "EMS速递单号：1234567890123",
                "申请人声明本申请表所填内容正确无误，所提交的身份证明文件真实有效。如有虚假愿承担法律责任。",
                "申请人签名：", "联系电话：13800138000", "日期：2025年9月5日", "以下栏目由受理部门填写", "受理部门意见",
                "受理日期：", "备注"}) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        assertFalse(text.contains("损坏证书"), "appendix 3 has one box, 遗失证书: " + text);
        // two ticks: "lost" and "EMS"
        long ticks = Pdfs.ink(pdf).stream().filter(m -> m.kind() == PageInk.Kind.STROKE
                && m.width() < 3.2 * Pdfs.PT - 0.5 && m.height() < 3.2 * Pdfs.PT - 0.5).count();
        assertEquals(2, ticks);
    }

    @Test
    void theReceiptGivesTheDueDateAndSaysWhenItIsProvisional() throws IOException {
        // R-ISS-2: 受理回执 with the due date (5 working days); R-CAL-3: a provisional due date says so
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderReceipt(SampleDocuments.receipt(false), out));
        assertPortraitA4(pdf);
        String text = flat(pdf);
        for (String s : new String[] {"受理回执", "受理编号A-2025-0905-01", "申请人姓名陈晓明", "证书编号S000044012000253000001",
                "申办事项遗失证书", "受理日期2025年9月5日", "办结日期2025年9月12日", "凭身份证件原件和本回执领取补发证明"}) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        assertFalse(text.contains("暂按"), text);
        String provisional = flat(SampleDocuments.pdf(out -> SampleDocuments.forms().renderReceipt(
                SampleDocuments.receipt(true), out)));
        assertTrue(provisional.contains("办结日期2025年9月12日（暂按法定节假日推算）"), provisional);
    }

    @Test
    void theProofsSealLeavesTheDateReadable() throws IOException {
        // appendix 4 (issue 11): the seal sits on the institution's name and ends above the date line
        byte[] pdf = SampleDocuments.pdf(out -> SampleDocuments.forms().renderProof(SampleDocuments.proof(), out));
        List<PageInk.Mark> ink = Pdfs.ink(pdf);
        List<PageInk.Mark> red = ink.stream().filter(m -> m.rgb() == Colors.SEAL_RED).toList();
        assertFalse(red.isEmpty(), "the seal is drawn");
        PageInk.Mark qi = ink.stream().filter(m -> m.kind() == PageInk.Kind.GLYPH && "期".equals(m.text()))
                .findFirst().orElseThrow();
        // glyph marks are origins: give each the box of a 14 pt character (descent below the baseline)
        List<double[]> dateLine = ink.stream().filter(m -> m.kind() == PageInk.Kind.GLYPH
                && m.rgb() != Colors.SEAL_RED && Math.abs(m.y0() - qi.y0()) < 1)
                .map(m -> new double[] {m.x0(), m.y0() - 3, m.x0() + 14, m.y0() + 12}).toList();
        assertTrue(dateLine.size() >= 10, "日期：2025年9月12日 " + dateLine.size());
        for (PageInk.Mark r : red) {
            // a stroke's box is the seal's whole square (the ring): the date lies outside it
            double[] b = r.kind() == PageInk.Kind.GLYPH ? new double[] {r.x0(), r.y0() - 2, r.x0() + 8, r.y0() + 8}
                    : new double[] {r.x0(), r.y0(), r.x1(), r.y1()};
            for (double[] g : dateLine) {
                boolean overlap = b[0] < g[2] && g[0] < b[2] && b[1] < g[3] && g[1] < b[3];
                assertFalse(overlap, "seal mark " + r + " covers the date line at " + java.util.Arrays.toString(g));
            }
        }
        // and it does cover the institution's name, as a seal on 盖章 does
        PageInk.Mark zhang = ink.stream().filter(m -> m.kind() == PageInk.Kind.GLYPH && "盖".equals(m.text()))
                .findFirst().orElseThrow();
        assertTrue(red.stream().anyMatch(r -> r.kind() != PageInk.Kind.GLYPH && r.y0() < zhang.y0() && zhang.y0() < r.y1()),
                "seal on the name line");
    }
}
