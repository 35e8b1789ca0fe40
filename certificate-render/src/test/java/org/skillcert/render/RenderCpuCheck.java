package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Thread CPU time per electronic certificate (one PDF each, photo, QR, seal, each certificate with
 * its own number and holder name) and per page of a 1,000-page overlay print run, on one thread after warm-up:
 * {@code java -cp <test classpath> org.skillcert.render.RenderCpuCheck [seconds per round]}.
 * CPU time (ThreadMXBean) is far less disturbed by other processes on a shared machine than the
 * wall time JMH reports; the implied rate is 1000 / (ms per unit). Not a test.
 */
public final class RenderCpuCheck {
    private RenderCpuCheck() {
    }

    /**
     * Runs three rounds of each measurement (the first is warm-up) and prints them.
     *
     * @param args optional seconds per round (default 5)
     * @throws IOException if the temporary print-run file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
        CertificateRenderer renderer = Samples.renderer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("render-cpu");
        Path run = dir.resolve("run.pdf");
        try {
            for (String what : new String[] {"electronic certificate", "print-run page"}) {
                boolean electronic = what.startsWith("electronic");
                // electronic: each certificate its own holder name too (its own characters to embed)
                Iterator<CertificateContent> certificates = electronic ? Samples.distinctHolders(1)
                        : PrintRunMemoryCheck.certificates(Integer.MAX_VALUE, Samples.photoJpeg()).iterator();
                for (int round = 0; round < 3; round++) {
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    long units = 0;
                    while (System.nanoTime() < end) {
                        if (electronic) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
                            renderer.render(certificates.next(), out);
                            units++;
                        } else {
                            units += renderer.writeBatch(PrintRunMemoryCheck.certificates(1000, Samples.photoJpeg()),
                                    Mode.OVERLAY, run);
                        }
                    }
                    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / units;
                    double wallPerSecond = units * 1e9 / (System.nanoTime() - wall0);
                    System.out.printf("%s%s: %.3f ms thread CPU each (%.0f /s by CPU), %.0f /s wall, %d done%n",
                            what, round == 0 ? " (warm-up)" : "", cpuMs, 1000 / cpuMs, wallPerSecond, units);
                }
            }
        } finally {
            Files.deleteIfExists(run);
            Files.deleteIfExists(dir);
        }
    }
}
