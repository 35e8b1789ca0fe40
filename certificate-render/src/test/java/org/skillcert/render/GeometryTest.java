package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.skillcert.render.internal.Colors;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;

class GeometryTest {
    @Test
    void thePageIsA4Landscape() throws IOException {
        // R-LAY-1: 297 x 210 mm, one page
        for (Mode mode : Mode.values()) {
            try (PDDocument doc = Loader.loadPDF(Pdfs.certificate(Samples.renderer(), Samples.certificate(), mode))) {
                assertEquals(1, doc.getNumberOfPages());
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertEquals(841.89, box.getWidth(), 0.01);
                assertEquals(595.28, box.getHeight(), 0.01);
            }
        }
    }

    @Test
    void theSealIsARedCircleOf40MillimetresWithA1MillimetreRing() {
        // R-LAY-5
        List<PageInk.Mark> red = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))
                .stream().filter(m -> m.rgb() == Colors.SEAL_RED && m.kind() == PageInk.Kind.FILL).toList();
        assertEquals(1, red.size(), "one ring path");
        PageInk.Mark ring = red.get(0);
        assertEquals(40, ring.width() / Pdfs.PT, 0.2);
        assertEquals(40, ring.height() / Pdfs.PT, 0.2);
        // the ring's inner circle: the glyphs of the seal stay inside it, the centre stays empty
        double cx = (ring.x0() + ring.x1()) / 2;
        double cy = (ring.y0() + ring.y1()) / 2;
        List<PageInk.Mark> sealGlyphs = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))
                .stream().filter(m -> m.kind() == PageInk.Kind.GLYPH && m.rgb() == Colors.SEAL_RED).toList();
        assertEquals("广州市白云工商技师学院职业技能等级认定专用章".length(), sealGlyphs.size());
        for (PageInk.Mark g : sealGlyphs) {
            double r = Math.hypot(g.x0() - cx, g.y0() - cy) / Pdfs.PT;
            assertTrue(r < 19 && r > 8, "glyph " + g.text() + " at radius " + r + " mm");
        }
        assertEquals(1.0, Samples.renderer().compose(Samples.certificate(), Mode.ELECTRONIC).seal().ringWidth(), 1e-9);
    }

    @Test
    void thePhotoFrameIsTheLayoutsTwoInchFrameAndThePhotoCoversItWithoutDistortion() {
        // R-CERT-8: 2-inch (35 x 49 mm) frame by default
        Box frame = Layout.guangdong().element("photo").orElseThrow().box();
        assertEquals(35, frame.width(), 1e-9);
        assertEquals(49, frame.height(), 1e-9);
        List<PageInk.Mark> ink = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC));
        PageInk.Mark stroke = ink.stream().filter(m -> m.kind() == PageInk.Kind.STROKE
                && Math.abs(m.width() / Pdfs.PT - 35) < 0.01 && Math.abs(m.height() / Pdfs.PT - 49) < 0.01).findFirst().orElseThrow();
        assertEquals(frame.x() * Pdfs.PT, stroke.x0(), 0.01);
        PageInk.Mark image = ink.stream().filter(m -> m.kind() == PageInk.Kind.IMAGE).findFirst().orElseThrow();
        assertTrue(image.x0() <= stroke.x0() + 0.01 && image.x1() >= stroke.x1() - 0.01
                && image.y0() <= stroke.y0() + 0.01 && image.y1() >= stroke.y1() - 0.01, "covers the frame");
        assertEquals(413.0 / 579.0, image.width() / image.height(), 1e-3, "aspect ratio kept");
    }

    @Test
    void calibrationMovesEveryMarkByExactlyDxDy() {
        // R-LAY-7: per-printer offset
        double dx = 2.5;
        double dy = -1.75;
        List<PageInk.Mark> plain = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.OVERLAY));
        CertificateRenderer shifted = Samples.builder().calibration(Calibration.of(dx, dy, 1.0)).build();
        List<PageInk.Mark> moved = Pdfs.ink(Pdfs.certificate(shifted, Samples.certificate(), Mode.OVERLAY));
        assertEquals(plain.size(), moved.size());
        assertTrue(plain.size() > 100, "glyphs, photo and QR are all compared");
        for (int i = 0; i < plain.size(); i++) {
            PageInk.Mark a = plain.get(i);
            PageInk.Mark b = moved.get(i);
            assertEquals(a.kind(), b.kind());
            assertEquals(a.x0() + dx * Pdfs.PT, b.x0(), 0.01, "mark " + i + " " + a);
            assertEquals(a.x1() + dx * Pdfs.PT, b.x1(), 0.01, "mark " + i + " " + a);
            // dy is downwards on the sheet, PDF y grows upwards
            assertEquals(a.y0() - dy * Pdfs.PT, b.y0(), 0.01, "mark " + i + " " + a);
            assertEquals(a.y1() - dy * Pdfs.PT, b.y1(), 0.01, "mark " + i + " " + a);
        }
    }

    @Test
    void scaleShrinksAboutTheTopLeftCorner() {
        List<PageInk.Mark> plain = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.OVERLAY));
        CertificateRenderer scaled = Samples.builder().calibration(Calibration.of(0, 0, 0.98)).build();
        List<PageInk.Mark> moved = Pdfs.ink(Pdfs.certificate(scaled, Samples.certificate(), Mode.OVERLAY));
        double top = 595.2756;
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i).x0() * 0.98, moved.get(i).x0(), 0.02);
            assertEquals(top - (top - plain.get(i).y0()) * 0.98, moved.get(i).y0(), 0.02);
        }
    }

    @Test
    void calibrationRoundTripsThroughText() {
        Calibration c = Calibration.of(1.5, -0.8, 0.995);
        assertEquals(c, Calibration.parse(c.toString()));
        assertEquals(Calibration.NONE, Calibration.parse("dx=0"));
    }

    @Test
    void theAlignmentPageMarksEveryOverlayBoxAtItsCalibratedPlace() {
        Calibration cal = Calibration.of(1.0, 2.0, 1.0);
        CertificateRenderer r = Samples.builder().calibration(cal).build();
        List<PageInk.Mark> ink = Pdfs.ink(SampleDocuments.pdf(r::renderAlignmentPage));
        Box holder = Layout.guangdong().element("holder.name").orElseThrow().box();
        double x = (holder.x() + cal.dx()) * Pdfs.PT;
        double y = (210 - holder.y() - cal.dy()) * Pdfs.PT;
        // the crosshair's horizontal stroke is centred on the box's calibrated corner
        assertTrue(ink.stream().anyMatch(m -> m.kind() == PageInk.Kind.STROKE
                && Math.abs((m.x0() + m.x1()) / 2 - x) < 0.01 && Math.abs(m.y0() - y) < 0.01
                && Math.abs(m.width() - 10 * Pdfs.PT) < 0.01), "crosshair at the holder name box");
        long variableBoxes = Layout.guangdong().elements().stream().filter(e -> e.kind() == Element.Kind.PHOTO
                || e.kind() == Element.Kind.QR || e.kind() == Element.Kind.FIELD
                && !CertificateField.find(e.id().split("@")[0]).orElseThrow().preprinted()).count();
        long crosshairs = ink.stream().filter(m -> m.kind() == PageInk.Kind.STROKE).count() / 2;
        assertEquals(variableBoxes + 4, crosshairs);
    }
}
