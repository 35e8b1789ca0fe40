package org.skillcert.render;

import java.util.stream.Collectors;
import java.util.Arrays;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @Test
    void aPrintRunIsOneMultiPagePdfWithFontsEmbeddedOnce(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run.pdf");
        int pages = Samples.renderer().writeBatch(PrintRunMemoryCheck.certificates(25, Samples.photoJpeg()), Mode.OVERLAY, target);
        assertEquals(25, pages);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertEquals(25, doc.getNumberOfPages());
            Set<Object> fontObjects = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fontObjects.add(page.getResources().getFont(name).getCOSObject());
                }
            }
            assertEquals(2, fontObjects.size(), "one WenKai and one Liberation subset for the whole run");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(25);
            stripper.setEndPage(25);
            assertTrue(stripper.getText(doc).contains("S000044012000253000025"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFailingCertificateLeavesNoPartialFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run.pdf");
        List<CertificateContent> batch = new ArrayList<>();
        PrintRunMemoryCheck.certificates(5, Samples.photoJpeg()).forEach(batch::add);
        batch.set(3, batch.get(3).toBuilder().holderName("陈𪚥").build());
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.renderer().writeBatch(batch, Mode.ELECTRONIC, target));
        assertEquals(RenderException.Reason.MISSING_GLYPH, e.reason());
        assertTrue(e.getMessage().contains("certificate 4 of the batch"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the PDF nor a temporary file");
        }
        // an existing file under the target name survives a failed run untouched
        Files.writeString(target, "previous run");
        assertThrows(RenderException.class, () -> Samples.renderer().writeBatch(batch, Mode.ELECTRONIC, target));
        assertEquals("previous run", Files.readString(target));
    }

    @Test
    void eachCertificateCanGoToItsOwnFile(@TempDir Path dir) throws IOException {
        int n = Samples.renderer().writeEach(PrintRunMemoryCheck.certificates(4, Samples.photoJpeg()), Mode.ELECTRONIC, dir);
        assertEquals(4, n);
        for (int i = 1; i <= 4; i++) {
            Path file = dir.resolve(String.format("S000044012000253%06d.pdf", i));
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(file.getFileName().toString().replace(".pdf", ""), doc.getDocumentInformation().getTitle());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void anElectronicCertificateWithAPhotoStaysSmall() {
        byte[] pdf = Pdfs.certificate(Samples.renderer(), Samples.certificate(), Mode.ELECTRONIC);
        int photo = Samples.photoJpeg().length;
        assertTrue(pdf.length <= 60 * 1024 + photo, "PDF " + pdf.length + " bytes with a " + photo + "-byte photo");
    }

    @Test
    void thePrintRunStreamsUnderASmallHeap(@TempDir Path dir) throws Exception {
        // 400 pages with 200 KB photos = 80 MB of photos, under a 96 MB heap: photos are not held in memory
        Path target = dir.resolve("run.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child gets the test class path without BouncyCastle: a print run never signs, and the JDK keeps
        // the verification data of those signed jars on the heap (≈ the margin of this small heap)
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().matches("bc[a-z]+-jdk18on-.*"))
                .collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", classPath,
                PrintRunMemoryCheck.class.getName(), "400", target.toString(), "overlay", "200")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("pages=400"), output);
        assertTrue(Files.size(target) > 400L * 200 * 1024, "every photo is in the file");
        // an overlay has no seal: the bundled Song face (15 MB) is never read
        assertTrue(output.contains("songRead=false"), output);
    }

    @Test
    void oneRendererServesManyThreadsWithTheSameResult() throws Exception {
        CertificateRenderer renderer = Samples.renderer();
        List<CertificateContent> batch = new ArrayList<>();
        PrintRunMemoryCheck.certificates(12, Samples.photoJpeg()).forEach(batch::add);
        List<byte[]> sequential = new ArrayList<>();
        for (CertificateContent c : batch) {
            sequential.add(pageContent(Pdfs.certificate(renderer, c, Mode.ELECTRONIC)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (CertificateContent c : batch) {
                parallel.add(pool.submit(() -> pageContent(Pdfs.certificate(renderer, c, Mode.ELECTRONIC))));
            }
            for (int i = 0; i < batch.size(); i++) {
                assertArrayEquals(sequential.get(i), parallel.get(i).get(), "certificate " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // the page's drawing and the embedded font programs: what must not depend on threads
    private static byte[] pageContent(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PDPage page = doc.getPage(0);
            out.write(page.getContents().readAllBytes());
            for (COSName name : page.getResources().getFontNames()) {
                var descriptor = page.getResources().getFont(name).getFontDescriptor();
                if (descriptor == null) {
                    var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) page.getResources().getFont(name);
                    descriptor = font.getDescendantFont().getFontDescriptor();
                }
                out.write(descriptor.getFontFile2().toByteArray());
            }
            assertFalse(out.size() == 0);
            return out.toByteArray();
        }
    }

    @Test
    void aBatchTargetInAMissingDirectoryIsAnIoError(@TempDir Path dir) {
        Path target = dir.resolve("missing" + File.separator + "run.pdf");
        RenderException e = assertThrows(RenderException.class,
                () -> Samples.renderer().writeBatch(List.of(Samples.certificate()), Mode.OVERLAY, target));
        assertEquals(RenderException.Reason.IO_FAILED, e.reason());
    }
}
