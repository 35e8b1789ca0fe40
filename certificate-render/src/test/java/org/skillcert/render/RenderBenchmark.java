package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
 * 1,000-page print run to a file, on one and two threads. Two baselines run in the same
 * invocation: {@code baselineFontFilePerDocument}, the common way to write such a PDF with PDFBox
 * (each document loads its fonts from their files with {@code PDType0Font.load(document, file)},
 * draws the same texts at the same places, the photo and a QR code, and saves), and
 * {@code baselineOneLinePdf}, a one-page PDF with one line of subset-embedded WenKai text: the
 * floor under any certificate. Run with {@code bench/run certificate-render RenderBenchmark}. The
 * PDF size of one electronic certificate is printed at tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class RenderBenchmark {
    private CertificateRenderer renderer;
    private CertificateContent certificate;
    private Path dir;
    private NaiveCertificate naive;

    /** Builds the renderer once, as an application would. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        renderer = Samples.renderer();
        certificate = Samples.certificate();
        dir = Files.createTempDirectory("render-bench");
        naive = new NaiveCertificate(renderer, dir);
    }

    /** Prints the size of one electronic certificate with its photo. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(certificate, out);
        System.out.printf("%nelectronic certificate PDF: %d bytes, of which photo (JPEG, embedded as is): %d bytes%n",
                out.size(), Samples.photoJpeg().length);
        // bench/all reports the size beside the figures
        String sizeFile = System.getProperty("bench.sizeFile");
        if (sizeFile != null) {
            Files.writeString(Path.of(sizeFile), out.size() + " " + Samples.photoJpeg().length + "\n");
        }
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    /**
     * Baseline: the common PDFBox program, fonts loaded from their files into each document.
     *
     * @return the PDF's size
     * @throws IOException if a font file cannot be read
     */
    @Benchmark
    @Threads(1)
    public int baselineFontFilePerDocument() throws IOException {
        return naive.render(certificate);
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

    /**
     * Each thread's endless stream of distinct certificates (each its own number, sheet and holder
     * name: the characters a certificate draws differ as they do between real holders).
     */
    @State(Scope.Thread)
    public static class Certificates {
        private static final java.util.concurrent.atomic.AtomicLong SEEDS = new java.util.concurrent.atomic.AtomicLong();
        private final Iterator<CertificateContent> next = Samples.distinctHolders(SEEDS.incrementAndGet());
    }

    /**
     * Electronic certificates per second, one PDF each, one thread.
     *
     * @param certificates this thread's certificates
     * @return the PDF's size
     */
    @Benchmark
    @Threads(1)
    public int electronicOneThread(Certificates certificates) {
        return electronic(certificates.next.next());
    }

    /**
     * Electronic certificates per second, one PDF each, two threads sharing the renderer.
     *
     * @param certificates this thread's certificates
     * @return the PDF's size
     */
    @Benchmark
    @Threads(2)
    public int electronicTwoThreads(Certificates certificates) {
        return electronic(certificates.next.next());
    }

    private int electronic(CertificateContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        renderer.render(content, out);
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
