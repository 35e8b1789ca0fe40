package org.skillcert.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.internal.FittedText;
import org.skillcert.render.internal.QrCode;
import org.skillcert.render.internal.Seal;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;

/**
 * Composing: places everything of a certificate page (texts fitted and glyph-checked, the seal,
 * the steel seal, the photo frame, the QR code) before any byte is written, so every error on
 * bad input surfaces here. Immutable and thread-safe.
 */
final class CertificateComposer {
    private final FontLibrary fonts;
    private final Layout layout;
    private final QrPayload qrPayload;
    private final QrErrorCorrection errorCorrection;
    private final boolean steelSeal;
    private final TextFitter fitter;
    // the wording does not change between certificates: fitted (and glyph-checked) once
    private final Map<String, FittedText> staticTexts;

    CertificateComposer(FontLibrary fonts, Layout layout, QrPayload qrPayload, QrErrorCorrection errorCorrection,
            boolean steelSeal) {
        this.fonts = fonts;
        this.layout = layout;
        this.qrPayload = qrPayload;
        this.errorCorrection = errorCorrection;
        this.steelSeal = steelSeal;
        this.fitter = new TextFitter(fonts);
        Map<String, FittedText> fixed = new LinkedHashMap<>();
        for (Element e : layout.elements()) {
            if (e.kind() == Element.Kind.FIELD && CertificateField.find(fieldId(e.id())).isEmpty()) {
                throw new RenderException(RenderException.Reason.LAYOUT_INVALID, layout.name(), 0,
                        layout.name() + ": unknown field '" + e.id() + "'; known: "
                                + Arrays.stream(CertificateField.values()).map(CertificateField::id).toList());
            }
            if (e.kind() == Element.Kind.TEXT) {
                fixed.put(e.id(), fitter.fit(e.id(), e.text(), e.box(), e.textStyle()));
            }
        }
        this.staticTexts = Map.copyOf(fixed);
    }

    // several elements may show one field: "institution.name@body" shows institution.name
    static String fieldId(String elementId) {
        int at = elementId.indexOf('@');
        return at < 0 ? elementId : elementId.substring(0, at);
    }

    // the layout's fixed wording, fitted: the same on every certificate
    Map<String, FittedText> staticTexts() {
        return staticTexts;
    }

    TextFitter fitter() {
        return fitter;
    }

    // every problem, not the first: see CertificateRenderer#check
    List<RenderException> check(CertificateContent content, Mode mode) {
        List<RenderException> problems = new ArrayList<>();
        for (Element e : layout.elements()) {
            if (e.kind() != Element.Kind.FIELD) {
                continue;
            }
            CertificateField field = CertificateField.find(fieldId(e.id())).orElseThrow();
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

    Composition compose(CertificateContent content, Mode mode) {
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
                    CertificateField field = CertificateField.find(fieldId(e.id())).orElseThrow();
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
}
