package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteelSealTest {
    private static final int STEEL_GREY = 0x6E6E6E;

    // R-LAY-6: the embossed steel seal over the photo is optional, off by default
    @Test
    void theSteelSealIsDrawnOverThePhotoOnlyWhenAskedFor() {
        List<PageInk.Mark> plain = Pdfs.ink(Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC));
        List<PageInk.Mark> sealed = Pdfs.ink(Pdfs.certificate(Samples.builder().steelSeal(true).build(),
                Samples.certificate(), Mode.ELECTRONIC));

        assertEquals(0, plain.stream().filter(m -> m.rgb() == STEEL_GREY).count(), "no steel seal by default");
        PageInk.Mark photo = sealed.stream().filter(m -> m.kind() == PageInk.Kind.IMAGE).findFirst().orElseThrow();
        List<PageInk.Mark> steel = sealed.stream().filter(m -> m.rgb() == STEEL_GREY).toList();
        assertTrue(steel.size() > 0, "a steel seal when asked for");
        // every part of the steel seal overlaps the photo's box: it sits on the photo's corner
        for (PageInk.Mark m : steel) {
            boolean overlaps = m.x0() < photo.x1() && m.x1() > photo.x0() && m.y0() < photo.y1() && m.y1() > photo.y0();
            assertTrue(overlaps || m.kind() == PageInk.Kind.GLYPH, () -> "steel seal mark outside the photo: " + m);
        }
        assertTrue(steel.stream().anyMatch(m -> m.x1() > photo.x1() || m.y0() < photo.y0() || m.y1() > photo.y1()),
                "the seal reaches over the photo's edge, as an embossing over the corner does");
    }
}
