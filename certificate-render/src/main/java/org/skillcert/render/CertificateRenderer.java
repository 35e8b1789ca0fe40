package org.skillcert.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.layout.Align;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.internal.FittedText;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.TextStyle;
import org.skillcert.render.internal.QrCode;
import org.skillcert.render.internal.Seal;

/**
 * Renders vocational skill level certificates (职业技能等级证书) as PDF: the electronic
 * certificate (R-CERT-7), the overlay for pre-printed stock (R-LAY-7) and its alignment test
 * page, one at a time or in batches.
 *
 * <pre>{@code
 * CertificateRenderer renderer = CertificateRenderer.builder().build();   // Guangdong layout
 * try (OutputStream out = Files.newOutputStream(Path.of("cert.pdf"))) {
 *     renderer.render(content, out);
 * }
 * }</pre>
 *
 * <p>Built once, a renderer is immutable and thread-safe: fonts are parsed once and shared,
 * each call makes its own document. Everything on a page is fitted and checked (glyphs, sizes,
 * photo) before any byte is written, so an error never leaves a partial PDF; the batch methods
 * write to a temporary file and rename it.
 */
public final class CertificateRenderer {
    static final int INK = 0x1A1A1A;
    static final int BLUE = 0x1E4A7A;
    static final int SEAL_RED = 0xD92B1F;
    private static final int PAPER = 0xF5F8FC;
    private static final int PAPER_INNER = 0xFDFDFB;

    private final FontLibrary fonts;
    private final Layout layout;
    private final QrPayload qrPayload;
    private final QrErrorCorrection errorCorrection;
    private final Calibration calibration;
    private final boolean steelSeal;
    private final Clock clock;
    private final TextFitter fitter;
    // the wording does not change between certificates: fitted (and glyph-checked) once
    private final Map<String, FittedText> staticTexts;
    // the drawn borders are the same on every certificate: drawn once, replayed as content bytes
    private final Map<Element, Border.Recording> borders;

    private CertificateRenderer(Builder b) {
        this.fonts = b.fonts != null ? b.fonts : FontLibrary.standard();
        this.layout = b.layout;
        this.qrPayload = b.qrPayload;
        this.errorCorrection = b.errorCorrection;
        this.calibration = b.calibration;
        this.steelSeal = b.steelSeal;
        this.clock = b.clock;
        this.fitter = new TextFitter(fonts);
        Map<String, FittedText> fixed = new LinkedHashMap<>();
        for (Element e : layout.elements()) {
            if (e.kind() == Element.Kind.FIELD && CertificateField.byId(fieldId(e.id())).isEmpty()) {
                throw new RenderException(RenderException.Reason.LAYOUT_INVALID, layout.name(), 0,
                        layout.name() + ": unknown field '" + e.id() + "'; known: "
                                + java.util.Arrays.stream(CertificateField.values()).map(CertificateField::id).toList());
            }
            if (e.kind() == Element.Kind.TEXT) {
                fixed.put(e.id(), fitter.fit(e.id(), e.text(), e.box(), e.textStyle()));
            }
        }
        this.staticTexts = Map.copyOf(fixed);
        Map<Element, Border.Recording> recorded = new java.util.HashMap<>();
        for (Element e : layout.elements()) {
            if (e.kind() == Element.Kind.FRAME) {
                try {
                    recorded.put(e, Border.record(e.box(), e.lineWidth(), BLUE, PAPER_INNER,
                            layout.pageWidth(), layout.pageHeight()));
                } catch (IOException ex) {
                    throw new RenderException(RenderException.Reason.IO_FAILED, layout.name(), 0,
                            layout.name() + ": cannot draw the border: " + ex.getMessage(), ex);
                }
            }
        }
        this.borders = Map.copyOf(recorded);
    }

    // several elements may show one field: "institution.name@body" shows institution.name
    private static String fieldId(String elementId) {
        int at = elementId.indexOf('@');
        return at < 0 ? elementId : elementId.substring(0, at);
    }

    /**
     * Starts a renderer: Guangdong layout, standard fonts (system, then bundled), the standard
     * QR payload at error correction M, no calibration, no steel seal.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the layout.
     *
     * @return the layout
     */
    public Layout layout() {
        return layout;
    }

    /**
     * Returns the calibration the overlay uses.
     *
     * @return the calibration
     */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * Works out where everything of a certificate goes, without drawing.
     *
     * @param content the certificate
     * @param mode electronic (everything) or overlay (variable content only)
     * @return the composition
     * @throws RenderException {@code MISSING_GLYPH}, {@code TEXT_DOES_NOT_FIT} or {@code QR_TOO_DENSE}
     */
    public Composition compose(CertificateContent content, Mode mode) {
        Map<String, FittedText> texts = new LinkedHashMap<>();
        Seal seal = null;
        Box sealBox = null;
        Box photoBox = null;
        QrCode qr = null;
        Box qrBox = null;
        for (Element e : layout.elements()) {
            switch (e.kind()) {
                case TEXT:
                    if (mode == Mode.ELECTRONIC) {
                        texts.put(e.id(), staticTexts.get(e.id()));
                    }
                    break;
                case FIELD:
                    CertificateField field = CertificateField.byId(fieldId(e.id())).orElseThrow();
                    if (mode == Mode.OVERLAY && field.preprinted()) {
                        break;
                    }
                    texts.put(e.id(), fitter.fit(e.id(), field.value(content), e.box(), e.textStyle()));
                    break;
                case SEAL:
                    if (mode == Mode.ELECTRONIC) {
                        seal = Seal.of(content.institutionName(), fonts, e.box().width());
                        sealBox = e.box();
                    }
                    break;
                case PHOTO:
                    photoBox = e.box();
                    break;
                case QR:
                    qr = QrCode.encode(qrPayload.payload(content), errorCorrection);
                    qrBox = new Box(e.box().x(), e.box().y(), e.box().width(), e.box().width());
                    if (qr.moduleSize(qrBox.width()) < QrCode.MIN_MODULE_MM - 1e-9) {
                        throw new RenderException(RenderException.Reason.QR_TOO_DENSE, "qr", 0, String.format(
                                "qr: %d modules in %.1f mm make modules below %.1f mm; shorten the payload or enlarge the box",
                                qr.modules(), qrBox.width(), QrCode.MIN_MODULE_MM));
                    }
                    break;
                default:
                    break;
            }
        }
        Seal steel = null;
        Box steelBox = null;
        if (steelSeal && photoBox != null) {
            // R-LAY-6: an embossed steel seal over the photo's lower right corner
            steel = Seal.of(content.institutionName(), fonts, Math.min(22, photoBox.width() * 0.7));
            double d = steel.diameter();
            steelBox = new Box(photoBox.right() - d * 0.85, photoBox.bottom() - d * 0.85, d, d);
        }
        return new Composition(texts, seal, sealBox, steel, steelBox, photoBox, qr, qrBox, fonts.report());
    }

    /**
     * Checks a certificate before anything is recorded for it, listing every problem rather than
     * the first: each printed value is fitted into its box with the renderer's own fonts and
     * layout (a character without a glyph, a value too long for its box), and the photo is checked
     * ({@link Photo#check()}). A certificate with no problems composes and renders.
     *
     * @param content the certificate (a provisional number of the right shape is enough)
     * @param mode electronic or overlay: the overlay prints fewer fields
     * @return the problems, empty when the certificate can be rendered; each names the layout
     *     element ({@code holder.name}, {@code occupation}, …) or the photo file in {@code input()}
     */
    public List<RenderException> check(CertificateContent content, Mode mode) {
        List<RenderException> problems = new ArrayList<>();
        for (Element e : layout.elements()) {
            if (e.kind() != Element.Kind.FIELD) {
                continue;
            }
            CertificateField field = CertificateField.byId(fieldId(e.id())).orElseThrow();
            if (mode == Mode.OVERLAY && field.preprinted()) {
                continue;
            }
            try {
                fitter.fit(e.id(), field.value(content), e.box(), e.textStyle());
            } catch (RenderException problem) {
                problems.add(problem);
            }
        }
        if (mode == Mode.ELECTRONIC) {
            try {
                Seal.of(content.institutionName(), fonts, 40);
            } catch (RenderException problem) {
                problems.add(problem);
            }
        }
        if (content.photo().isPresent()) {
            try {
                content.photo().get().check();
            } catch (RenderException problem) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /**
     * Renders the electronic certificate (R-CERT-7) as a one-page PDF.
     *
     * @param content the certificate
     * @param out where the PDF goes; written only once everything is drawn; not closed
     * @throws RenderException for a missing glyph, an overlong value, a bad photo, or {@code IO_FAILED}
     */
    public void render(CertificateContent content, OutputStream out) {
        render(content, Mode.ELECTRONIC, out);
    }

    /**
     * Renders the overlay for pre-printed stock (R-LAY-7) with this renderer's calibration.
     *
     * @param content the certificate
     * @param out where the PDF goes; not closed
     * @throws RenderException as {@link #render(CertificateContent, OutputStream)}
     */
    public void renderOverlay(CertificateContent content, OutputStream out) {
        render(content, Mode.OVERLAY, out);
    }

    /**
     * Renders one certificate page in the given mode.
     *
     * @param content the certificate
     * @param mode electronic or overlay
     * @param out where the PDF goes; not closed
     * @throws RenderException as {@link #render(CertificateContent, OutputStream)}
     */
    public void render(CertificateContent content, Mode mode, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources docFonts = new DocumentResources(doc);
            try {
                drawPage(doc, docFonts, content, mode, true);
                metadata(doc, content.certificateNumber(), content.institutionName());
                doc.save(out);
            } finally {
                docFonts.close();
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, content.certificateNumber(), 0,
                    "cannot write certificate " + content.certificateNumber() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renders the alignment test page for this renderer's calibration: crosshairs at the
     * top-left corner of every box the overlay prints into and at the corners of the stock's
     * border, labelled, so the printer's offset can be read off against the pre-printed sheet.
     *
     * @param out where the PDF goes; not closed
     * @throws RenderException {@code IO_FAILED}
     */
    public void renderAlignmentPage(OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources docFonts = new DocumentResources(doc);
            try (PageCanvas canvas = new PageCanvas(doc, docFonts, layout.pageWidth(), layout.pageHeight(), calibration)) {
                TextStyle label = new TextStyle(FontRole.LATIN, 6, 6, 1, Align.LEFT, 0, INK);
                for (Element e : layout.elements()) {
                    boolean variable = e.kind() == Element.Kind.PHOTO || e.kind() == Element.Kind.QR
                            || e.kind() == Element.Kind.FIELD && !CertificateField.byId(fieldId(e.id())).orElseThrow().preprinted();
                    if (e.kind() == Element.Kind.FRAME) {
                        Box b = e.box();
                        crosshair(canvas, b.x(), b.y());
                        crosshair(canvas, b.right(), b.y());
                        crosshair(canvas, b.x(), b.bottom());
                        crosshair(canvas, b.right(), b.bottom());
                    } else if (variable) {
                        crosshair(canvas, e.box().x(), e.box().y());
                        canvas.text(fitter.fit(e.id(), e.id(), new Box(e.box().x() + 1, e.box().y() + 0.3, 40, 2.5), label));
                    }
                }
                TextStyle title = new TextStyle(FontRole.LATIN, 11, 11, 1, Align.CENTER, 0, INK);
                canvas.text(fitter.fit("title", "Alignment test page: " + calibration + " (" + layout.name() + ")",
                        new Box(0, layout.pageHeight() - 8, layout.pageWidth(), 6), title));
            }
            metadata(doc, "alignment test page", "");
            doc.save(out);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, "alignment page", 0,
                    "cannot write the alignment page: " + e.getMessage(), e);
        }
    }

    private static void crosshair(PageCanvas canvas, double x, double y) throws IOException {
        canvas.line(x - 5, y, x + 5, y, 0.3f, INK);
        canvas.line(x, y - 5, x, y + 5, 0.3f, INK);
    }

    /**
     * Renders many certificates into one multi-page PDF (a print run: fonts embedded once),
     * streaming: certificates are read one at a time and page content is kept in a temporary
     * file, so memory does not grow with the batch. The file appears under its name only when
     * complete (temporary file, then rename).
     *
     * @param contents the certificates, read once, in order
     * @param mode electronic or overlay
     * @param target the PDF file to write; replaced if it exists
     * @return the number of pages written
     * @throws RenderException the first certificate's error (the message names its place in the
     *     batch); nothing is left under {@code target}
     */
    public int writeBatch(Iterable<CertificateContent> contents, Mode mode, Path target) {
        return AtomicFile.write(target, out -> {
            int pages = 0;
            // the first 32 MB of page content stay in memory, the rest goes to a temporary file
            try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(32L << 20).streamCache)) {
                DocumentResources docFonts = new DocumentResources(doc);
                Iterator<CertificateContent> it = contents.iterator();
                while (it.hasNext()) {
                    CertificateContent c = it.next();
                    pages++;
                    try {
                        drawPage(doc, docFonts, c, mode, false);
                    } catch (RenderException e) {
                        throw inBatch(e, pages, c);
                    }
                }
                metadata(doc, pages + " certificates", "");
                doc.save(out);
            }
            return pages;
        });
    }

    /**
     * Renders each certificate to its own PDF in a directory, named
     * {@code <certificate number>.pdf}, each written atomically; streaming, one certificate in
     * memory at a time.
     *
     * @param contents the certificates, read once, in order
     * @param mode electronic or overlay
     * @param directory an existing directory
     * @return the number of files written
     * @throws RenderException the first failing certificate's error; the files before it are complete
     */
    public int writeEach(Iterable<CertificateContent> contents, Mode mode, Path directory) {
        int count = 0;
        for (CertificateContent c : contents) {
            count++;
            int index = count;
            try {
                AtomicFile.write(directory.resolve(c.certificateNumber() + ".pdf"), out -> {
                    render(c, mode, out);
                    return index;
                });
            } catch (RenderException e) {
                throw inBatch(e, index, c);
            }
        }
        return count;
    }

    private static RenderException inBatch(RenderException e, int index, CertificateContent c) {
        return new RenderException(e.reason(), e.input(), e.position(),
                "certificate " + index + " of the batch (" + c.certificateNumber() + "): " + e.getMessage(), e);
    }

    private void metadata(PDDocument doc, String title, String author) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!author.isEmpty()) {
            info.setAuthor(author);
        }
        info.setSubject("职业技能等级证书");
        info.setProducer("skillcert certificate-render");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTimeInMillis(clock.millis());
        info.setCreationDate(now);
    }

    private void drawPage(PDDocument doc, DocumentResources docFonts, CertificateContent content, Mode mode,
            boolean wholeDocument) throws IOException {
        // everything that can fail on bad input happens before the page exists
        Composition comp = compose(content, mode);
        if (wholeDocument) {
            docFonts.loadCutDown(charactersByFace(comp, content));
        }
        PDImageXObject photo = content.photo().isPresent() && comp.photoBox() != null
                ? PhotoImage.embed(doc, content.photo().get()) : null;
        Calibration cal = mode == Mode.OVERLAY ? calibration : Calibration.NONE;
        try (PageCanvas canvas = new PageCanvas(doc, docFonts, layout.pageWidth(), layout.pageHeight(), cal)) {
            if (mode == Mode.ELECTRONIC) {
                canvas.fillRect(new Box(0, 0, layout.pageWidth(), layout.pageHeight()), PAPER);
            }
            for (Element e : layout.elements()) {
                switch (e.kind()) {
                    case FRAME:
                        if (mode == Mode.ELECTRONIC) {
                            borders.get(e).replay(canvas);
                        }
                        break;
                    case RULE:
                        if (mode == Mode.ELECTRONIC) {
                            canvas.line(e.box().x(), e.box().y(), e.box().right(), e.box().bottom(),
                                    e.lineWidth() > 0 ? e.lineWidth() : 0.4f, 0x8A9BB0);
                        }
                        break;
                    case TEXT:
                    case FIELD:
                        FittedText t = comp.fitted().get(e.id());
                        if (t != null) {
                            canvas.text(t);
                        }
                        break;
                    case PHOTO:
                        if (photo != null) {
                            PhotoImage.drawCovering(canvas, photo, e.box());
                        }
                        if (mode == Mode.ELECTRONIC) {
                            canvas.strokeRect(e.box(), e.lineWidth() > 0 ? e.lineWidth() : 0.5f, 0x8A9BB0);
                        }
                        if (comp.steelSeal() != null) {
                            drawSteelSeal(canvas, comp.steelSeal(), comp.steelSealBox());
                        }
                        break;
                    case QR:
                        canvas.color(0x000000);
                        Box q = comp.qrBox();
                        comp.qr().draw(canvas.cs, canvas.x(q.x()), canvas.y(q.bottom()), canvas.x(q.width()), "qr");
                        break;
                    case SEAL:
                        if (comp.seal() != null) {
                            Box s = comp.sealBox();
                            canvas.color(SEAL_RED);
                            comp.seal().draw(canvas.cs, canvas.x(s.x() + s.width() / 2),
                                    canvas.y(s.y() + s.height() / 2), docFonts);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
    }

    // every character the page will draw, by the face that draws it
    private Map<FontFace, Set<Integer>> charactersByFace(Composition comp, CertificateContent content) {
        Map<FontFace, Set<Integer>> used = new IdentityHashMap<>();
        for (FittedText t : comp.fitted().values()) {
            for (FittedText.Line line : t.lines()) {
                for (FittedText.Run run : line.runs()) {
                    run.text().codePoints().forEach(cp -> used.computeIfAbsent(run.face(), f -> new HashSet<>()).add(cp));
                }
            }
        }
        List<Seal> seals = new ArrayList<>();
        if (comp.seal() != null) {
            seals.add(comp.seal());
        }
        if (comp.steelSeal() != null) {
            seals.add(comp.steelSeal());
        }
        for (Seal seal : seals) {
            for (List<Seal.Glyph> glyphs : List.of(seal.arcGlyphs(), seal.lowerGlyphs())) {
                for (Seal.Glyph g : glyphs) {
                    used.computeIfAbsent(g.face(), f -> new HashSet<>()).add(g.codePoint());
                }
            }
        }
        return used;
    }

    // R-LAY-6: the embossed steel seal, drawn as a faint grey seal
    private void drawSteelSeal(PageCanvas canvas, Seal steel, Box box) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.45f);
        canvas.cs.saveGraphicsState();
        canvas.cs.setGraphicsStateParameters(faint);
        canvas.color(0x6E6E6E);
        steel.draw(canvas.cs, canvas.x(box.x() + box.width() / 2), canvas.y(box.y() + box.height() / 2), canvas.resources);
        canvas.cs.restoreGraphicsState();
    }

    /** Collects a renderer's settings; not thread-safe. */
    public static final class Builder {
        private FontLibrary fonts;
        private Layout layout = Layout.guangdong();
        private QrPayload qrPayload = QrPayload.standard();
        private QrErrorCorrection errorCorrection = QrErrorCorrection.M;
        private Calibration calibration = Calibration.NONE;
        private boolean steelSeal;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * Sets the fonts (default {@link FontLibrary#standard()}; tests use {@link FontLibrary#bundledOnly()}).
         *
         * @param library the fonts
         * @return this builder
         */
        public Builder fonts(FontLibrary library) {
            this.fonts = Objects.requireNonNull(library);
            return this;
        }

        /**
         * Sets the layout (default {@link Layout#guangdong()}).
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout);
            return this;
        }

        /**
         * Sets what the QR code says (default {@link QrPayload#standard()}).
         *
         * @param payload the payload function
         * @return this builder
         */
        public Builder qrPayload(QrPayload payload) {
            this.qrPayload = Objects.requireNonNull(payload);
            return this;
        }

        /**
         * Sets the QR error correction level (default {@link QrErrorCorrection#M}).
         *
         * @param level the level
         * @return this builder
         */
        public Builder errorCorrection(QrErrorCorrection level) {
            this.errorCorrection = Objects.requireNonNull(level);
            return this;
        }

        /**
         * Sets the printer calibration the overlay uses (default none).
         *
         * @param calibration the calibration
         * @return this builder
         */
        public Builder calibration(Calibration calibration) {
            this.calibration = Objects.requireNonNull(calibration);
            return this;
        }

        /**
         * Draws a steel seal mark over the photo's corner (R-LAY-6; default off).
         *
         * @param on true to draw it
         * @return this builder
         */
        public Builder steelSeal(boolean on) {
            this.steelSeal = on;
            return this;
        }

        /**
         * Sets the clock for the PDF creation date (default the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Builds the renderer, fitting and glyph-checking the layout's fixed wording.
         *
         * @return the renderer
         * @throws RenderException {@code LAYOUT_INVALID} for an unknown field id,
         *     {@code MISSING_GLYPH}/{@code TEXT_DOES_NOT_FIT} for the layout's own wording
         */
        public CertificateRenderer build() {
            return new CertificateRenderer(this);
        }
    }
}
