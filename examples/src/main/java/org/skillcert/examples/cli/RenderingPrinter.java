package org.skillcert.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillcert.core.identity.IdDocumentType;
import org.skillcert.core.issue.CertificatePrinter;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.render.CertificateContent;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.Mode;
import org.skillcert.render.Photo;
import org.skillcert.spi.CertificateRecord;

/**
 * The command line's {@link CertificatePrinter}: an electronic certificate becomes its own PDF
 * ({@code <number>.pdf}, written atomically); a certificate on pre-printed stock becomes a page of
 * the print run, the overlay that goes through the printer loaded with the blank sheets
 * (R-LAY-7), written by {@link #writePrintRun(Path)} once the batch is done.
 *
 * <p>Photos are the roster's photo references, resolved against the roster's folder; a missing
 * file leaves the photo frame empty rather than stopping the batch (the issuing rules do not
 * require a photo file).
 */
final class RenderingPrinter implements CertificatePrinter {
    private final CertificateRenderer renderer;
    private final Path photoFolder;
    private final Path certificateFolder;
    private final List<CertificateContent> printRun = new ArrayList<>();
    private int electronic;
    @javax.annotation.Nullable
    private org.skillcert.render.sign.CertificateSigner signer;

    RenderingPrinter(CertificateRenderer renderer, Path photoFolder, Path certificateFolder) {
        this.renderer = renderer;
        this.photoFolder = photoFolder;
        this.certificateFolder = certificateFolder;
    }

    @Override
    public void print(PrintJob job) {
        CertificateContent content = content(job);
        if (job.sheet() == 0 && signer != null) {
            // signed before it appears under its name: a crash leaves no unsigned certificate behind
            signer.write(certificateFolder.resolve(content.certificateNumber() + ".pdf"),
                    out -> renderer.render(content, Mode.ELECTRONIC, out));
            electronic++;
        } else if (job.sheet() == 0) {
            renderer.writeEach(List.of(content), Mode.ELECTRONIC, certificateFolder);
            electronic++;
        } else {
            // fitting checks every glyph and box now, so a bad page fails before the sheet is booked
            renderer.compose(content, Mode.OVERLAY);
            printRun.add(content);
        }
    }

    /**
     * Signs every electronic certificate written from now on (R-CERT-7), or none.
     *
     * @param signer the institution's signer, or null for unsigned certificates
     * @return this printer
     */
    RenderingPrinter signing(@javax.annotation.Nullable org.skillcert.render.sign.CertificateSigner signer) {
        this.signer = signer;
        return this;
    }

    /**
     * Writes the electronic certificate of a certificate issued without a sheet: issuing records it
     * and leaves the PDF to the caller (R-CERT-7).
     *
     * @param certificate the issued certificate
     * @param institution the issuing institution
     * @param photo the photo reference from the roster
     * @param onlyIfMissing true for a re-run: keep a PDF written before
     */
    void electronic(CertificateRecord certificate, org.skillcert.core.institution.Institution institution, String photo,
            boolean onlyIfMissing) {
        if (onlyIfMissing && Files.exists(certificateFolder.resolve(certificate.number() + ".pdf"))) {
            return;
        }
        print(new PrintJob(certificate, institution, photo, 0));
    }

    /**
     * Writes the pages for the blank stock collected so far as one PDF, in printing order
     * (a misprinted page and its reprint both appear).
     *
     * @param target the PDF file
     * @return the number of pages, 0 when nothing was printed on stock (then no file is written)
     */
    int writePrintRun(Path target) {
        return printRun.isEmpty() ? 0 : renderer.writeBatch(printRun, Mode.OVERLAY, target);
    }

    /** @return how many electronic certificates were written */
    int electronicCount() {
        return electronic;
    }

    /** @return how many pages wait for the print run */
    int printRunPages() {
        return printRun.size();
    }

    private CertificateContent content(PrintJob job) {
        CertificateRecord c = job.certificate();
        Path photo = photoFolder.resolve(job.photo());
        return CertificateContent.builder()
                .institutionName(job.institution().name().toString())
                .issueDate(c.issueDate())
                .holderName(c.holderName())
                .idType(c.idType(), IdDocumentType.parse(c.idType()).map(IdDocumentType::englishName).orElse(null))
                .idNumber(c.idNumber())
                .occupation(c.occupation(), null)
                .job(c.job(), null)
                .level(SkillLevel.of(c.level()))
                .certificateNumber(c.number())
                .sheetNumber(job.sheet() == 0 ? null : String.format("%08d", job.sheet()))
                .photo(!job.photo().isBlank() && Files.isRegularFile(photo) ? Photo.of(photo) : null)
                .queryUrls(job.institution().certificateQueryUrl().toString(),
                        job.institution().institutionQueryUrl().toString())
                .build();
    }
}
