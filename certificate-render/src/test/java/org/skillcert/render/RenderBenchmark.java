package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.skillcert.render.font.FontRole;

/**
 * Rendering speed: electronic certificates one PDF each (photo, QR, seal; in memory), a
 * 1,000-page print run to a file, on one and two threads; the baseline is PDFBox saving a
 * one-page PDF with one line of subset-embedded WenKai text, the floor under any certificate.
 * Run with {@code bench/run certificate-render RenderBenchmark}. The PDF size of one electronic
 * certificate is printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RenderBenchmark {
    private CertificateRenderer renderer;
    private CertificateContent certificate;
    private Path dir;

    /** Builds the renderer once, as an application would. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        renderer = Samples.renderer();
        certificate = Samples.certificate();
        dir = Files.createTempDirectory("render-bench");
    }

    /** Prints the size of one electronic certificate with its photo. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(certificate, out);
        System.out.printf("%nelectronic certificate PDF: %d bytes, of which photo (JPEG, embedded as is): %d bytes%n",
                out.size(), Samples.photoJpeg().length);
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    /** Baseline: one page, one line of subset-embedded WenKai text, saved. */
    @Benchmark
    @Threads(1)
    public int baselineOneLinePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(841.89f, 595.28f));
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, org.skillcert.render.internal.FontAccess.trueTypeFont(Samples.fonts().chain(FontRole.KAI).get(0)), true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(50, 500);
                cs.showText("职业技能等级证书 陈晓明");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.size();
        }
    }

    /** Electronic certificates per second, one PDF each, one thread. */
    @Benchmark
    @Threads(1)
    public int electronicOneThread() {
        return electronic();
    }

    /** Electronic certificates per second, one PDF each, two threads sharing the renderer. */
    @Benchmark
    @Threads(2)
    public int electronicTwoThreads() {
        return electronic();
    }

    private int electronic() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        renderer.render(certificate, out);
        return out.size();
    }

    /** 1,000-page print runs (overlay) per second, one thread; pages/s = 1000 x this. */
    @Benchmark
    @Threads(1)
    public int printRun1000OneThread() {
        return printRun();
    }

    /** 1,000-page print runs per second, two threads each writing their own run; pages/s = 1000 x this. */
    @Benchmark
    @Threads(2)
    public int printRun1000TwoThreads() {
        return printRun();
    }

    private int printRun() {
        try {
            Path target = Files.createTempFile(dir, "run", ".pdf");
            int pages = renderer.writeBatch(PrintRunMemoryCheck.certificates(1000, Samples.photoJpeg()), Mode.OVERLAY, target);
            Files.delete(target);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
