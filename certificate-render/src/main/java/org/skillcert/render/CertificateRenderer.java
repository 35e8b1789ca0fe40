package org.skillcert.render;

import java.util.List;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.skillcert.render.font.FontLibrary;
import org.skillcert.render.font.FontRole;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.pdfa.ArchivalPolicy;

/**
 * Renders vocational skill level certificates (职业技能等级证书) as PDF: the electronic
 * certificate (R-CERT-7), the overlay for pre-printed stock (R-LAY-7) and its alignment test
 * page, one at a time or in batches.
 *
 * <pre>{@code
 * CertificateRenderer renderer = CertificateRenderer.builder().build();   // Guangdong layout
 * try (OutputStream out = Files.newOutputStream(Path.of("cert.pdf"))) {
 *     renderer.render(content, out);
 * }
 * }</pre>
 *
 * <p>Built once, a renderer is immutable and thread-safe: fonts are parsed once and shared,
 * each call makes its own document. It is a facade over three steps: composing (everything
 * placed, see {@link #compose}), painting what was composed, and writing documents and files. Everything on a page is fitted and checked (glyphs, sizes,
 * photo) before any byte is written, so an error never leaves a partial PDF; the batch methods
 * write to a temporary file and rename it.
 */
public final class CertificateRenderer {
    private final Layout layout;
    private final Calibration calibration;
    private final CertificateComposer composer;
    private final CertificateWriter writer;

    private CertificateRenderer(Builder b) {
        FontLibrary fonts = b.fonts != null ? b.fonts : FontLibrary.standard();
        this.layout = b.layout;
        this.calibration = b.calibration;
        this.composer = new CertificateComposer(fonts, b.layout, b.qrPayload, b.errorCorrection, b.steelSeal);
        this.writer = new CertificateWriter(composer, new CertificatePainter(b.layout, b.calibration, composer.staticTexts(),
                fonts.chain(FontRole.LATIN).get(0)), b.clock,
                b.archival);
    }

    /**
     * Starts a renderer: Guangdong layout, standard fonts (system, then bundled), the standard
     * QR payload at error correction M, no calibration, no steel seal.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the layout.
     *
     * @return the layout
     */
    public Layout layout() {
        return layout;
    }

    /**
     * Returns the calibration the overlay uses.
     *
     * @return the calibration
     */
    public Calibration calibration() {
        return calibration;
    }

    /**
     * Works out where everything of a certificate goes, without drawing.
     *
     * @param content the certificate
     * @param mode electronic (everything) or overlay (variable content only)
     * @return the composition
     * @throws RenderException {@code MISSING_GLYPH}, {@code TEXT_DOES_NOT_FIT} or {@code QR_TOO_DENSE}
     */
    public Composition compose(CertificateContent content, Mode mode) {
        return composer.compose(content, mode);
    }

    /**
     * Checks a certificate before anything is recorded for it, listing every problem rather than
     * the first: each printed value is fitted into its box with the renderer's own fonts and
     * layout (a character without a glyph, a value too long for its box), and the photo is checked
     * ({@link Photo#check()}). A certificate with no problems composes and renders.
     *
     * @param content the certificate (a provisional number of the right shape is enough)
     * @param mode electronic or overlay: the overlay prints fewer fields
     * @return the problems, empty when the certificate can be rendered; each names the layout
     *     element ({@code holder.name}, {@code occupation}, …) or the photo file in {@code input()}
     */
    public List<RenderException> check(CertificateContent content, Mode mode) {
        return composer.check(content, mode);
    }

    /**
     * Renders the electronic certificate (R-CERT-7) as a one-page PDF.
     *
     * @param content the certificate
     * @param out where the PDF goes; written only once everything is drawn; not closed
     * @throws RenderException for a missing glyph, an overlong value, a bad photo, or {@code IO_FAILED}
     */
    public void render(CertificateContent content, OutputStream out) {
        render(content, Mode.ELECTRONIC, out);
    }

    /**
     * Renders the overlay for pre-printed stock (R-LAY-7) with this renderer's calibration.
     *
     * @param content the certificate
     * @param out where the PDF goes; not closed
     * @throws RenderException as {@link #render(CertificateContent, OutputStream)}
     */
    public void renderOverlay(CertificateContent content, OutputStream out) {
        render(content, Mode.OVERLAY, out);
    }

    /**
     * Renders one certificate page in the given mode.
     *
     * @param content the certificate
     * @param mode electronic or overlay
     * @param out where the PDF goes; not closed
     * @throws RenderException as {@link #render(CertificateContent, OutputStream)}
     */
    public void render(CertificateContent content, Mode mode, OutputStream out) {
        writer.render(content, mode, out);
    }

    /**
     * Renders the alignment test page for this renderer's calibration: crosshairs at the
     * top-left corner of every box the overlay prints into and at the corners of the stock's
     * border, labelled, so the printer's offset can be read off against the pre-printed sheet.
     *
     * @param out where the PDF goes; not closed
     * @throws RenderException {@code IO_FAILED}
     */
    public void renderAlignmentPage(OutputStream out) {
        writer.renderAlignmentPage(out);
    }

    /**
     * Renders many certificates into one multi-page PDF (a print run: fonts embedded once),
     * streaming: certificates are read one at a time and page content is kept in a temporary
     * file, so memory does not grow with the batch. The file appears under its name only when
     * complete (temporary file, then rename).
     *
     * @param contents the certificates, read once, in order
     * @param mode electronic or overlay
     * @param target the PDF file to write; replaced if it exists
     * @return the number of pages written
     * @throws RenderException the first certificate's error (the message names its place in the
     *     batch); nothing is left under {@code target}
     */
    public int writeBatch(Iterable<CertificateContent> contents, Mode mode, Path target) {
        return writer.writeBatch(contents, mode, target);
    }

    /**
     * Renders each certificate to its own PDF in a directory, named
     * {@code <certificate number>.pdf}, each written atomically; streaming, one certificate in
     * memory at a time.
     *
     * @param contents the certificates, read once, in order
     * @param mode electronic or overlay
     * @param directory an existing directory
     * @return the number of files written
     * @throws RenderException the first failing certificate's error; the files before it are complete
     */
    public int writeEach(Iterable<CertificateContent> contents, Mode mode, Path directory) {
        return writer.writeEach(contents, mode, directory);
    }

    /** Collects a renderer's settings; not thread-safe. */
    public static final class Builder {
        private FontLibrary fonts;
        private Layout layout = Layout.guangdong();
        private QrPayload qrPayload = QrPayload.standard();
        private QrErrorCorrection errorCorrection = QrErrorCorrection.M;
        private Calibration calibration = Calibration.NONE;
        private boolean steelSeal;
        private Clock clock = Clock.systemDefaultZone();
        private ArchivalPolicy archival = ArchivalPolicy.ELECTRONIC_CERTIFICATES;

        private Builder() {
        }

        /**
         * Sets the fonts (default {@link FontLibrary#standard()}; tests use {@link FontLibrary#bundledOnly()}).
         *
         * @param library the fonts
         * @return this builder
         */
        public Builder fonts(FontLibrary library) {
            this.fonts = Objects.requireNonNull(library);
            return this;
        }

        /**
         * Sets the layout (default {@link Layout#guangdong()}).
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout);
            return this;
        }

        /**
         * Sets what the QR code says (default {@link QrPayload#standard()}).
         *
         * @param payload the payload function
         * @return this builder
         */
        public Builder qrPayload(QrPayload payload) {
            this.qrPayload = Objects.requireNonNull(payload);
            return this;
        }

        /**
         * Sets the QR error correction level (default {@link QrErrorCorrection#M}).
         *
         * @param level the level
         * @return this builder
         */
        public Builder errorCorrection(QrErrorCorrection level) {
            this.errorCorrection = Objects.requireNonNull(level);
            return this;
        }

        /**
         * Sets the printer calibration the overlay uses (default none).
         *
         * @param calibration the calibration
         * @return this builder
         */
        public Builder calibration(Calibration calibration) {
            this.calibration = Objects.requireNonNull(calibration);
            return this;
        }

        /**
         * Draws a steel seal mark over the photo's corner (R-LAY-6; default off).
         *
         * @param on true to draw it
         * @return this builder
         */
        public Builder steelSeal(boolean on) {
            this.steelSeal = on;
            return this;
        }

        /**
         * Sets the clock for the PDF creation date (default the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Sets which documents are written as PDF/A-2b (default
         * {@link ArchivalPolicy#ELECTRONIC_CERTIFICATES}: electronic certificates, R-CERT-7).
         *
         * @param policy which documents
         * @return this builder
         */
        public Builder archival(ArchivalPolicy policy) {
            this.archival = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * Builds the renderer, fitting and glyph-checking the layout's fixed wording.
         *
         * @return the renderer
         * @throws RenderException {@code LAYOUT_INVALID} for an unknown field id,
         *     {@code MISSING_GLYPH}/{@code TEXT_DOES_NOT_FIT} for the layout's own wording
         */
        public CertificateRenderer build() {
            return new CertificateRenderer(this);
        }
    }
}
