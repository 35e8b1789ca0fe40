package org.skillcert.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.skillcert.render.internal.AtomicFile;
import org.skillcert.render.internal.DocumentResources;
import org.skillcert.render.internal.PdfInfo;
import org.skillcert.render.internal.PdfOutput;
import org.skillcert.render.pdfa.ArchivalPolicy;
import org.skillcert.render.pdfa.internal.PdfA2b;

/**
 * Writing: the documents and files of certificates — one PDF to a stream, a print run as one
 * streaming multi-page file, one file per certificate — each composed in full before its page is
 * painted, files written atomically (temporary file, then rename), every PDF with its document
 * information. Immutable and thread-safe.
 */
final class CertificateWriter {
    private static final String SUBJECT = "职业技能等级证书";

    private final CertificateComposer composer;
    private final CertificatePainter painter;
    private final Clock clock;
    private final ArchivalPolicy archival;

    CertificateWriter(CertificateComposer composer, CertificatePainter painter, Clock clock, ArchivalPolicy archival) {
        this.composer = composer;
        this.painter = painter;
        this.clock = clock;
        this.archival = archival;
    }

    void render(CertificateContent content, Mode mode, OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources docFonts = new DocumentResources(doc);
            try {
                page(doc, docFonts, content, mode, true);
                PdfInfo.set(doc, content.certificateNumber(), content.institutionName(), SUBJECT, clock);
                if (archival.covers(mode)) {
                    PdfA2b.apply(doc);
                }
                PdfOutput.save(doc, out);
            } finally {
                docFonts.close();
            }
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, content.certificateNumber(), 0,
                    "cannot write certificate " + content.certificateNumber() + ": " + e.getMessage(), e);
        }
    }

    void renderAlignmentPage(OutputStream out) {
        try (PDDocument doc = new PDDocument()) {
            DocumentResources docFonts = new DocumentResources(doc);
            painter.paintAlignmentPage(doc, docFonts, composer.fitter());
            PdfInfo.set(doc, "alignment test page", "", SUBJECT, clock);
            if (archival.coversOtherDocuments()) {
                PdfA2b.apply(doc);
            }
            doc.save(out);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, "alignment page", 0,
                    "cannot write the alignment page: " + e.getMessage(), e);
        }
    }

    int writeBatch(Iterable<CertificateContent> contents, Mode mode, Path target) {
        return AtomicFile.write(target, out -> {
            int pages = 0;
            // the first 32 MB of page content stay in memory, the rest goes to a temporary file
            try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(32L << 20).streamCache)) {
                DocumentResources docFonts = new DocumentResources(doc);
                Iterator<CertificateContent> it = contents.iterator();
                while (it.hasNext()) {
                    CertificateContent c = it.next();
                    pages++;
                    try {
                        page(doc, docFonts, c, mode, false);
                    } catch (RenderException e) {
                        throw inBatch(e, pages, c);
                    }
                }
                PdfInfo.set(doc, pages + " certificates", "", SUBJECT, clock);
                if (archival.covers(mode)) {
                    PdfA2b.apply(doc);
                }
                doc.save(out);
            }
            return pages;
        });
    }

    int writeEach(Iterable<CertificateContent> contents, Mode mode, Path directory) {
        int count = 0;
        for (CertificateContent c : contents) {
            count++;
            int index = count;
            try {
                AtomicFile.write(directory.resolve(c.certificateNumber() + ".pdf"), out -> {
                    render(c, mode, out);
                    return index;
                });
            } catch (RenderException e) {
                throw inBatch(e, index, c);
            }
        }
        return count;
    }

    // everything that can fail on bad input happens before the page exists
    private void page(PDDocument doc, DocumentResources docFonts, CertificateContent content, Mode mode,
            boolean wholeDocument) throws IOException {
        Composition comp = composer.compose(content, mode);
        painter.paint(doc, docFonts, content, comp, mode, wholeDocument);
    }

    private static RenderException inBatch(RenderException e, int index, CertificateContent c) {
        return new RenderException(e.reason(), e.input(), e.position(),
                "certificate " + index + " of the batch (" + c.certificateNumber() + "): " + e.getMessage(), e);
    }
}
