package org.skillcert.render.pdfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.CertificateContent;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.form.FormRenderer;
import org.skillcert.render.Mode;
import org.skillcert.render.form.ProofContent;
import org.skillcert.render.Samples;

/**
 * R-CERT-7: electronic certificates (and, as an option, proofs and print-run pages) are PDF/A-2b,
 * checked by veraPDF, a validator nobody here wrote, with zero failed rules.
 */
class PdfATest {

    private static byte[] render(CertificateRenderer renderer, CertificateContent content, Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(content, mode, out);
        return out.toByteArray();
    }

    @Test
    void electronicCertificateIsPdfA2bByDefault() throws Exception {
        byte[] pdf = render(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC);
        assertEquals(List.of(), VeraPdf.failedRules(pdf));
    }

    @Test
    void electronicCertificateWithSteelSealIsPdfA2b() throws Exception {
        // the steel seal is drawn with a constant alpha: transparency PDF/A-2 allows once an output intent exists
        byte[] pdf = render(Samples.builder().steelSeal(true).build(), Samples.certificate(), Mode.ELECTRONIC);
        assertEquals(List.of(), VeraPdf.failedRules(pdf));
    }

    @Test
    void electronicCertificateWithRareAndAccentedCharactersIsPdfA2b() throws Exception {
        // characters outside GB 2312 (one beyond the BMP) come from the full WenKai face, accented
        // Latin letters are composite glyphs in Liberation Serif: every value font is cut per document
        CertificateContent content = CertificateContent.builder()
                .institutionName("广州市白云工商技师学院")
                .institutionNameEnglish("Guangzhou Baiyun Industrial and Commercial Technician College")
                .issueDate(java.time.LocalDate.of(2025, 6, 30))
                .holderName("\uD842\uDFB7龘丨後")
                .idType("居民身份证", "Resident Identity Card")
                .idNumber("440106199003072816")
                .occupation("电工", "Électricien Ñúñez")
                .job(null, null)
                .level(org.skillcert.core.number.SkillLevel.LEVEL_3)
                .certificateNumber("S000044012000253000001")
                .sheetNumber("00012345")
                .build();
        byte[] pdf = render(Samples.renderer(), content, Mode.ELECTRONIC);
        assertEquals(List.of(), VeraPdf.failedRules(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("\uD842\uDFB7龘丨後") && text.contains("Électricien Ñúñez"), text);
        }
    }

    @Test
    void overlayIsPlainPdfByDefaultAndPdfA2bOnRequest() throws Exception {
        byte[] plain = render(Samples.renderer(), Samples.certificate(), Mode.OVERLAY);
        assertFalse(VeraPdf.failedRules(plain).isEmpty(), "an overlay is plain PDF unless asked");
        byte[] archival = render(Samples.builder().archival(ArchivalPolicy.ALL_DOCUMENTS).build(),
                Samples.certificate(), Mode.OVERLAY);
        assertEquals(List.of(), VeraPdf.failedRules(archival));
    }

    @Test
    void noneMeansPlainPdf() throws Exception {
        byte[] pdf = render(Samples.builder().archival(ArchivalPolicy.NONE).build(), Samples.certificate(), Mode.ELECTRONIC);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(null, doc.getDocumentCatalog().getMetadata());
            assertTrue(doc.getDocumentCatalog().getOutputIntents().isEmpty());
        }
    }

    @Test
    void printRunPagesArePdfA2bOnRequest(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run.pdf");
        CertificateRenderer renderer = Samples.builder().archival(ArchivalPolicy.ALL_DOCUMENTS).build();
        renderer.writeBatch(List.of(Samples.certificate(), Samples.certificate()), Mode.OVERLAY, run);
        assertEquals(List.of(), VeraPdf.failedRules(Files.readAllBytes(run)));
    }

    @Test
    void proofIsPdfA2bOnRequest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormRenderer.of(Samples.fonts(), Samples.CLOCK).pdfA(true)
                .renderProof(ProofContent.of(Samples.certificate()).date(java.time.LocalDate.of(2025, 9, 12)).build(), out);
        assertEquals(List.of(), VeraPdf.failedRules(out.toByteArray()));
    }
}
