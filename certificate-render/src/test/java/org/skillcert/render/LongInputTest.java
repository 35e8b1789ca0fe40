package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillcert.render.layout.Box;
import org.skillcert.render.internal.Seal;

class LongInputTest {
    // 24 characters, none of the words R-CERT-3 forbids
    static final String INSTITUTION_24 = "佛山市顺德区职业技术学校高技能人才评价中心一分站";
    static final String OCCUPATION_30 = "智能制造工程技术人员及工业机器人系统运维与集成调试应用工程技术员";
    // a 4-character compound surname and a 2-character given name
    static final String COMPOUND_NAME = "爱新觉罗明远";

    static CertificateContent longest() {
        return Samples.certificate().toBuilder()
                .institutionName(INSTITUTION_24)
                .holderName(COMPOUND_NAME)
                .occupation(OCCUPATION_30.substring(0, 30), "Intelligent Manufacturing Engineering Technician")
                .job("工业机器人系统运维员（集成调试方向）", "Industrial Robot System Operation")
                .build();
    }

    @Test
    void theLongInputsHaveTheLengthsTheIssueAsksFor() {
        assertEquals(24, longest().institutionName().length());
        assertEquals(30, longest().occupation().length());
        assertEquals(6, COMPOUND_NAME.length());
    }

    @Test
    void longValuesFitTheirBoxesWithoutOverlap() {
        for (Mode mode : Mode.values()) {
            Composition comp = Samples.renderer().compose(longest(), mode);
            List<Map.Entry<String, PlacedText>> texts = new ArrayList<>(comp.texts().entrySet());
            texts.removeIf(e -> e.getValue().lines().stream().allMatch(String::isEmpty));
            for (int i = 0; i < texts.size(); i++) {
                Box a = texts.get(i).getValue().bounds();
                for (int j = i + 1; j < texts.size(); j++) {
                    Box b = texts.get(j).getValue().bounds();
                    assertFalse(a.intersects(b), texts.get(i).getKey() + " " + a + " overlaps " + texts.get(j).getKey() + " " + b);
                }
                if (comp.sealBox() != null) {
                    assertFalse(a.intersects(comp.sealBox()), texts.get(i).getKey() + " under the seal");
                }
                if (comp.photoBox() != null) {
                    assertFalse(a.intersects(comp.photoBox()), texts.get(i).getKey() + " on the photo");
                }
                assertFalse(a.intersects(comp.qrBox()), texts.get(i).getKey() + " on the QR code");
            }
        }
    }

    @Test
    void theOccupationWrapsToTwoLinesInsideItsBox() {
        PlacedText occ = Samples.renderer().compose(longest(), Mode.ELECTRONIC).text("occupation").orElseThrow();
        assertEquals(2, occ.lines().size());
        assertTrue(occ.size() >= 8, "not below the minimum size");
        String joined = String.join("", occ.lines());
        assertEquals(OCCUPATION_30.substring(0, 30), joined);
    }

    @Test
    void aTwentyFourCharacterNameFitsOnTheSealWithoutOverlap() {
        // R-LAY-5: the name on the upper arc, compressed, no two characters touching
        for (int length = 2; length <= 30; length++) {
            String name = (INSTITUTION_24 + OCCUPATION_30).substring(0, length);
            Seal seal = Seal.of(name, Samples.fonts(), Seal.DIAMETER_MM);
            List<Seal.Glyph> all = new ArrayList<>(seal.arcGlyphs());
            all.addAll(seal.lowerGlyphs());
            for (int i = 0; i < all.size(); i++) {
                for (Point2D.Double p : all.get(i).corners()) {
                    assertTrue(Math.hypot(p.x, p.y) <= 19.0 + 1e-9, length + ": glyph outside the ring " + p);
                    // the centre stays empty
                    assertTrue(Math.hypot(p.x, p.y) > 6, length + ": glyph in the centre " + p);
                }
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(overlap(all.get(i).corners(), all.get(j).corners()),
                            length + " characters: glyph " + i + " overlaps glyph " + j);
                }
            }
            // left to right over the top: angles increase clockwise from the left
            for (int i = 1; i < seal.arcGlyphs().size(); i++) {
                assertTrue(seal.arcGlyphs().get(i).angle() < seal.arcGlyphs().get(i - 1).angle() + 1e-9);
            }
        }
    }

    @Test
    void aValueTooLongEvenOnTwoLinesIsAClearError() {
        CertificateContent c = Samples.certificate().toBuilder().occupation("电".repeat(80), null).build();
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.renderer().render(c, new ByteArrayOutputStream()));
        assertEquals(RenderException.Reason.TEXT_DOES_NOT_FIT, e.reason());
        assertEquals("occupation", e.input());
    }

    @Test
    void drawnGlyphsLieInsideTheComposedBoxes() {
        Composition comp = Samples.renderer().compose(longest(), Mode.OVERLAY);
        List<Box> boxes = comp.texts().values().stream().map(PlacedText::bounds).toList();
        List<PageInk.Mark> glyphs = Pdfs.ink(Pdfs.certificate(Samples.renderer(), longest(), Mode.OVERLAY)).stream()
                .filter(m -> m.kind() == PageInk.Kind.GLYPH).toList();
        assertTrue(glyphs.size() > 100);
        for (PageInk.Mark g : glyphs) {
            double x = g.x0() / Pdfs.PT;
            double y = 210 - g.y0() / Pdfs.PT;
            assertTrue(boxes.stream().anyMatch(b -> x >= b.x() - 0.01 && x <= b.right() + 0.01
                    && y >= b.y() - 0.01 && y <= b.bottom() + 0.01), "glyph '" + g.text() + "' at " + x + "," + y);
        }
    }

    // separating axis test for two convex quadrilaterals
    static boolean overlap(List<Point2D.Double> a, List<Point2D.Double> b) {
        for (List<Point2D.Double> poly : List.of(a, b)) {
            for (int i = 0; i < poly.size(); i++) {
                Point2D.Double p = poly.get(i);
                Point2D.Double q = poly.get((i + 1) % poly.size());
                double nx = q.y - p.y;
                double ny = p.x - q.x;
                double[] ra = project(a, nx, ny);
                double[] rb = project(b, nx, ny);
                if (ra[1] <= rb[0] || rb[1] <= ra[0]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] project(List<Point2D.Double> poly, double nx, double ny) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Point2D.Double p : poly) {
            double d = p.x * nx + p.y * ny;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return new double[] {min, max};
    }
}
