package org.skillcert.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a one-page document into the caller's stream in one write. PDFBox writes a PDF a byte at
 * a time (every name, every delimiter) and does not buffer; into a {@code ByteArrayOutputStream}
 * or a {@code BufferedOutputStream} each of those bytes takes the stream's lock. Here they go into
 * an unsynchronised array of the saving thread, reused from document to document, and reach the
 * caller's stream as one block. Thread-safe (one buffer per thread).
 */
public final class PdfOutput {
    // a buffer that grew beyond this (an unusually large document) is not kept for the next one
    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    private PdfOutput() {
    }

    /**
     * Saves the document to the stream (which is not closed).
     *
     * @param doc the document
     * @param out where the PDF goes
     * @throws IOException if saving or writing fails
     */
    public static void save(PDDocument doc, OutputStream out) throws IOException {
        Buffer buffer = BUFFERS.get();
        if (buffer.busy) {
            doc.save(out); // a save inside a save on this thread (not done today): no sharing
            return;
        }
        buffer.busy = true;
        try {
            buffer.size = 0;
            doc.save(buffer);
            out.write(buffer.bytes, 0, buffer.size);
        } finally {
            buffer.busy = false;
            if (buffer.bytes.length > KEEP) {
                BUFFERS.remove();
            }
        }
    }

    private static final class Buffer extends ByteSink {
        boolean busy;

        Buffer() {
            super(96 * 1024);
        }
    }
}
