package org.skillcert.render.sign;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import org.skillcert.render.CertificateContent;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.PrintRunMemoryCheckAccess;
import org.skillcert.render.Samples;

/**
 * Signed against unsigned electronic certificates per second on one thread (issue 13: signing must
 * not double the per-certificate cost): each round renders certificates with their own numbers for
 * a few seconds, unsigned, then signed with an RSA-2048 key, then with an EC P-256 key (PAdES B-B,
 * key loaded once), and prints thread CPU per certificate and the wall rate:
 * {@code java -cp <test classpath> org.skillcert.render.sign.SignCpuCheck [seconds per round]}.
 * The first round is warm-up. Not a test.
 */
public final class SignCpuCheck {
    private SignCpuCheck() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
        TestPki.Issued ca = TestPki.ca("bench CA", TestPki.rsa());
        CertificateSigner rsa = CertificateSigner.builder(TestPki.signer(ca, "bench school RSA", TestPki.rsa()).signingKey())
                .build();
        CertificateSigner ec = CertificateSigner.builder(TestPki.signer(ca, "bench school EC", TestPki.ec()).signingKey())
                .build();
        CertificateRenderer renderer = Samples.renderer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Iterator<CertificateContent> certificates = PrintRunMemoryCheckAccess.certificates().iterator();
        for (int round = 0; round < 3; round++) {
            double unsigned = 0;
            for (String what : new String[] {"unsigned", "signed RSA-2048", "signed EC P-256"}) {
                CertificateSigner signer = what.contains("RSA") ? rsa : what.contains("EC") ? ec : null;
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long n = 0;
                while (System.nanoTime() < end) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
                    renderer.render(certificates.next(), out);
                    if (signer != null) {
                        signer.sign(out.toByteArray());
                    }
                    n++;
                }
                double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
                if (signer == null) {
                    unsigned = cpuMs;
                }
                System.out.printf("%s%s: %.2f ms thread CPU each (%.0f /s by CPU, %.2fx unsigned), %.0f /s wall, %d done%n",
                        what, round == 0 ? " (warm-up)" : "", cpuMs, 1000 / cpuMs, cpuMs / unsigned,
                        n * 1e9 / (System.nanoTime() - wall0), n);
            }
        }
    }
}
