package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.layout.TextStyle;

class LayoutTest {
    @Test
    void theGuangdongLayoutFollowsTheProductionNotes() {
        // R-LAY-1, R-LAY-2, R-LAY-3, R-LAY-4
        Layout l = Layout.guangdong();
        assertEquals(297, l.pageWidth());
        assertEquals(210, l.pageHeight());
        Element frame = l.element("border").orElseThrow();
        assertEquals(277, frame.box().width());
        assertEquals(190, frame.box().height());
        TextStyle title = l.element("title.zh").orElseThrow().textStyle();
        assertEquals(FontRole.KAI, title.role());
        assertEquals(30, title.size());
        assertEquals(16, l.element("title.en").orElseThrow().textStyle().size());
        assertEquals(FontRole.LATIN, l.element("title.en").orElseThrow().textStyle().role());
        assertEquals(16, l.element("body.zh.2").orElseThrow().textStyle().size());
        assertEquals(16, l.element("body.en.1").orElseThrow().textStyle().size());
        assertEquals(12, l.element("institution.name").orElseThrow().textStyle().size());
        assertEquals(11, l.element("sheet.number").orElseThrow().textStyle().size());
        assertEquals(11, l.element("url.certificate").orElseThrow().textStyle().size());
        assertEquals(16, l.element("label.name.zh").orElseThrow().textStyle().size());
        assertEquals(16, l.element("label.name.en").orElseThrow().textStyle().size());
        TextStyle value = l.element("holder.name").orElseThrow().textStyle();
        assertEquals(FontRole.FANGSONG, value.role());
        assertEquals(12, value.size());
        assertEquals(40, l.element("seal").orElseThrow().box().width());
    }

    @Test
    void aSchoolCanLoadItsOwnLayout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("school.layout");
        Files.writeString(file, "# a minimal overlay layout\npage 297 210\n"
                + "field holder.name 100 100 80 10 FANGSONG 14 10 1 CENTER\n"
                + "field certificate.number 100 120 80 10 LATIN 12 9 1 LEFT color=000080\n"
                + "qr qr 20 20 30 30\n");
        Layout custom = Layout.load(file);
        assertEquals(3, custom.elements().size());
        CertificateRenderer r = Samples.builder().layout(custom).build();
        Composition comp = r.compose(Samples.certificate(), Mode.ELECTRONIC);
        assertEquals(14, comp.text("holder.name").orElseThrow().size());
        assertEquals(0x000080, comp.text("certificate.number").orElseThrow().color());
        String text = Pdfs.text(Pdfs.certificate(r, Samples.certificate(), Mode.ELECTRONIC));
        assertTrue(text.contains("陈晓明") && text.contains("S000044012000253000001"), text);
    }

    @Test
    void layoutErrorsNameTheLine() {
        String[][] bad = {
            {"page 297 210\nfield holder.name 1 2 3\n", "2"},
            {"page 297 210\n\nbox holder.name 1 2 3 4\n", "3"},
            {"page 297 210\nfield holder.name 1 2 3 4 KAI 12 9 3 LEFT\n", "2"},
            {"page 297 210\nfield holder.name 1 2 3 4 KAI 12 14 1 LEFT\n", "2"},
            {"page 297 210\nfield holder.name 1 2 x 4 KAI 12 9 1 LEFT\n", "2"},
            {"page 297 210\ntext a 1 2 3 4 KAI 12 9 1 LEFT\n", "2"},
            {"page 297 210\nqr qr 1 2 3 4\nqr qr 1 2 3 4\n", "3"},
            {"page 297 210\nfield holder.name 1 2 3 4 SERIF 12 9 1 LEFT\n", "2"},
            {"field holder.name 1 2 3 4 KAI 12 9 1 LEFT\n", "1"},
        };
        for (String[] b : bad) {
            RenderException e = assertThrows(RenderException.class, () -> Layout.parse(new StringReader(b[0]), "test"), b[0]);
            assertEquals(RenderException.Reason.LAYOUT_INVALID, e.reason(), b[0]);
            assertEquals("test", e.input());
            assertEquals(Integer.parseInt(b[1]), e.position(), b[0]);
        }
    }

    @Test
    void anUnknownFieldIsRefusedWhenTheRendererIsBuilt() {
        Layout l = Layout.parse(new StringReader("page 297 210\nfield holder.nickname 1 2 30 4 KAI 12 9 1 LEFT\n"), "nick");
        RenderException e = assertThrows(RenderException.class, () -> Samples.builder().layout(l).build());
        assertEquals(RenderException.Reason.LAYOUT_INVALID, e.reason());
        assertTrue(e.getMessage().contains("holder.nickname"));
    }

    // R-CERT-8: §11.2(1) says 1-inch, appendix 2's notes 2-inch ("仅供参考"): both frames ship, 2-inch by default
    @Test
    void bothPhotoFramesShipAsLayouts() {
        org.skillcert.render.layout.Box two = Layout.guangdong().element("photo").orElseThrow().box();
        org.skillcert.render.layout.Box one = Layout.guangdongOneInchPhoto().element("photo").orElseThrow().box();
        assertEquals(35, two.width(), 1e-9);
        assertEquals(49, two.height(), 1e-9);
        assertEquals(25, one.width(), 1e-9);
        assertEquals(35, one.height(), 1e-9);
        assertEquals(two.x() + two.width() / 2, one.x() + one.width() / 2, 1e-9);
        assertEquals(two.y(), one.y(), 1e-9);
        // everything else is the same layout
        assertEquals(Layout.guangdong().elements().size(), Layout.guangdongOneInchPhoto().elements().size());
        for (Element e : Layout.guangdong().elements()) {
            if (e.kind() != Element.Kind.PHOTO) {
                assertEquals(e, Layout.guangdongOneInchPhoto().element(e.id()).orElseThrow());
            }
        }
        // and it renders, the photo in the smaller frame
        CertificateRenderer oneInch = Samples.builder().layout(Layout.guangdongOneInchPhoto()).build();
        assertEquals(one, oneInch.compose(Samples.certificate(), Mode.ELECTRONIC).photoBox());
    }

    // appendix 2: the English body sentence ends with a full stop after the institution's name
    @Test
    void theEnglishBodyEndsWithAFullStop() {
        String text = Pdfs.text(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC))
                .replaceAll("\\s+", " ");
        assertTrue(text.matches("(?s).*assessment organized by .*College ?\\..*"), text);
        Element stop = Layout.guangdong().element("body.en.5").orElseThrow();
        assertEquals(".", stop.text());
        Element name = Layout.guangdong().element("institution.name.en").orElseThrow();
        assertTrue(stop.box().x() >= name.box().x() + name.box().width(), "the stop follows the name's blank");
    }
}
