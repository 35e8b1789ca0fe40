package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** {@link PdfOutput}: the caller's stream gets the same PDF in one write and stays open. */
class PdfOutputTest {

    /** Counts the calls it gets. */
    private static final class Recording extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;
        boolean closed;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static PDDocument document(int pages) {
        PDDocument doc = new PDDocument();
        // a fixed file identifier: PDFBox makes one from the time otherwise
        COSArray id = new COSArray();
        id.add(new COSString("skillcert"));
        id.add(new COSString("skillcert"));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        for (int i = 0; i < pages; i++) {
            doc.addPage(new PDPage());
        }
        return doc;
    }

    @Test
    void theSamePdfArrivesInOneWrite() throws IOException {
        for (int pages : new int[] {1, 3, 4000}) { // the last grows the buffer beyond what is kept
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            try (PDDocument doc = document(pages)) {
                doc.save(direct);
            }
            Recording out = new Recording();
            try (PDDocument doc = document(pages)) {
                PdfOutput.save(doc, out);
            }
            assertEquals(1, out.writes, pages + " pages");
            assertFalse(out.closed);
            assertArrayEquals(direct.toByteArray(), out.bytes.toByteArray(), pages + " pages");
        }
    }
}
