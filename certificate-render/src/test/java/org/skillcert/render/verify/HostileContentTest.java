package org.skillcert.render.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * A file whose content never ends being drawn is refused, not read for ever: a form XObject that
 * draws itself twice is 2^50 draws under PDFBox's nesting limit of 50 (what a fuzzed certificate
 * did to {@code VerifyFuzzTest}, which then ran for more than 15 minutes).
 */
class HostileContentTest {
    private static byte[] selfDrawingForm() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(100, 100));
            PDResources formResources = new PDResources();
            form.setResources(formResources);
            COSName self = formResources.add(form);
            try (OutputStream out = form.getContentStream().createOutputStream()) {
                out.write(("/" + self.getName() + " Do /" + self.getName() + " Do 0 0 1 1 re f (S000044012000253000001) Tj\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            PDResources pageResources = new PDResources();
            page.setResources(pageResources);
            COSName onPage = pageResources.add(form);
            org.apache.pdfbox.pdmodel.common.PDStream contents = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (OutputStream out = contents.createOutputStream()) {
                out.write(("/" + onPage.getName() + " Do\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void formsDrawingThemselvesOverAndOverAreRefusedPromptly() throws IOException {
        byte[] hostile = selfDrawingForm();
        CertificateVerifier verifier = CertificateVerifier.builder().build();
        VerificationReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> verifier.verify(hostile, "hostile.pdf"));
        assertEquals(Outcome.UNREADABLE, report.outcome(), report.findings().toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.reason() == Finding.Reason.NOT_A_PDF
                && f.detail().contains("operators")), report.findings().toString());
    }
}
