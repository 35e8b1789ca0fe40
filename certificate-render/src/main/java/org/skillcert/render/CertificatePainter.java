package org.skillcert.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.skillcert.render.font.FontFace;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.internal.Colors;
import org.skillcert.render.internal.DocumentResources;
import org.skillcert.render.internal.FittedText;
import org.skillcert.render.internal.FrozenCos;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.internal.Seal;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.Align;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.layout.TextStyle;

/**
 * Painting: draws a {@link Composition} onto a page of a document, exactly as composed (nothing
 * is fitted or checked here), and the alignment test page. Immutable and thread-safe.
 */
final class CertificatePainter {
    private final Layout layout;
    private final Calibration calibration;
    // the drawn borders are the same on every certificate: drawn once, replayed as content bytes
    private final Map<Element, Border.Recording> borders;
    // the electronic page's fixed part (paper, borders, rules, wording with its font subsets):
    // drawn, subset and compressed once, copied into each document as a form XObject (issue 14)
    // (made on the first electronic page: an overlay-only renderer never reads the wording's fonts)
    private final Set<String> templateTexts;
    private final Map<String, FittedText> staticTexts;
    // the wording's font subsets by face: a page whose values need only characters of such a subset
    // draws them with it too, instead of a subset of its own
    private final Map<FontFace, Set<Integer>> templateChars;
    private volatile Template template;

    /** The fixed drawing (paper, borders, rules) as a form, and the wording's fonts, ready to copy. */
    private record Template(FrozenCos form, Map<FontFace, DocumentResources.TemplateFont> fonts) {
    }

    /**
     * @param latin the Latin face: its template subset also holds all of printable ASCII, so that
     *     values in ASCII (numbers, dates, English) need no font subset per document
     */
    CertificatePainter(Layout layout, Calibration calibration, Map<String, FittedText> staticTexts, FontFace latin) {
        this.layout = layout;
        this.calibration = calibration;
        Map<Element, Border.Recording> recorded = new HashMap<>();
        for (Element e : layout.elements()) {
            if (e.kind() == Element.Kind.FRAME) {
                try {
                    recorded.put(e, Border.record(e.box(), e.lineWidth(), Colors.BLUE, Colors.PAPER_INNER,
                            layout.pageWidth(), layout.pageHeight()));
                } catch (IOException ex) {
                    throw new RenderException(RenderException.Reason.IO_FAILED, layout.name(), 0,
                            layout.name() + ": cannot draw the border: " + ex.getMessage(), ex);
                }
            }
        }
        this.borders = Map.copyOf(recorded);
        this.templateTexts = Set.copyOf(staticTexts.keySet());
        this.templateChars = charactersByFace(staticTexts.values(), List.of());
        for (int cp = 0x20; cp < 0x7F; cp++) {
            if (latin.hasGlyph(cp)) {
                templateChars.computeIfAbsent(latin, f -> new HashSet<>()).add(cp);
            }
        }
        this.staticTexts = staticTexts;
    }

    private Template template() throws IOException {
        Template t = template;
        if (t == null) {
            synchronized (this) {
                t = template;
                if (t == null) {
                    t = makeTemplate();
                    template = t;
                }
            }
        }
        return t;
    }

    // everything of the electronic page that does not depend on the certificate: the drawing as one
    // form XObject, the wording's fonts cut down to its characters (the Latin face to all of ASCII);
    // the wording itself is drawn on each page in layout order (text extraction keeps the reading order)
    private Template makeTemplate() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources docFonts = new DocumentResources(doc);
            try {
                docFonts.loadCutDown(templateChars);
                Map<FontFace, DocumentResources.TemplateFont> fonts = new IdentityHashMap<>();
                int n = 0;
                for (FontFace face : templateChars.keySet()) {
                    DocumentResources.Adopted font = docFonts.cutFont(face);
                    fonts.put(face, new DocumentResources.TemplateFont(COSName.getPDFName("T" + ++n),
                            FrozenCos.of(font.font()), font.codes()));
                }
                PDPage page;
                try (PageCanvas canvas = new PageCanvas(doc, docFonts, layout.pageWidth(), layout.pageHeight(),
                        Calibration.NONE)) {
                    page = canvas.page;
                    canvas.fillRect(new Box(0, 0, layout.pageWidth(), layout.pageHeight()), Colors.PAPER);
                    for (Element e : layout.elements()) {
                        if (e.kind() == Element.Kind.FRAME) {
                            borders.get(e).replay(canvas);
                        } else if (e.kind() == Element.Kind.RULE) {
                            rule(canvas, e);
                        }
                    }
                }
                // the page's content stream (already compressed) becomes a form with the page's resources
                COSStream form = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                form.setItem(COSName.TYPE, COSName.XOBJECT);
                form.setItem(COSName.SUBTYPE, COSName.FORM);
                form.setItem(COSName.BBOX, page.getMediaBox().getCOSArray());
                form.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
                return new Template(FrozenCos.of(form), Map.copyOf(fonts));
            } finally {
                docFonts.close();
            }
        }
    }

    private static void rule(PageCanvas canvas, Element e) throws IOException {
        canvas.line(e.box().x(), e.box().y(), e.box().right(), e.box().bottom(),
                e.lineWidth() > 0 ? e.lineWidth() : 0.4f, Colors.RULE_GREY);
    }

    /**
     * Paints one composed page as a new page of the document.
     *
     * @param wholeDocument true when the page is the document's only one: its fonts are then cut
     *     down to the page's characters before PDFBox sees them
     */
    void paint(PDDocument doc, DocumentResources docFonts, CertificateContent content, Composition comp, Mode mode,
            boolean wholeDocument) throws IOException {
        boolean electronic = mode == Mode.ELECTRONIC;
        Template fixed = electronic ? template() : null;
        if (electronic) {
            docFonts.useTemplateFonts(fixed.fonts());
        }
        if (wholeDocument) {
            // the wording has its template subsets: only the values are cut here, and not even those
            // whose characters a template subset has (seals too draw by codes)
            Map<FontFace, Set<Integer>> used = charactersByFace(variableTexts(comp, electronic), seals(comp));
            if (electronic) {
                for (Map.Entry<FontFace, Set<Integer>> e : used.entrySet()) {
                    Set<Integer> available = templateChars.get(e.getKey());
                    if (available != null && available.containsAll(e.getValue())) {
                        docFonts.adopt(e.getKey());
                    }
                }
            }
            docFonts.loadCutDown(used);
        }
        PDImageXObject photo = content.photo().isPresent() && comp.photoBox() != null
                ? PhotoImage.embed(doc, content.photo().get(), wholeDocument) : null;
        Calibration cal = mode == Mode.OVERLAY ? calibration : Calibration.NONE;
        try (PageCanvas canvas = new PageCanvas(doc, docFonts, layout.pageWidth(), layout.pageHeight(), cal)) {
            if (electronic) {
                canvas.cs.drawForm(docFonts.form("template", d -> new PDFormXObject((COSStream) fixed.form().thaw())));
            }
            for (Element e : layout.elements()) {
                switch (e.kind()) {
                    case TEXT:
                    case FIELD:
                        FittedText t = comp.fitted().get(e.id());
                        if (t != null) {
                            canvas.text(t, electronic && templateTexts.contains(e.id()));
                        }
                        break;
                    case PHOTO:
                        if (photo != null) {
                            PhotoImage.drawCovering(canvas, photo, e.box());
                        }
                        if (mode == Mode.ELECTRONIC) {
                            canvas.strokeRect(e.box(), e.lineWidth() > 0 ? e.lineWidth() : 0.5f, Colors.RULE_GREY);
                        }
                        if (comp.steelSeal() != null) {
                            drawSteelSeal(canvas, comp.steelSeal(), comp.steelSealBox());
                        }
                        break;
                    case QR:
                        canvas.color(Colors.BLACK);
                        Box q = comp.qrBox();
                        comp.qr().draw(canvas.cs, canvas.x(q.x()), canvas.y(q.bottom()), canvas.x(q.width()), "qr");
                        break;
                    case SEAL:
                        if (comp.seal() != null) {
                            Box s = comp.sealBox();
                            canvas.color(Colors.SEAL_RED);
                            comp.seal().draw(canvas.cs, canvas.page, canvas.x(s.x() + s.width() / 2),
                                    canvas.y(s.y() + s.height() / 2), docFonts);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private List<FittedText> variableTexts(Composition comp, boolean electronic) {
        List<FittedText> texts = new ArrayList<>();
        comp.fitted().forEach((id, t) -> {
            if (!(electronic && templateTexts.contains(id))) {
                texts.add(t);
            }
        });
        return texts;
    }

    private static List<Seal> seals(Composition comp) {
        List<Seal> seals = new ArrayList<>();
        if (comp.seal() != null) {
            seals.add(comp.seal());
        }
        if (comp.steelSeal() != null) {
            seals.add(comp.steelSeal());
        }
        return seals;
    }

    // every character these texts and seals draw, by the face that draws it
    private static Map<FontFace, Set<Integer>> charactersByFace(Collection<FittedText> texts, List<Seal> seals) {
        Map<FontFace, Set<Integer>> used = new IdentityHashMap<>();
        for (FittedText t : texts) {
            for (FittedText.Line line : t.lines()) {
                for (FittedText.Run run : line.runs()) {
                    Set<Integer> chars = used.computeIfAbsent(run.face(), f -> new HashSet<>());
                    String text = run.text();
                    for (int i = 0; i < text.length(); ) {
                        int cp = text.codePointAt(i);
                        chars.add(cp);
                        i += Character.charCount(cp);
                    }
                }
            }
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
    private static void drawSteelSeal(PageCanvas canvas, Seal steel, Box box) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.45f);
        canvas.cs.saveGraphicsState();
        canvas.cs.setGraphicsStateParameters(faint);
        canvas.color(Colors.STEEL_GREY);
        steel.draw(canvas.cs, canvas.page, canvas.x(box.x() + box.width() / 2), canvas.y(box.y() + box.height() / 2),
                canvas.resources);
        canvas.cs.restoreGraphicsState();
    }

    /**
     * Paints the alignment test page: crosshairs at the top-left corner of every box the overlay
     * prints into and at the corners of the stock's border, labelled.
     */
    void paintAlignmentPage(PDDocument doc, DocumentResources docFonts, TextFitter fitter) throws IOException {
        try (PageCanvas canvas = new PageCanvas(doc, docFonts, layout.pageWidth(), layout.pageHeight(), calibration)) {
            TextStyle label = new TextStyle(FontRole.LATIN, 6, 6, 1, Align.LEFT, 0, Colors.INK);
            for (Element e : layout.elements()) {
                boolean variable = e.kind() == Element.Kind.PHOTO || e.kind() == Element.Kind.QR
                        || e.kind() == Element.Kind.FIELD && !CertificateField.find(CertificateComposer.fieldId(e.id())).orElseThrow().preprinted();
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
            TextStyle title = new TextStyle(FontRole.LATIN, 11, 11, 1, Align.CENTER, 0, Colors.INK);
            canvas.text(fitter.fit("title", "Alignment test page: " + calibration + " (" + layout.name() + ")",
                    new Box(0, layout.pageHeight() - 8, layout.pageWidth(), 6), title));
        }
    }

    private static void crosshair(PageCanvas canvas, double x, double y) throws IOException {
        canvas.line(x - 5, y, x + 5, y, 0.3f, Colors.INK);
        canvas.line(x, y - 5, x, y + 5, 0.3f, Colors.INK);
    }
}
