package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.skillcert.render.Calibration;
import org.skillcert.render.layout.Box;

/** The page's operators do not depend on the route they take to the page. */
class PageCanvasTest {
    // drawn through an array of ours (the default) or through a document stream read back on close
    private static byte[] draw(boolean direct) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources resources = new DocumentResources(doc);
            try (PageCanvas canvas = new PageCanvas(doc, resources, 297, 210, Calibration.of(0.37, -0.21, 0.98765), direct)) {
                canvas.fillRect(new Box(10.123456, 20.654321, 33.333333, 12.5), 0x1E3A5F);
                canvas.line(5, 5.0000049, 100.987654, 150.5, 0.35f, 0xC62828);
                canvas.strokeRect(new Box(1, 2, 3, 4), 0.1f, 0x010203);
            }
            try (InputStream in = doc.getPage(0).getContents()) {
                return in.readAllBytes();
            }
        }
    }

    @Test
    void operatorsAreTheSameOnBothRoutesWithFiveDecimals() throws IOException {
        byte[] direct = draw(true);
        byte[] readBack = draw(false);
        String text = new String(direct, StandardCharsets.US_ASCII);
        assertArrayEquals(readBack, direct, text);
        // 0x1E = 30: 30 / 255 = 0.117647..., five decimals as PDFBox's page constructor writes them
        assertTrue(text.contains("0.11765"), text);
    }
}
