package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.skillcert.render.internal.Colors;
import org.skillcert.render.internal.DocumentResources;
import org.skillcert.render.internal.PageCanvas;
import org.skillcert.render.layout.Box;

/** The recorded border (replayed on every certificate) is exactly the border drawn live. */
class BorderTest {
    @Test
    void replayingTheRecordingWritesWhatDrawingWrites() throws IOException {
        // R-LAY-2: the stand-in for the guilloche; recorded once per renderer for speed
        Box frame = new Box(10, 10, 277, 190);
        Border.Recording recording = Border.record(frame, 1.6f, Colors.BLUE, 0xFDFDFB, 297, 210);
        byte[] drawn;
        byte[] replayed;
        String drawnForms;
        String replayedForms;
        try (PDDocument doc = new PDDocument()) {
            DocumentResources resources = new DocumentResources(doc);
            PDPage live;
            PDPage replay;
            try (PageCanvas canvas = new PageCanvas(doc, resources, 297, 210, Calibration.NONE)) {
                Border.draw(canvas, frame, 1.6f, Colors.BLUE, 0xFDFDFB);
                live = canvas.page;
            }
            try (PageCanvas canvas = new PageCanvas(doc, resources, 297, 210, Calibration.NONE)) {
                recording.replay(canvas);
                replay = canvas.page;
            }
            drawn = contents(live);
            replayed = contents(replay);
            drawnForms = live.getResources().getXObjectNames().toString();
            replayedForms = replay.getResources().getXObjectNames().toString();
            // both pages place the document's one rope form
            assertEquals(live.getResources().getXObject(live.getResources().getXObjectNames().iterator().next())
                    .getCOSObject(), replay.getResources().getXObject(replay.getResources().getXObjectNames().iterator().next())
                    .getCOSObject());
        }
        assertEquals(drawnForms, replayedForms);
        assertArrayEquals(drawn, replayed);
    }

    private static byte[] contents(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }
}
