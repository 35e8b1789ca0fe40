package org.skillcert.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.skillcert.core.institution.Institution;
import org.skillcert.core.issue.IssuedCertificate;
import org.skillcert.core.number.CertificateNumber;
import org.skillcert.core.number.SkillLevel;
import org.skillcert.examples.demo.DemoCandidate;
import org.skillcert.examples.demo.DemoRoster;
import org.skillcert.examples.demo.ResidentIdNumbers;
import org.skillcert.core.issue.PrintJob;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PdfCertificatePrinter;
import org.skillcert.spi.CertificateRecord;

/**
 * The large-term benchmark's two halves, outside the test run (see {@code bench/term}):
 * {@code roster N DIR} writes an N-row roster (unique valid ID numbers, the demo's 50 photos
 * shared, the demo school's scope) and the institution file; {@code render N DIR THREADS} makes N
 * electronic certificates with the renderer alone — content, compose, PDF, written as issuing writes
 * them (renamed into place, flushed to disk once per 128) — the baseline the whole issuing path is
 * compared with, and prints certificates per second. No database, no row checks, no serials.
 */
public final class TermBenchmark {
    // as issuing: one flush of the disk per group of certificates
    private static final int GROUP = 128;
    private static final int WARM_UP = 500;

    private TermBenchmark() {
    }

    /**
     * Runs one half.
     *
     * @param args {@code roster N DIR} or {@code render N DIR THREADS}
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        if (args[0].equals("roster")) {
            roster(n, dir);
        } else {
            render(n, dir, Integer.parseInt(args[3]));
        }
    }

    private static void roster(int n, Path dir) throws IOException {
        List<DemoCandidate> people = DemoRoster.candidates();
        DemoRoster.writePhotos(dir, people);
        org.skillcert.examples.cli.InstitutionFileAccess.writeDemoSchool(dir.resolve("institution.properties"));
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("term.csv"), StandardCharsets.UTF_8)) {
            out.write("姓名,证件类型,证件号码,职业名称,工种/职业方向,职业技能等级,成绩可查询日期,照片,成绩编号\r\n");
            for (int i = 0; i < n; i++) {
                DemoCandidate c = people.get(i % people.size());
                // unique holders: a birth date per thousand rows, a sequence within it
                String id = ResidentIdNumbers.of("440106", LocalDate.of(1980, 1, 1).plusDays(i / 1000), i % 1000);
                out.write(String.join(",", c.name(), "居民身份证", id, c.occupation(), c.job(),
                        SkillLevel.of(c.level()).chineseText(), c.queryable().toString(), c.photo(),
                        String.format("TERM-%07d", i)));
                out.write("\r\n");
            }
        }
        System.out.println("wrote " + n + " rows to " + dir.resolve("term.csv"));
    }

    private static void render(int n, Path dir, int threads) throws Exception {
        List<DemoCandidate> people = DemoRoster.candidates();
        DemoRoster.writePhotos(dir, people);
        Institution school = org.skillcert.examples.cli.InstitutionFileAccess.demoSchool(dir.resolve("institution.properties"));
        CertificateRenderer renderer = CertificateRenderer.builder().build();
        Path out = Files.createDirectories(dir.resolve("render-alone"));
        // the files are written as issuing writes them: renamed into place at once, flushed to disk a group at a time
        PdfCertificatePrinter printer = PdfCertificatePrinter.of(renderer, out, dir);
        // warm-up: fonts parsed, the hot paths compiled, not counted (a long issue run amortises its warm-up too)
        for (int i = 0; i < WARM_UP; i++) {
            one(printer, school, people, n + i);
        }
        printer.sync();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                for (int i = first; i < n; i += threads) {
                    one(printer, school, people, i);
                    if (i / threads % GROUP == GROUP - 1) {
                        printer.sync();
                    }
                }
                printer.sync();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (processCpuNanos() - cpuStart) / 1e6 / n;
        pool.shutdown();
        // CPU per certificate (all the process's threads: render, GC, compiler) does not depend on what else runs
        System.out.printf("renderer alone: %d certificates, %d thread(s), %.1f s, %.0f certificates/s, %.2f ms CPU per"
                + " certificate, peak heap %d MB%n", n, threads, seconds, n / seconds, cpuMs, peakHeapMb());
    }

    private static void one(PdfCertificatePrinter printer, Institution school, List<DemoCandidate> people, int i) {
        DemoCandidate c = people.get(i % people.size());
        CertificateNumber number = CertificateNumber.of(school.siteCode(), 2026, SkillLevel.of(c.level()), i + 1);
        CertificateRecord record = CertificateRecord.issued(number.toString(), c.name(), "居民身份证",
                ResidentIdNumbers.of("440106", LocalDate.of(1980, 1, 1).plusDays(i / 1000), i % 1000), c.occupation(),
                c.job(), c.level(), LocalDate.of(2026, 10, 16), school.name().toString(), 0, "TERM-" + i, null);
        printer.printUnsynced(new PrintJob(IssuedCertificate.from(record), school, c.photo(), 0));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The peak heap used, summed over the heap pools. */
    public static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
