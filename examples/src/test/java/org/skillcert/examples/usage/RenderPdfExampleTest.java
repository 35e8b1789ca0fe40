package org.skillcert.examples.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderPdfExampleTest {

    @Test
    void theExampleWritesACertificateWithEveryValue(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("cert.pdf");
        RenderPdfExample.main(new String[] {pdf.toString()});
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            // R-CERT-1 fields, R-LVL-1 level text
            for (String value : new String[] {"欧阳晓峰", "11010519491231002X", "汽车维修工", "汽车机械维修工",
                "三级/高级工", "S000044012017263000001", "职业技能等级证书"}) {
                assertTrue(text.contains(value), value + " in " + text);
            }
        }
    }
}
