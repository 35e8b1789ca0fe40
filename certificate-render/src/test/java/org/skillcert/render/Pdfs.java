package org.skillcert.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading produced PDFs back in tests. */
final class Pdfs {
    static final double PT = 72 / 25.4;

    private Pdfs() {
    }

    static byte[] certificate(CertificateRenderer renderer, CertificateContent content, Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(content, mode, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PageInk.Mark> ink(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PageInk.of(doc, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage image(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
