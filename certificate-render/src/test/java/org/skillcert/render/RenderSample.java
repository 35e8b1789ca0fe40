package org.skillcert.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the README's sample: {@code certificate-render/sample [OUT.png] [DPI]} renders
 * {@link Samples#certificate()} with the bundled fonts and saves page 1 as PNG (default
 * {@code docs/certificate.png} at 100 dpi), plus the PDF beside it in {@code target/}.
 */
public final class RenderSample {
    private RenderSample() {
    }

    /**
     * Renders the sample.
     *
     * @param args optional output PNG path and dpi
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "docs/certificate.png");
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path pdf = Path.of("certificate-render/target/sample-certificate.pdf");
        Files.createDirectories(pdf.getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Samples.builder().steelSeal(true).build().render(Samples.certificate(), out);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            ImageIO.write(image, "png", png.toFile());
        }
        System.out.println("wrote " + png + " and " + pdf);
    }
}
