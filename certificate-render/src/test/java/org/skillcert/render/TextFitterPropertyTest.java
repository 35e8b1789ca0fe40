package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.layout.Align;
import org.skillcert.render.layout.Box;
import org.skillcert.render.internal.FittedText;
import org.skillcert.render.internal.TextFitter;
import org.skillcert.render.layout.TextStyle;
import org.skillcert.testing.Property;

class TextFitterPropertyTest {
    private static final String HAN = "陈李张王刘杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤电工技师学院机器人";
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789";

    record Case(String text, Box box, TextStyle style) {
    }

    private static Case generate(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            String pool = r.nextInt(3) == 0 ? LATIN : HAN;
            b.append(pool.charAt(r.nextInt(pool.length())));
        }
        String text = b.toString().strip();
        if (text.isEmpty()) {
            text = "陈";
        }
        float size = 10 + r.nextInt(13);
        float min = Math.max(6, size - r.nextInt(8));
        TextStyle style = new TextStyle(FontRole.values()[r.nextInt(4)], size, min, 1 + r.nextInt(2),
                Align.values()[r.nextInt(3)], r.nextInt(4) == 0 ? 0.1f : 0f, 0);
        Box box = new Box(r.nextInt(100), r.nextInt(100), 20 + r.nextInt(100), 5 + r.nextInt(10));
        return new Case(text, box, style);
    }

    @Test
    void fittedTextStaysInsideItsBoxOrIsRefused() {
        // R-LAY layout fit rule: shrink to the minimum, then two lines, then a clear error; never overflow
        TextFitter fitter = new TextFitter(Samples.fonts());
        Property.forAll("fitted text stays inside its box", 5000, TextFitterPropertyTest::generate, c -> {
            FittedText t;
            try {
                t = fitter.fit("field", c.text(), c.box(), c.style());
            } catch (RenderException e) {
                assertEquals(RenderException.Reason.TEXT_DOES_NOT_FIT, e.reason());
                assertEquals("field", e.input());
                return;
            }
            assertTrue(t.size() <= c.style().size() && t.size() >= c.style().minSize() - 1e-3, "size " + t.size());
            assertTrue(t.lines().size() <= c.style().maxLines());
            for (FittedText.Line line : t.lines()) {
                assertTrue(line.x() >= c.box().x() - 1e-6 && line.x() + line.width() <= c.box().right() + 1e-6,
                        "line " + line + " outside " + c.box());
            }
            if (t.lines().size() == 2) {
                // two lines only once one line at the minimum size was too wide
                TextStyle s = c.style();
                TextStyle oneLine = new TextStyle(s.role(), s.size(), s.minSize(), 1, s.align(), s.tracking(), s.color());
                RenderException e = assertThrows(RenderException.class, () -> fitter.fit("field", c.text(), c.box(), oneLine));
                assertEquals(RenderException.Reason.TEXT_DOES_NOT_FIT, e.reason());
                Box bounds = t.bounds();
                assertTrue(bounds.y() >= c.box().y() - 1e-6 && bounds.bottom() <= c.box().bottom() + 1e-6);
            }
            String joined = t.lines().stream().flatMap(l -> l.runs().stream()).map(FittedText.Run::text)
                    .reduce("", String::concat);
            assertEquals(c.text().replace(" ", ""), joined.replace(" ", ""), "no character lost");
        });
    }
}
