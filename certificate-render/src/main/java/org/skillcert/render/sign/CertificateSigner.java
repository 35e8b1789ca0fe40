package org.skillcert.render.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.render.layout.Box;
import org.skillcert.render.layout.Element;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.sign.internal.AtomicWrite;
import org.skillcert.render.sign.internal.Bouncy;

/**
 * Signs certificate PDFs for the institution (R-CERT-7) with a PAdES baseline signature: B-B
 * (CMS {@code ETSI.CAdES.detached}, SHA-256, the signing-certificate-v2 attribute, the chain
 * embedded, the signing time in the signature dictionary) and, with a time-stamp authority, B-T
 * (an RFC 3161 time-stamp on the signature value). The signature is added as an incremental
 * update, so a PDF/A-2b document stays PDF/A-2b, and it covers the whole file except its own
 * value: any later change shows.
 *
 * <pre>{@code
 * SigningKey key = SigningKey.fromPkcs12(Path.of("institution.p12"), password);
 * CertificateSigner signer = CertificateSigner.builder(key).build();   // checks key and certificate now
 * signer.write(Path.of("cert.pdf"), out -> renderer.render(content, out));
 * }</pre>
 *
 * <p>Built once, a signer is immutable and thread-safe; a batch loads the key once and reuses it.
 * Needs BouncyCastle on the class path (see the package documentation).
 */
public final class CertificateSigner {
    private final SigningKey key;
    @Nullable
    private final URI timeStampAuthority;
    private final Clock clock;
    private final String reason;
    private final String location;
    @Nullable
    private final double[] visibleAreaMm;

    private CertificateSigner(Builder b) {
        this.key = b.key;
        this.timeStampAuthority = b.timeStampAuthority;
        this.clock = b.clock;
        this.reason = b.reason;
        this.location = b.location;
        this.visibleAreaMm = b.visibleAreaMm;
    }

    /**
     * Starts a signer for a key: no time-stamp authority (PAdES B-B), the system clock, an invisible signature.
     *
     * @param key the institution's key and chain
     * @return a new builder
     */
    public static Builder builder(SigningKey key) {
        return new Builder(key);
    }

    /**
     * Returns the key this signer signs with.
     *
     * @return the key
     */
    public SigningKey key() {
        return key;
    }

    /**
     * Signs a PDF held in memory.
     *
     * @param pdf the PDF
     * @return the signed PDF: the original bytes followed by the signature's incremental update
     * @throws SignException {@code PDF_UNREADABLE}, {@code CERTIFICATE_EXPIRED} (the clock moved past
     *     the certificate since the signer was built), {@code TIME_STAMP_FAILED}, {@code IO_FAILED}
     */
    public byte[] sign(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        sign(pdf, out);
        return out.toByteArray();
    }

    /**
     * Signs a PDF held in memory, writing the signed PDF to a stream.
     *
     * @param pdf the PDF
     * @param out where the signed PDF goes; not closed
     * @throws SignException as {@link #sign(byte[])}
     */
    public void sign(byte[] pdf, OutputStream out) {
        key.checkValidAt(clock.instant());
        org.skillcert.render.sign.internal.PdfSigning.sign(pdf, out, key, timeStampAuthority, clock, reason, location,
                visibleAreaMm);
    }

    /**
     * Signs a PDF file into another file (or itself), which appears under its name only when complete.
     *
     * @param source the PDF to sign
     * @param target the signed PDF; replaced if it exists; may be {@code source}
     * @throws SignException {@code IO_FAILED} when {@code source} cannot be read, else as {@link #sign(byte[])}
     */
    public void signFile(Path source, Path target) {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new SignException(SignException.Reason.IO_FAILED, source.toString(),
                    "cannot read " + source + ": " + e.getMessage(), e);
        }
        AtomicWrite.write(target, out -> sign(pdf, out));
    }

    /**
     * Writes a document and signs it: the document is written to memory by {@code unsigned}, signed,
     * and the signed PDF appears under {@code target} only when complete (a crash leaves either no
     * file or the whole signed file, never an unsigned one).
     *
     * @param target the signed PDF; replaced if it exists
     * @param unsigned writes the unsigned PDF, e.g. {@code out -> renderer.render(content, out)}
     * @throws SignException as {@link #sign(byte[])}; whatever {@code unsigned} throws passes through
     */
    public void write(Path target, PdfWriter unsigned) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        unsigned.write(pdf);
        AtomicWrite.write(target, out -> sign(pdf.toByteArray(), out));
    }

    /** Writes an unsigned PDF to a stream. */
    @FunctionalInterface
    public interface PdfWriter {
        /**
         * Writes the PDF.
         *
         * @param out where it goes; not to be closed
         */
        void write(OutputStream out);
    }

    /** Collects a signer's settings; not thread-safe. */
    public static final class Builder {
        private final SigningKey key;
        @Nullable
        private URI timeStampAuthority;
        private Clock clock = Clock.systemUTC();
        private String reason = "职业技能等级证书 (R-CERT-7)";
        private String location = "";
        @Nullable
        private double[] visibleAreaMm;

        private Builder(SigningKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Adds an RFC 3161 time-stamp from this authority to every signature (PAdES B-T).
         *
         * @param url the authority's HTTP address
         * @return this builder
         */
        public Builder timeStampAuthority(URI url) {
            String scheme = url.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("a time-stamp authority is an http or https address: " + url);
            }
            this.timeStampAuthority = url;
            return this;
        }

        /**
         * Sets the clock for the signing time (default the system clock, UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Sets the reason shown with the signature (default {@code 职业技能等级证书 (R-CERT-7)}).
         *
         * @param reason the reason, may be empty
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = Objects.requireNonNull(reason);
            return this;
        }

        /**
         * Sets the location shown with the signature (default none).
         *
         * @param location e.g. the institution's city, may be empty
         * @return this builder
         */
        public Builder location(String location) {
            this.location = Objects.requireNonNull(location);
            return this;
        }

        /**
         * Makes the signature visible over the seal of a layout: a signature field whose (empty)
         * appearance lies over the drawn seal, so that clicking the seal in a viewer shows the
         * signature; the page looks the same (default: an invisible signature).
         *
         * @param layout the layout the certificates are rendered with; must have a seal element
         * @return this builder
         * @throws IllegalArgumentException if the layout has no seal
         */
        public Builder visibleOnSeal(Layout layout) {
            for (Element e : layout.elements()) {
                if (e.kind() == Element.Kind.SEAL) {
                    Box b = e.box();
                    this.visibleAreaMm = new double[] {b.x(), b.y(), b.width(), b.height()};
                    return this;
                }
            }
            throw new IllegalArgumentException("layout " + layout.name() + " has no seal element");
        }

        /**
         * Builds the signer, checking now what would otherwise fail on the first document.
         *
         * @return the signer
         * @throws SignException {@code BOUNCYCASTLE_MISSING}, {@code CERTIFICATE_EXPIRED},
         *     {@code CERTIFICATE_NOT_YET_VALID}, {@code UNSUPPORTED_KEY}
         */
        public CertificateSigner build() {
            Bouncy.require("signing");
            key.checkValidAt(clock.instant());
            key.signatureAlgorithm();
            return new CertificateSigner(this);
        }
    }
}
