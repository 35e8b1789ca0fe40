package org.skillcert.examples.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.NumberVerdict;
import org.skillcert.core.number.NumberingProfile;
import org.skillcert.spi.CertificateRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillcert verify FILE.pdf}: reads a certificate PDF back — the certificate number from the
 * text, the QR code from the rendered page — checks the number (R-NUM) and that the QR code
 * names the same certificate, reports a digital signature when there is one, and optionally looks
 * the number up in the registry.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads a certificate PDF back: the certificate number and the holder's name from the text layer, the QR"
                + " code from the page rendered at 200 dpi; checks the number against the Guangdong rule (R-NUM) and"
                + " that the QR code carries the same number. A digital signature, when present, is reported (its"
                + " cryptographic check is not done here). With --registry the number is also looked up in the"
                + " database (issued, superseded or revoked).",
            "Exit status: 0 consistent, 1 a check failed, 2 unreadable file or usage error.",
            ""
        })
final class VerifyCommand implements Callable<Integer> {
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Z0-9])[A-Z][0-9]{21}(?![0-9])");

    @ParentCommand
    SkillcertCommand parent;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The certificate PDF.")
    Path file;

    @Option(names = "--registry", description = "Also look the number up in the database.")
    boolean registry;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        Findings f = new Findings();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            f.pages = doc.getNumberOfPages();
            f.title = doc.getDocumentInformation().getTitle();
            Matcher m = NUMBER.matcher(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""));
            Set<String> numbers = new LinkedHashSet<>();
            while (m.find()) {
                numbers.add(m.group());
            }
            f.numbers = new ArrayList<>(numbers);
            f.qr = decodeQr(doc);
            for (PDSignature s : doc.getSignatureDictionaries()) {
                f.signatures.add(s.getName() == null ? "unnamed" : s.getName());
            }
        }
        f.number = f.numbers.isEmpty() ? null : f.numbers.get(0);
        NumberVerdict verdict = f.number == null ? null
                : CertificateNumber.check(f.number, NumberingProfile.GUANGDONG_TECHNICAL_SCHOOL);
        String qrNumber = f.qr == null ? null : f.qr.split("\n", -1)[0].strip();
        boolean ok = verdict != null && verdict.isValid() && f.number.equals(qrNumber);
        String status = null;
        if (registry && f.number != null) {
            try (StoreOptions.OpenStore open = store.open(parent)) {
                Optional<CertificateRecord> record = open.registry().byNumber(f.number);
                status = record.map(r -> r.status().name()).orElse("NOT_FOUND");
                ok &= "ISSUED".equals(status);
            }
        }
        if (json) {
            parent.out().println(new JsonObject().put("file", file.toString()).put("pages", f.pages)
                    .put("number", f.number).put("valid", verdict != null && verdict.isValid())
                    .put("reason", verdict == null || verdict.isValid() ? null : verdict.reason().orElseThrow().name())
                    .put("qr", f.qr).put("qrMatches", f.number != null && f.number.equals(qrNumber))
                    .put("signatures", f.signatures).put("registry", status).put("ok", ok));
        } else {
            parent.out().println(file + ": " + f.pages + " page(s)" + (f.title == null ? "" : ", title " + f.title));
            parent.out().println("  certificate number: " + (f.number == null ? "none found" : f.number + " — "
                    + (verdict.isValid() ? "valid (R-NUM-3), level " + verdict.orElseThrow().level().chineseText()
                            + ", serial " + verdict.orElseThrow().serial()
                            : "INVALID: " + verdict.reason().orElseThrow() + " at position " + verdict.position())));
            parent.out().println("  QR code: " + (f.qr == null ? "none decoded" : f.qr.replace("\n", " | ")
                    + (f.number != null && f.number.equals(qrNumber) ? " — matches" : " — DOES NOT MATCH the printed number")));
            parent.out().println("  signature: " + (f.signatures.isEmpty() ? "none" : f.signatures
                    + " present (not checked cryptographically)"));
            if (status != null) {
                parent.out().println("  registry: " + status);
            }
            parent.out().println(ok ? "consistent" : "NOT CONSISTENT");
        }
        return ok ? CommandLine.ExitCode.OK : Failures.REFUSED;
    }

    @Nullable
    private static String decodeQr(PDDocument doc) throws IOException {
        if (doc.getNumberOfPages() == 0) {
            return null;
        }
        BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap).getText();
        } catch (NotFoundException | ChecksumException | FormatException none) {
            return null;
        }
    }

    /** What was read from the file. */
    private static final class Findings {
        int pages;
        @Nullable
        String title;
        List<String> numbers = List.of();
        @Nullable
        String number;
        @Nullable
        String qr;
        final List<String> signatures = new ArrayList<>();
    }
}
