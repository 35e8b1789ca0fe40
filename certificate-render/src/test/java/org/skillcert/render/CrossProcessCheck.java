package org.skillcert.render;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where the second thread's shortfall comes from (issue 14's two-thread row): this JVM renders
 * electronic certificates on one thread and measures its thread CPU per certificate in one-second
 * slices, while a second JVM it starts renders on the other core in two-second phases, busy and
 * idle in turn, on a schedule both take from the same start instant. If this JVM's certificates
 * cost more CPU while the other JVM renders, the cost of two renderers running at once lies in
 * what two processes share (caches, memory, the host), which no change inside one JVM removes;
 * {@code ScalingPairCheck} gives the same comparison for two threads of one JVM.
 *
 * <p>Run: {@code java -cp <certificate-render test class path> org.skillcert.render.CrossProcessCheck
 * [seconds]} (default 90; the first 20 warm up). It prints one line,
 * {@code cross-process alone=… beside=… ratio=… slices=…/…} (µs of thread CPU per certificate with
 * the other JVM idle, and rendering; beside / alone). The other JVM gets the class path, not this
 * one's JVM options; it must exit normally for the line to be printed.
 */
public final class CrossProcessCheck {
    private static final long PHASE_NANOS = 2_000_000_000L;
    private static final long SLICE_NANOS = 1_000_000_000L;
    private static final long WARM_NANOS = 20_000_000_000L;

    private CrossProcessCheck() {
    }

    /**
     * Measures, or with {@code --other <start> <seconds>} is the other JVM.
     *
     * @param args optional seconds, or the other JVM's arguments
     * @throws Exception if the other JVM cannot be run
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--other")) {
            other(Long.parseLong(args[1]), Long.parseLong(args[2]));
            return;
        }
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 90;
        // both JVMs count phases from this instant (System.currentTimeMillis is shared; nanoTime is not)
        long start = System.currentTimeMillis() + 3_000;
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), CrossProcessCheck.class.getName(), "--other",
                Long.toString(start), Long.toString(seconds)).inheritIO().start();
        String line;
        try {
            line = measure(start, seconds);
        } finally {
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        // a second JVM that failed would make "beside" a second measurement alone
        if (other.exitValue() != 0) {
            throw new IllegalStateException("the other JVM exited with " + other.exitValue());
        }
        System.out.println(line);
    }

    // phase k (from the start instant) is busy for the other JVM when k is odd
    private static boolean otherBusy(long start, long millis) {
        return millis >= start && ((millis - start) * 1_000_000 / PHASE_NANOS) % 2 == 1;
    }

    private static void other(long start, long seconds) throws InterruptedException {
        CertificateRenderer renderer = Samples.renderer();
        Iterator<CertificateContent> holders = Samples.distinctHolders(2);
        long end = start + seconds * 1000;
        // warm up while the measuring JVM warms up too, then follow the schedule
        long warmEnd = start - 3_000 + WARM_NANOS / 1_000_000;
        while (System.currentTimeMillis() < end) {
            long now = System.currentTimeMillis();
            if (now < warmEnd || otherBusy(start, now)) {
                renderer.render(holders.next(), new ByteArrayOutputStream(96 * 1024));
            } else {
                Thread.sleep(5);
            }
        }
    }

    private static String measure(long start, long seconds) {
        CertificateRenderer renderer = Samples.renderer();
        Iterator<CertificateContent> holders = Samples.distinctHolders(1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = start + seconds * 1000;
        long warmEnd = start - 3_000 + WARM_NANOS / 1_000_000;
        long[] cpu = new long[2];
        long[] count = new long[2];
        int[] slices = new int[2];
        while (System.currentTimeMillis() < end) {
            long sliceStart = System.currentTimeMillis();
            long sliceEnd = System.nanoTime() + SLICE_NANOS;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long n = 0;
            while (System.nanoTime() < sliceEnd) {
                renderer.render(holders.next(), new ByteArrayOutputStream(96 * 1024));
                n++;
            }
            long sliceStop = System.currentTimeMillis();
            boolean busy = otherBusy(start, sliceStart);
            // only slices after the warm-up that lie wholly inside one phase (a slice is half a phase)
            if (sliceStart >= warmEnd && busy == otherBusy(start, sliceStop) && n > 0) {
                int i = busy ? 1 : 0;
                cpu[i] += threads.getCurrentThreadCpuTime() - cpu0;
                count[i] += n;
                slices[i]++;
            }
        }
        if (slices[0] == 0 || slices[1] == 0) {
            throw new IllegalStateException("no whole slice in a phase: run longer");
        }
        double alone = cpu[0] / 1e3 / count[0];
        double beside = cpu[1] / 1e3 / count[1];
        return String.format(Locale.ROOT, "cross-process alone=%.1f beside=%.1f ratio=%.4f slices=%d/%d", alone, beside,
                beside / alone, slices[0], slices[1]);
    }
}
