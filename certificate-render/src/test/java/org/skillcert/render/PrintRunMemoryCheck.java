package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Renders a print run of N certificates into one PDF, streaming, and prints the page count and
 * the peak heap: {@code java -Xmx512m -cp ... org.skillcert.render.PrintRunMemoryCheck 10000 run.pdf [overlay|electronic] [photoKB]}.
 * The certificates are generated on the fly, each with its own number; {@code photoKB} pads the
 * sample JPEG to that size (so that holding photos in memory would show).
 */
public final class PrintRunMemoryCheck {
    private PrintRunMemoryCheck() {
    }

    /** Pads a JPEG with APP15 segments after SOI to about {@code kilobytes} KB (still a valid JPEG). */
    static byte[] paddedJpeg(int kilobytes) {
        byte[] jpeg = Samples.photoJpeg();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int remaining = kilobytes * 1024 - jpeg.length;
        while (remaining > 4) {
            int len = Math.min(65533, remaining - 4);
            out.write(0xFF);
            out.write(0xEF);
            out.write((len + 2) >> 8);
            out.write((len + 2) & 0xff);
            out.write(new byte[len], 0, len);
            remaining -= len + 4;
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Certificates numbered 1..count, made when asked for. */
    static Iterable<CertificateContent> certificates(int count, byte[] photo) {
        CertificateContent template = Samples.certificate().toBuilder().photo(Photo.of(photo)).build();
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public CertificateContent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String serial = String.format("%06d", next++);
                return template.toBuilder().certificateNumber("S000044012000253" + serial)
                        .sheetNumber("00" + serial).build();
            }
        };
    }

    /**
     * Runs the check.
     *
     * @param args count, target file, mode, photo size in KB
     */
    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        Mode mode = args.length > 2 && args[2].equals("electronic") ? Mode.ELECTRONIC : Mode.OVERLAY;
        int photoKb = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        byte[] photo = photoKb > 0 ? paddedJpeg(photoKb) : Samples.photoJpeg();
        long start = System.nanoTime();
        int pages = Samples.renderer().writeBatch(certificates(count, photo), mode, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("pages=%d seconds=%.1f pages/s=%.0f file=%d bytes maxHeap=%d MB peakHeapPoolsSum=%d MB songRead=%s%n",
                pages, seconds, pages / seconds, target.toFile().length(), rt.maxMemory() >> 20, peak >> 20,
                org.skillcert.render.font.FontCollections.bundledSongRead());
    }
}
