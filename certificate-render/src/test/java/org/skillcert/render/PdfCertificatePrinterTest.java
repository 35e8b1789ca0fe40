package org.skillcert.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.core.institution.EvaluationScope;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.IssuedCertificate;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.spi.CertificateRecord;

/** The ready printer's file path (R-CERT-7): whole files under their names, flushed a group at a time. */
class PdfCertificatePrinterTest {
    private static final Institution SCHOOL = Institution.builder().name("佛山市顺德区技工学校").siteCode("S000044062001")
            .scope(EvaluationScope.builder().add("电工", "--", SkillLevel.LEVEL_5).build())
            .build();

    private static PrintJob job(int serial) {
        CertificateRecord record = CertificateRecord.issued(String.format("S000044062001265%06d", serial), "陈志强", "居民身份证",
                "440106198001010000", "电工", "--", 5, LocalDate.of(2026, 10, 16), SCHOOL.name().toString(), 0,
                "R-" + serial, null);
        return new PrintJob(IssuedCertificate.from(record), SCHOOL, "photo.jpg", 0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void certificatesWrittenWithoutWaitingForTheDiskAreWholeAtOnceAndTheSameAsPrintedOnes(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path durable = Files.createDirectories(dir.resolve("durable"));
        Files.write(dir.resolve("photo.jpg"), Samples.photoJpeg());
        CertificateRenderer renderer = Samples.renderer();
        PdfCertificatePrinter printer = PdfCertificatePrinter.of(renderer, out, dir);
        printer.printUnsynced(job(1));
        printer.printUnsynced(job(2));
        // complete under its name before any sync, no temporary file beside it
        assertEquals(List.of("S000044062001265000001.pdf", "S000044062001265000002.pdf"), names(out));
        printer.sync();
        printer.sync();
        assertEquals(2, printer.electronicCount());
        // the same certificate as the durable path writes (the text of the page; the file id differs per write)
        PdfCertificatePrinter.of(renderer, durable, dir).print(job(1));
        assertEquals(text(Files.readAllBytes(durable.resolve("S000044062001265000001.pdf"))),
                text(Files.readAllBytes(out.resolve("S000044062001265000001.pdf"))));
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        renderer.render(CertificateContent.from(job(2), Photo.of(dir.resolve("photo.jpg"))), Mode.ELECTRONIC, direct);
        String page = text(Files.readAllBytes(out.resolve("S000044062001265000002.pdf")));
        assertEquals(text(direct.toByteArray()), page);
        assertTrue(page.contains("S000044062001265000002"), page);
    }

    @Test
    void aCertificateThatCannotBeRenderedLeavesNothingUnderItsName(@TempDir Path dir) throws IOException {
        PdfCertificatePrinter printer = PdfCertificatePrinter.of(Samples.renderer(), dir, dir);
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> printer.printUnsynced(job(3)));
        assertEquals(RenderException.Reason.PHOTO_UNREADABLE, e.reason(), e.getMessage());
        assertEquals(List.of(), names(dir));
        printer.sync();
        assertEquals(0, printer.electronicCount());
        assertTrue(Files.isDirectory(dir));
    }
}
