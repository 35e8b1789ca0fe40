package org.skillcert.examples.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoPhoto;
import org.skillcert.render.CertificateContent;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.Photo;

/**
 * Example 4: generate a certificate PDF programmatically from plain values, with no database and
 * no workflow: useful for a preview, a re-print from another system's records, or a layout check.
 *
 * <p>Run it with the output file as argument (default {@code certificate.pdf}):
 * {@code java -cp examples/target/skillcert.jar org.skillcert.examples.usage.RenderPdfExample /tmp/cert.pdf}
 */
public final class RenderPdfExample {

    private RenderPdfExample() {
    }

    /**
     * The certificate this example draws: every field of R-CERT-1 as a plain value.
     *
     * @return the content
     */
    public static CertificateContent content() {
        return CertificateContent.builder()
                .institutionName("广州市穗华技工学校")                 // the filed name (R-CERT-3)
                .issueDate(LocalDate.of(2026, 4, 3))
                .holderName("欧阳晓峰")
                .idType("居民身份证", "Resident ID Card")
                .idNumber("11010519491231002X")
                .occupation("汽车维修工", "Automobile Maintenance Worker")
                .job("汽车机械维修工", null)
                .level(SkillLevel.LEVEL_3)                          // printed 三级/高级工 (R-LVL-1)
                .certificateNumber("S000044012017263000001")        // from the sequencer in real use
                .photo(Photo.of(DemoPhoto.jpeg(7)))                 // JPEG or PNG bytes, or a file
                .build();
    }

    /**
     * Writes the example certificate.
     *
     * @param args the output file, optional
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "certificate.pdf");
        // build once, reuse for every certificate: fonts are parsed once and shared
        CertificateRenderer renderer = CertificateRenderer.builder().build();
        try (OutputStream out = Files.newOutputStream(target)) {
            renderer.render(content(), out);
        }
        System.out.println("wrote " + target.toAbsolutePath() + " (" + Files.size(target) + " bytes)");
    }
}
