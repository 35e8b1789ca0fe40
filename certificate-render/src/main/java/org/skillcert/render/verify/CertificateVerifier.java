package org.skillcert.render.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.layout.Layout;
import org.skillcert.render.sign.internal.Bouncy;
import org.skillcert.render.verify.internal.CertificatePage;
import org.skillcert.render.verify.internal.SignatureCheck;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateRegistry;
import org.skillcert.spi.CertificateStatus;

/**
 * Verifies a certificate PDF (R-CERT-7) the way a person receiving it needs: is it signed, and
 * does the signature cover the whole file as it is now; does the CMS signature hold, who signed
 * and when (a time-stamp proves when; without one the signer certificate must still be valid
 * now); with trust anchors, does the signer chain to one of them; is the printed certificate
 * number well-formed (R-NUM) and the same in the QR code; and, with a registry, is the
 * certificate in force and are the holder's name, ID number, occupation, job and level printed as
 * the registry has them.
 *
 * <pre>{@code
 * CertificateVerifier verifier = CertificateVerifier.builder().trustAnchors(caCertificates).registry(registry).build();
 * VerificationReport report = verifier.verify(Path.of("cert.pdf"));
 * if (!report.isValid()) { report.findings().forEach(f -> System.out.println(f)); }
 * }</pre>
 *
 * <p>What it cannot know: whether the trust anchors are the right ones, whether the signer's
 * certificate was revoked (no revocation check), and, for an unsigned file, whether it was altered.
 * Bounded: files over {@link #MAX_FILE_BYTES} and pages over {@link #MAX_PAGE_MM} a side are
 * refused before parsing or rendering. Immutable and thread-safe when the registry is.
 */
public final class CertificateVerifier {
    /** The largest file read: a certificate is a few hundred kilobytes. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** The largest page side rendered to look for the QR code, in millimetres (A2 is 420 × 594). */
    public static final double MAX_PAGE_MM = 600;
    // grey bytes of the rendered page: 16 MB whatever the page size
    private static final long MAX_PIXELS = 16_000_000L;
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Z0-9])[A-Z][0-9]{21}(?![0-9])");

    private final List<X509Certificate> anchors;
    @Nullable
    private final CertificateRegistry registry;
    private final Layout layout;
    private final Clock clock;

    private CertificateVerifier(Builder b) {
        this.anchors = List.copyOf(b.anchors);
        this.registry = b.registry;
        this.layout = b.layout;
        this.clock = b.clock;
    }

    /**
     * Starts a verifier: no trust anchors, no registry, the Guangdong layout, the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a PDF file.
     *
     * @param file the PDF
     * @return the report; an unreadable file gives {@link Outcome#UNREADABLE}, never an exception
     */
    public VerificationReport verify(Path file) {
        String name = file.toString();
        byte[] pdf;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new VerificationReport.Builder(name).add(Finding.Reason.FILE_TOO_LARGE, name + " has " + size
                        + " bytes; verify reads files up to " + MAX_FILE_BYTES + " bytes").build();
            }
            try (InputStream in = Files.newInputStream(file)) {
                pdf = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return new VerificationReport.Builder(name).add(Finding.Reason.NOT_A_PDF, "no such file: " + name).build();
        } catch (IOException e) {
            return new VerificationReport.Builder(name).add(Finding.Reason.NOT_A_PDF, name + " cannot be read: "
                    + e.getMessage()).build();
        }
        return verify(pdf, name);
    }

    /**
     * Verifies a PDF held in memory.
     *
     * @param pdf the PDF's bytes
     * @param name what to call it in the report, e.g. its file name
     * @return the report; an unreadable file gives {@link Outcome#UNREADABLE}, never an exception
     */
    public VerificationReport verify(byte[] pdf, String name) {
        VerificationReport.Builder r = new VerificationReport.Builder(name);
        r.trustChecked = !anchors.isEmpty();
        if (pdf.length == 0) {
            return r.add(Finding.Reason.EMPTY_FILE, name + " is empty (0 bytes), not a PDF").build();
        }
        if (pdf.length > MAX_FILE_BYTES) {
            return r.add(Finding.Reason.FILE_TOO_LARGE, name + " is larger than " + MAX_FILE_BYTES + " bytes").build();
        }
        if (!startsAsPdf(pdf)) {
            return r.add(Finding.Reason.NOT_A_PDF, name + " does not start with %PDF- (not a PDF file)").build();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            r.pages = doc.getNumberOfPages();
            if (r.pages == 0) {
                return r.add(Finding.Reason.NO_PAGE, name + " has no page").build();
            }
            signatures(doc, pdf, r);
            content(doc, name, r);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files with many exception types; a hostile file is unreadable, not a crash
            r.add(Finding.Reason.NOT_A_PDF, name + " is damaged and cannot be read as a PDF: " + message(e));
        } catch (StackOverflowError e) {
            r.add(Finding.Reason.NOT_A_PDF, name + " is damaged: its objects nest too deeply to read");
        }
        return r.build();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static boolean startsAsPdf(byte[] pdf) {
        // PDF 32000 7.5.2 lets readers accept the header within the first 1024 bytes
        int limit = Math.min(pdf.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (pdf[i] == '%' && pdf[i + 1] == 'P' && pdf[i + 2] == 'D' && pdf[i + 3] == 'F' && pdf[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private void signatures(PDDocument doc, byte[] pdf, VerificationReport.Builder r) throws IOException {
        List<PDSignature> signatures = doc.getSignatureDictionaries();
        if (signatures.isEmpty()) {
            r.add(Finding.Reason.NO_SIGNATURE, "the PDF carries no signature: nothing shows it was not altered");
            return;
        }
        Optional<String> missing = Bouncy.missing();
        if (missing.isPresent()) {
            r.add(Finding.Reason.SIGNATURE_NOT_CHECKED, signatures.size() + " signature(s) present but not checked:"
                    + " checking needs BouncyCastle, add " + Bouncy.ARTIFACTS + " to the class path");
            return;
        }
        Instant now = clock.instant();
        List<SignatureCheck.Result> results = new ArrayList<>();
        long lastEnd = -1;
        for (PDSignature s : signatures) {
            SignatureCheck.Result result = SignatureCheck.check(pdf, s, anchors, now);
            results.add(result);
            lastEnd = Math.max(lastEnd, result.end);
        }
        for (SignatureCheck.Result result : results) {
            r.signatures.add(result.report);
            for (Finding f : result.findings) {
                // an earlier signature is followed by the later ones' revisions; only the last must reach the end
                if (f.reason() != Finding.Reason.CHANGED_AFTER_SIGNING || result.end == lastEnd) {
                    r.findings.add(f);
                }
            }
        }
    }

    private void content(PDDocument doc, String name, VerificationReport.Builder r) throws IOException {
        Map<String, String> fields = CertificatePage.fields(doc, layout);
        r.printed.putAll(fields);
        String number = null;
        String inBox = fields.getOrDefault("certificate.number", "");
        if (NUMBER.matcher(inBox).matches()) {
            number = inBox;
        } else {
            Matcher m = NUMBER.matcher(CertificatePage.compact(CertificatePage.text(doc)));
            if (m.find()) {
                number = m.group();
            }
        }
        r.number = number;
        if (number == null) {
            r.add(Finding.Reason.NUMBER_NOT_FOUND, "no certificate number (a letter and 21 digits) in the text");
        } else {
            NumberVerdict verdict = CertificateNumber.check(number, NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL);
            if (!verdict.isValid()) {
                r.add(Finding.Reason.NUMBER_INVALID, "the printed number " + number + " breaks R-NUM: "
                        + verdict.reason().orElseThrow() + " at position " + verdict.position());
            }
        }
        double[] mm = CertificatePage.sizeMm(doc.getPage(0));
        if (mm[0] > MAX_PAGE_MM || mm[1] > MAX_PAGE_MM) {
            r.add(Finding.Reason.PAGE_TOO_LARGE, String.format(Locale.ROOT,
                    "%s: the page is %.0f × %.0f mm; verify renders pages up to %.0f mm a side (limit)", name, mm[0], mm[1],
                    MAX_PAGE_MM));
        } else {
            r.qrText = CertificatePage.qr(doc, MAX_PIXELS, layout).orElse(null);
            if (r.qrText == null) {
                r.add(Finding.Reason.QR_NOT_FOUND, "no QR code could be decoded from the page");
            } else if (number != null) {
                String qrNumber = r.qrText.split("\n", -1)[0].strip();
                if (!number.equals(qrNumber)) {
                    r.add(Finding.Reason.QR_MISMATCH, "the QR code names " + qrNumber + ", the text " + number);
                }
            }
        }
        if (registry != null && number != null) {
            Optional<CertificateRecord> found = registry.byNumber(number);
            r.registryStatus = found.map(c -> c.status().name()).orElse("NOT_FOUND");
            if (found.isEmpty()) {
                r.add(Finding.Reason.NOT_IN_REGISTRY, "the registry has no certificate " + number);
            } else {
                CertificateRecord c = found.get();
                if (c.status() != CertificateStatus.ISSUED) {
                    r.add(Finding.Reason.NOT_IN_FORCE, number + " is " + c.status() + " in the registry"
                            + (c.statusReason() == null ? "" : " (" + c.statusReason() + ")"));
                }
                compare(r, fields, "holder.name", "holder's name", c.holderName(), true);
                compare(r, fields, "id.number", "ID number", c.idNumber(), false);
                compare(r, fields, "occupation", "occupation", c.occupation(), true);
                compare(r, fields, "job", "job", c.job().isBlank() ? "--" : c.job(), true);
                compare(r, fields, "skill.level", "level", SkillLevel.of(c.level()).chineseText(), true);
            }
        }
    }

    // the registry's values are never echoed: a forger holding a real number must not learn the real holder's data
    private static void compare(VerificationReport.Builder r, Map<String, String> printed, String id, String label,
            String registryValue, boolean showPrinted) {
        String onPage = printed.get(id);
        if (onPage == null) {
            return;
        }
        if (!onPage.equals(CertificatePage.compact(registryValue))) {
            r.add(Finding.Reason.FIELD_MISMATCH, label + ": the printed "
                    + (showPrinted ? (onPage.isEmpty() ? "(nothing)" : onPage) + " " : "value ")
                    + "is not what the registry holds for " + r.number);
        }
    }

    /** Collects a verifier's settings; not thread-safe. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        @Nullable
        private CertificateRegistry registry;
        private Layout layout = Layout.guangdong();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Adds trust anchors: the signer must chain to one of them (PKIX, no revocation check).
         * Without any, the signer is not checked against a trust list and the report says so.
         *
         * @param certificates CA certificates
         * @return this builder
         */
        public Builder trustAnchors(List<X509Certificate> certificates) {
            for (X509Certificate c : certificates) {
                anchors.add(Objects.requireNonNull(c));
            }
            return this;
        }

        /**
         * Compares the certificate with a registry: status and the holder's printed details.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder registry(CertificateRegistry registry) {
            this.registry = Objects.requireNonNull(registry);
            return this;
        }

        /**
         * Sets the layout the certificates were rendered with, to find the printed details (default Guangdong).
         *
         * @param layout the layout
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout);
            return this;
        }

        /**
         * Sets the clock for "now", when a signer certificate is checked without a time-stamp (default system).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public CertificateVerifier build() {
            return new CertificateVerifier(this);
        }
    }
}
