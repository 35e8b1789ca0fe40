package org.skillcert.render.form;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.skillcert.core.issue.ReplacementApplication.Delivery;
import org.skillcert.core.issue.ReplacementApplication.Matter;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.Calibration;
import org.skillcert.render.RenderException;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.internal.Colors;
import org.skillcert.render.internal.DocumentResources;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.internal.PdfInfo;
import org.skillcert.render.internal.Seal;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.Align;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.TextStyle;

/**
 * Renders the guideline's A4 portrait documents as PDF: appendix 1 (blank-stock demand form),
 * appendix 3 (replacement application form) and appendix 4 (the proof for a lost or damaged
 * certificate). Missing values leave blanks for handwriting.
 *
 * <p>Immutable and thread-safe; every text is fitted and glyph-checked before the PDF is written.
 */
public final class FormRenderer {
    private static final double A4_WIDTH = 210;
    private static final double A4_HEIGHT = 297;
    private static final String BLANK_DATE = "        年      月      日";

    private final FontLibrary fonts;
    private final TextFitter fitter;
    private final Clock clock;

    private FormRenderer(FontLibrary fonts, Clock clock) {
        this.fonts = fonts;
        this.fitter = new TextFitter(fonts);
        this.clock = clock;
    }

    /**
     * Returns a form renderer.
     *
     * @param fonts the fonts (e.g. {@link FontLibrary#standard()})
     * @param clock the clock for the PDF creation date
     * @return the renderer
     */
    public static FormRenderer of(FontLibrary fonts, Clock clock) {
        return new FormRenderer(fonts, clock);
    }

    private interface Page {
        void draw(PageCanvas canvas, FormCanvas form) throws IOException;
    }

    private void write(String title, String author, OutputStream out, Page page) {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources resources = new DocumentResources(doc);
            try (PageCanvas canvas = new PageCanvas(doc, resources, A4_WIDTH, A4_HEIGHT, Calibration.NONE)) {
                page.draw(canvas, new FormCanvas(canvas, fitter, 28));
            }
            PdfInfo.set(doc, title, author, null, clock);
            doc.save(out);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, title, 0,
                    "cannot write " + title + ": " + e.getMessage(), e);
        }
    }

    static String date(Optional<LocalDate> date) {
        return date.map(d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日").orElse(BLANK_DATE);
    }

    /**
     * Renders appendix 1, the yearly blank-stock demand form (R-STK-1); levels in the appendix's
     * order, junior first (R-LVL-2); the total is the sum of the filled-in estimates; then last
     * year's remaining blank stock and this year's demand, one figure each (§2).
     *
     * @param form the values
     * @param out where the PDF goes; not closed
     * @throws RenderException for a missing glyph, an overlong value or {@code IO_FAILED}
     */
    public void renderDemandForm(DemandFormContent form, OutputStream out) {
        write("职业技能等级空白证书需求登记表", form.reportingUnit(), out, (canvas, f) -> {
            f.title("职业技能等级空白证书需求登记表", 18);
            f.line("reporting unit", "填报单位：" + form.reportingUnit(), Align.LEFT, 10);
            double[] four = {0.24, 0.30, 0.18, 0.28};
            boolean[] lvlv = {true, false, true, false};
            f.row(13, four, new String[] {"", "contact", "", "phone"},
                    new String[] {"联系人", form.contact(), "联系电话", form.phone()}, lvlv);
            double[] two = {0.24, 0.76};
            boolean[] lv = {true, false};
            f.row(13, two, new String[] {"", "address"}, new String[] {"详细地址", form.address()}, lv);
            f.row(13, two, new String[] {"", ""}, new String[] {"级别", "本年度预估评价合格人数（人次）"}, new boolean[] {true, true});
            for (SkillLevel level : SkillLevel.reportOrder()) {
                String title = level.title().endsWith("工") ? level.title().substring(0, level.title().length() - 1) : level.title();
                f.row(13, two, new String[] {"", "estimate " + level.code()},
                        new String[] {title + "（" + level.grade() + "）", form.estimate(level).map(String::valueOf).orElse("")}, lv);
            }
            f.row(13, two, new String[] {"", "total"}, new String[] {"合计", form.total().map(String::valueOf).orElse("")}, lv);
            // §2: the demand is worked out from last year's remaining blank stock (one figure, sheets carry
            // no level) and this year's estimate; appendix 1 has no line for either, so both follow 合计
            f.row(13, two, new String[] {"", "closing stock"},
                    new String[] {"上年度库存（张）", form.closingStock().map(String::valueOf).orElse("")}, lv);
            f.row(13, two, new String[] {"", "demand"},
                    new String[] {"本年度需求（张）", form.demand().map(String::valueOf).orElse("")}, lv);
            f.block(48, 0.24, "填报单位意见", "opinion", form.opinion(), "负责人签字（盖章）：" + date(form.date()));
            f.block(26, 0.24, "备注", "remarks", form.remarks(), "");
            f.skip(4);
            f.line("copies", "注：本表一式两份，于每年1月25日前报供货方，并报备一份给联盟存档。", Align.LEFT, 8);
        });
    }

    /**
     * Renders appendix 3, the application for a replacement proof (R-ISS-2).
     *
     * @param app the values
     * @param out where the PDF goes; not closed
     * @throws RenderException for a missing glyph, an overlong value or {@code IO_FAILED}
     */
    public void renderReplacementApplication(ReplacementApplicationContent app, OutputStream out) {
        write("证书遗失、损坏补发证明申请表", "", out, (canvas, f) -> {
            f.title("证书遗失、损坏补发证明申请表", 18);
            f.skip(2);
            double[] four = {0.20, 0.28, 0.18, 0.34};
            boolean[] lvlv = {true, false, true, false};
            f.row(13, four, new String[] {"", "applicant name", "", "ID number"},
                    new String[] {"申请人姓名", app.applicantName(), "身份证号", app.idNumber()}, lvlv);
            double[] two = {0.20, 0.80};
            boolean[] lv = {true, false};
            f.row(13, two, new String[] {"", "occupation"}, new String[] {"职业名称", app.occupation()}, lv);
            f.row(13, four, new String[] {"", "certificate number", "", "level"},
                    new String[] {"证书编号", app.certificateNumber(), "证书级别", app.level()}, lvlv);
            double top = f.y();
            f.row(13, two, new String[] {"", ""}, new String[] {"申办事项", ""}, lv);
            double x = FormCanvas.LEFT + 0.2 * FormCanvas.WIDTH + 4;
            TextStyle option = new TextStyle(FontRole.KAI, 12, 9, 1, Align.LEFT, 0, Colors.BLACK);
            f.checkbox(x, top + 4.9, app.matter().orElse(null) == Matter.LOST);
            f.textAt("matter", "遗失证书", new Box(x + 5, top + 3, 30, 7), option);
            f.checkbox(x + 45, top + 4.9, app.matter().orElse(null) == Matter.DAMAGED);
            f.textAt("matter", "损坏证书", new Box(x + 50, top + 3, 30, 7), option);
            f.block(30, 0.20, "遗失（损坏）声明", "statement",
                    "本人证书遗失、损坏，现申请补发证明。" + app.statement(), "");
            top = f.y();
            f.row(30, two, new String[] {"", ""}, new String[] {"取证方式", ""}, lv);
            Delivery d = app.delivery().orElse(null);
            f.checkbox(x, top + 4.4, d == Delivery.COLLECT);
            f.textAt("delivery", "到受理点领取", new Box(x + 5, top + 2.5, 120, 7), option);
            f.checkbox(x, top + 13.4, d == Delivery.POST_COD);
            f.textAt("delivery", "邮政快递（到付，邮费需要签收人支付。）", new Box(x + 5, top + 11.5, 120, 7), option);
            f.checkbox(x, top + 22.4, d == Delivery.EMS);
            f.textAt("delivery", "EMS 速递单号：", new Box(x + 5, top + 20.5, 32, 7), option);
            f.textAt("tracking number", app.trackingNumber(), new Box(x + 38, top + 20.5, 80, 7), false);
            f.block(46, 0.20, "申请人声明", "declaration",
                    "本申请表所填内容正确无误，所提交的身份证明文件真实有效。如有虚假愿承担法律责任。", "");
            double sig = f.y() - 26;
            TextStyle right = new TextStyle(FontRole.KAI, 12, 9, 1, Align.LEFT, 0, Colors.BLACK);
            double sx = FormCanvas.LEFT + FormCanvas.WIDTH - 78;
            f.textAt("signature", "申请人签名：", new Box(sx, sig, 74, 7), right);
            f.textAt("phone", "联系电话：" + app.phone(), new Box(sx, sig + 8, 74, 7), right);
            f.textAt("application date", "日期：" + date(app.applicationDate()), new Box(sx, sig + 16, 74, 7), right);
            f.row(11, new double[] {1.0}, new String[] {""}, new String[] {"以下栏目由受理部门填写"}, new boolean[] {true});
            f.block(34, 0.20, "受理部门意见", "office opinion", app.officeOpinion(), "受理日期：" + date(app.acceptedOn()));
            f.block(20, 0.20, "备注", "remarks", app.remarks(), "");
        });
    }

    /**
     * Renders appendix 4, the proof for a lost or damaged certificate (R-ISS-2): the holder's
     * and certificate's fields, the institution with its seal and the date, the notes.
     *
     * @param proof the values
     * @param out where the PDF goes; not closed
     * @throws RenderException for a missing glyph, an overlong value or {@code IO_FAILED}
     */
    public void renderProof(ProofContent proof, OutputStream out) {
        write("职业技能等级证书证明" + (proof.certificateNumber().isEmpty() ? "" : " " + proof.certificateNumber()),
                proof.institutionName(), out, (canvas, f) -> {
            f.skip(8);
            f.title("职业技能等级证书证明", 22);
            f.skip(8);
            String[][] pairs = {
                {"姓名：", "Name", "holder name", proof.holderName()},
                {"证件类型：", "ID Type", "ID type", proof.idTypeChinese()},
                {"证件号码：", "ID No.", "ID number", proof.idNumber()},
                {"职业名称：", "Occupation", "occupation", proof.occupation()},
                {"工种/职业方向：", "Job", "job", proof.job()},
                {"职业技能等级：", "Skill Level", "skill level", proof.level().map(SkillLevel::chineseText).orElse("")},
                {"证书编号：", "Certificate No.", "certificate number", proof.certificateNumber()},
            };
            TextStyle zh = new TextStyle(FontRole.KAI, 14, 14, 1, Align.LEFT, 0, Colors.BLACK);
            TextStyle en = new TextStyle(FontRole.LATIN, 11, 11, 1, Align.LEFT, 0, Colors.CAPTION_GREY);
            TextStyle value = new TextStyle(FontRole.FANGSONG, 12, 8, 2, Align.LEFT, 0, Colors.BLACK);
            double top = f.y();
            for (int i = 0; i < pairs.length; i++) {
                boolean wide = i == pairs.length - 1;
                double x = FormCanvas.LEFT + (i % 2 == 0 || wide ? 0 : 85);
                double y = top + (i / 2) * 19;
                double valueWidth = wide ? 120 : 44;
                f.textAt(pairs[i][2] + " label", pairs[i][0], new Box(x, y, 38, 7), zh);
                f.textAt(pairs[i][2] + " label", pairs[i][1], new Box(x, y + 7, 38, 5.5), en);
                f.textAt(pairs[i][2], pairs[i][3], new Box(x + 38, y + 0.3, valueWidth, 7), value);
                canvas.line(x + 38, y + 7.4, x + 38 + valueWidth, y + 7.4, 0.4f, Colors.WRITING_LINE_GREY);
            }
            double block = top + 4 * 19 + 22;
            TextStyle right = new TextStyle(FontRole.KAI, 14, 10, 1, Align.RIGHT, 0, Colors.BLACK);
            double bx = FormCanvas.LEFT + FormCanvas.WIDTH - 100;
            if (!proof.institutionName().isEmpty()) {
                Seal seal = Seal.of(proof.institutionName(), fonts, Seal.DIAMETER_MM);
                canvas.color(Colors.SEAL_RED);
                seal.draw(canvas.cs, canvas.x(bx + 70), canvas.y(block + 3), canvas.resources);
            }
            String institution = proof.institutionName().isEmpty() ? "评价机构名称" : proof.institutionName();
            f.textAt("institution name", institution + "（盖章）", new Box(bx, block, 100, 7), right);
            f.textAt("date", "日期：" + date(proof.date()), new Box(bx, block + 10, 100, 7), right);
            f.textAt("date", "Issue date", new Box(bx, block + 17, 100, 5.5),
                    new TextStyle(FontRole.LATIN, 11, 11, 1, Align.RIGHT, 0, Colors.CAPTION_GREY));
            double notes = block + 48;
            TextStyle note = new TextStyle(FontRole.KAI, 11, 9, 2, Align.LEFT, 0, Colors.BLACK);
            f.textAt("notes", "说明：", new Box(FormCanvas.LEFT, notes, 20, 6), note);
            // the second note wraps to two lines; the others take one
            double[] heights = {6, 12, 6};
            double y = notes + 7;
            for (int i = 0; i < ProofContent.NOTES.size(); i++) {
                double h = i < heights.length ? heights[i] : 12;
                f.textAt("notes", ProofContent.NOTES.get(i), new Box(FormCanvas.LEFT + 4, y, FormCanvas.WIDTH - 4, h), note);
                y += h + 1;
            }
        });
    }
}
