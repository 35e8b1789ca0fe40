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
    private final boolean pdfA;

    private FormRenderer(FontLibrary fonts, Clock clock, boolean pdfA) {
        this.fonts = fonts;
        this.fitter = new TextFitter(fonts);
        this.clock = clock;
        this.pdfA = pdfA;
    }

    /**
     * Returns a form renderer.
     *
     * @param fonts the fonts (e.g. {@link FontLibrary#standard()})
     * @param clock the clock for the PDF creation date
     * @return the renderer
     */
    public static FormRenderer of(FontLibrary fonts, Clock clock) {
        return new FormRenderer(fonts, clock, false);
    }

    /**
     * Returns a form renderer like this one that writes its forms and proofs as PDF/A-2b
     * (ISO 19005-2 level B), or as plain PDF (the default).
     *
     * @param on true for PDF/A-2b
     * @return the renderer
     */
    public FormRenderer pdfA(boolean on) {
        return on == pdfA ? this : new FormRenderer(fonts, clock, on);
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
            if (pdfA) {
                org.skillcert.render.pdfa.internal.PdfA2b.apply(doc);
            }
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
     * Renders appendix 3, the application for a replacement proof (R-ISS-2), as the guideline's
     * table has it: 申请人姓名 and 身份证号; the group 证书基本信息 with 职业名称, 证书编号 and 证书级别;
     * 申办事项 with the 遗失证书 box and the 遗失声明 line as printed; the three 取证方式; the 申请人声明
     * block with signature, phone and date; and the part 以下栏目由受理部门填写 (受理部门意见 with the
     * acceptance date, 备注). Values left out stay blank for handwriting.
     *
     * @param app the values
     * @param out where the PDF goes; not closed
     * @throws RenderException for a missing glyph, an overlong value or {@code IO_FAILED}
     */
    public void renderReplacementApplication(ReplacementApplicationContent app, OutputStream out) {
        write("证书遗失、损坏补发证明申请表", "", out, (canvas, f) -> {
            f.title("证书遗失、损坏补发证明申请表", 18);
            f.skip(2);
            double first = 0.16;
            boolean[] lvlv = {true, false, true, false};
            f.row(13, new double[] {first, 0.30, 0.16, 0.38}, new String[] {"", "applicant name", "", "ID number"},
                    new String[] {"申请人姓名", app.applicantName(), "身份证号", app.idNumber()}, lvlv);
            // 证书基本信息: one label over two lines of the certificate's data
            double groupTop = f.y();
            f.group(26, first, "证书基本信息");
            f.rowFrom(first, 13, new double[] {0.14, 0.70}, new String[] {"", "occupation"},
                    new String[] {"职业名称", app.occupation()}, new boolean[] {true, false});
            f.rowFrom(first, 13, new double[] {0.14, 0.32, 0.14, 0.24},
                    new String[] {"", "certificate number", "", "level"},
                    new String[] {"证书编号", app.certificateNumber(), "证书级别", app.level()}, lvlv);
            // 申办事项: the 遗失证书 box and the 遗失声明 line, as printed
            groupTop = f.y();
            f.group(26, first, "申办事项");
            double x = FormCanvas.LEFT + first * FormCanvas.WIDTH;
            TextStyle option = new TextStyle(FontRole.KAI, 12, 9, 1, Align.LEFT, 0, Colors.BLACK);
            canvas.strokeRect(new Box(x, groupTop, 0.30 * FormCanvas.WIDTH, 10), 0.7f, FormCanvas.RULE);
            canvas.strokeRect(new Box(x + 0.30 * FormCanvas.WIDTH, groupTop, 0.54 * FormCanvas.WIDTH, 10), 0.7f,
                    FormCanvas.RULE);
            f.checkbox(x + 4, groupTop + 3.4, app.matter().orElse(null) == Matter.LOST);
            f.textAt("matter", "遗失证书", new Box(x + 9, groupTop + 1.5, 40, 7), option);
            f.textAt("matter", "遗失声明", new Box(x + 0.30 * FormCanvas.WIDTH + 4, groupTop + 1.5, 40, 7), option);
            canvas.strokeRect(new Box(x, groupTop + 10, 0.84 * FormCanvas.WIDTH, 16), 0.7f, FormCanvas.RULE);
            String declaration = "本人证书遗失、损坏，现申请补发证明。";
            f.textAt("statement", declaration, new Box(x + 4, groupTop + 14.5, 76, 7), option);
            // the blank the applicant writes on, with the caller's words (if any) on it
            canvas.line(x + 81, groupTop + 21.3, x + 0.84 * FormCanvas.WIDTH - 4, groupTop + 21.3, 0.5f, Colors.BLACK);
            f.textAt("statement", app.statement(), new Box(x + 82, groupTop + 14.3, 0.84 * FormCanvas.WIDTH - 88, 7), false);
            f.skip(26);
            double top = f.y();
            f.row(30, new double[] {first, 0.84}, new String[] {"", ""}, new String[] {"取证方式", ""},
                    new boolean[] {true, false});
            Delivery d = app.delivery().orElse(null);
            f.checkbox(x + 4, top + 4.4, d == Delivery.COLLECT);
            f.textAt("delivery", "到受理点领取", new Box(x + 9, top + 2.5, 120, 7), option);
            f.checkbox(x + 4, top + 13.4, d == Delivery.POST_COD);
            f.textAt("delivery", "邮政快递（到付，邮费需要签收人支付。）", new Box(x + 9, top + 11.5, 120, 7), option);
            f.checkbox(x + 4, top + 22.4, d == Delivery.EMS);
            f.textAt("delivery", "EMS 速递单号：", new Box(x + 9, top + 20.5, 32, 7), option);
            f.textAt("tracking number", app.trackingNumber(), new Box(x + 42, top + 20.5, 80, 7), false);
            canvas.line(x + 42, top + 27.2, x + 122, top + 27.2, 0.5f, Colors.BLACK);
            f.block(46, first, "申请人声明", "declaration",
                    "本申请表所填内容正确无误，所提交的身份证明文件真实有效。如有虚假愿承担法律责任。", "");
            double sig = f.y() - 26;
            double sx = FormCanvas.LEFT + FormCanvas.WIDTH - 78;
            f.textAt("signature", "申请人签名：", new Box(sx, sig, 74, 7), option);
            f.textAt("phone", "联系电话：" + app.phone(), new Box(sx, sig + 8, 74, 7), option);
            f.textAt("application date", "日期：" + date(app.applicationDate()), new Box(sx, sig + 16, 74, 7), option);
            f.row(11, new double[] {1.0}, new String[] {""}, new String[] {"以下栏目由受理部门填写"}, new boolean[] {true});
            f.block(34, first, "受理部门意见", "office opinion", app.officeOpinion(), "受理日期：" + date(app.acceptedOn()));
            f.block(20, first, "备注", "remarks", app.remarks(), "");
        });
    }

    /**
     * Renders the receipt (受理回执) for an accepted replacement application (R-ISS-2): who applied,
     * for which certificate, when it was received, and the date the proof is due (5 working days),
     * with the note that the applicant collects it with the ID card and this receipt. A due date
     * counted on a provisional holiday schedule (R-CAL-3) is marked as such.
     *
     * @param receipt the values
     * @param out where the PDF goes; not closed
     * @throws RenderException for a missing glyph, an overlong value or {@code IO_FAILED}
     */
    public void renderReceipt(ReceiptContent receipt, OutputStream out) {
        write("受理回执 " + receipt.applicationId(), receipt.institutionName(), out, (canvas, f) -> {
            f.title("证书遗失、损坏补发证明申请受理回执", 18);
            f.skip(2);
            double[] two = {0.24, 0.76};
            boolean[] lv = {true, false};
            f.row(13, two, new String[] {"", "application id"}, new String[] {"受理编号", receipt.applicationId()}, lv);
            f.row(13, new double[] {0.24, 0.26, 0.16, 0.34}, new String[] {"", "applicant name", "", "ID number"},
                    new String[] {"申请人姓名", receipt.applicantName(), "身份证号", receipt.idNumber()},
                    new boolean[] {true, false, true, false});
            f.row(13, two, new String[] {"", "certificate number"},
                    new String[] {"证书编号", receipt.certificateNumber()}, lv);
            f.row(13, two, new String[] {"", "matter"}, new String[] {"申办事项", receipt.matter()}, lv);
            f.row(13, two, new String[] {"", "delivery"}, new String[] {"取证方式", receipt.delivery()}, lv);
            f.row(13, two, new String[] {"", "received"},
                    new String[] {"受理日期", date(Optional.of(receipt.receivedOn()))}, lv);
            f.row(13, two, new String[] {"", "due"}, new String[] {"办结日期",
                    date(Optional.of(receipt.dueDate())) + (receipt.dueProvisional() ? "（暂按法定节假日推算）" : "")}, lv);
            f.skip(6);
            f.line("note", "原评价机构在收到申请材料后5个工作日内办理完毕。申请人凭身份证件原件和本回执领取补发证明。",
                    Align.LEFT, 9);
            f.skip(16);
            String institution = receipt.institutionName().isEmpty() ? "评价机构名称" : receipt.institutionName();
            TextStyle right = new TextStyle(FontRole.KAI, 14, 10, 1, Align.RIGHT, 0, Colors.BLACK);
            double bx = FormCanvas.LEFT + FormCanvas.WIDTH - 100;
            f.textAt("institution name", institution + "（受理章）", new Box(bx, f.y(), 100, 7), right);
            f.textAt("date", "日期：" + date(Optional.of(receipt.receivedOn())), new Box(bx, f.y() + 10, 100, 7), right);
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
            // the seal sits on the institution's name (盖章) and ends above the date line, so the date
            // stays readable (issue 11: it used to cover the date)
            if (!proof.institutionName().isEmpty()) {
                Seal seal = Seal.of(proof.institutionName(), fonts, Seal.DIAMETER_MM);
                canvas.color(Colors.SEAL_RED);
                seal.draw(canvas.cs, canvas.x(bx + 70), canvas.y(block - 12.5), canvas.resources);
            }
            String institution = proof.institutionName().isEmpty() ? "评价机构名称" : proof.institutionName();
            f.textAt("institution name", institution + "（盖章）", new Box(bx, block, 100, 7), right);
            f.textAt("date", "日期：" + date(proof.date()), new Box(bx, block + 12, 100, 7), right);
            f.textAt("date", "Issue date", new Box(bx, block + 19, 100, 5.5),
                    new TextStyle(FontRole.LATIN, 11, 11, 1, Align.RIGHT, 0, Colors.CAPTION_GREY));
            double notes = block + 50;
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
