package org.skillcert.render.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillcert.render.Samples;
import org.skillcert.render.sign.CertificateSigner;
import org.skillcert.render.sign.TestPki;
import org.skillcert.testing.Property;

/**
 * Issue 10's fuzz row for verify: thousands of mutated signed certificates go through the
 * verifier; none throws (the documented contract: an unreadable file is a report with outcome
 * UNREADABLE), and none is VALID unless the mutation stayed inside the signature value and left
 * its signed parts intact (the case of its hexadecimal digits, or a byte of the CA certificate the
 * CMS carries unsigned as a courtesy): every byte a viewer shows is then still the signed one.
 */
class VerifyFuzzTest {
    private static byte[] signed;
    private static int[] gap;
    private static CertificateVerifier verifier;

    @BeforeAll
    static void signedCertificate() throws Exception {
        TestPki.Issued ca = TestPki.ca("fuzz CA", TestPki.ec());
        TestPki.Issued signer = TestPki.signer(ca, "fuzz school", TestPki.ec());
        // without a photo: the mutants are cheaper to render, the structure is the same
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.renderer().render(Samples.certificate().toBuilder().photo(null).build(), out);
        signed = CertificateSigner.builder(signer.signingKey()).build().sign(out.toByteArray());
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int open = text.lastIndexOf("/Contents <");
        gap = new int[] {text.indexOf('<', open), text.indexOf('>', open) + 1};
        verifier = CertificateVerifier.builder().build();
        assertEquals(Outcome.VALID, verifier.verify(signed, "original").outcome());
    }

    static byte[] mutate(Random r) {
        byte[] b = signed.clone();
        int kind = r.nextInt(7);
        int at = r.nextInt(b.length);
        switch (kind) {
            case 0: // a few flipped bits
                for (int i = 1 + r.nextInt(8); i > 0; i--) {
                    int p = r.nextInt(b.length);
                    b[p] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            case 1: // truncated
                return Arrays.copyOf(b, at);
            case 2: { // a span overwritten with noise
                int n = Math.min(1 + r.nextInt(64), b.length - at);
                for (int i = 0; i < n; i++) {
                    b[at + i] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 3: { // bytes inserted
                byte[] noise = new byte[1 + r.nextInt(32)];
                r.nextBytes(noise);
                byte[] c = new byte[b.length + noise.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(noise, 0, c, at, noise.length);
                System.arraycopy(b, at, c, at + noise.length, b.length - at);
                return c;
            }
            case 4: { // a digit run made huge (lengths, offsets, object numbers, sizes)
                for (int p = at; p < b.length; p++) {
                    if (b[p] >= '0' && b[p] <= '9') {
                        byte[] big = Long.toString(r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1 << 20))
                                .getBytes(StandardCharsets.US_ASCII);
                        byte[] c = new byte[b.length + big.length - 1];
                        System.arraycopy(b, 0, c, 0, p);
                        System.arraycopy(big, 0, c, p, big.length);
                        System.arraycopy(b, p + 1, c, p + big.length, b.length - p - 1);
                        return c;
                    }
                }
                return b;
            }
            case 5: { // a span removed
                int n = Math.min(1 + r.nextInt(256), b.length - at);
                byte[] c = new byte[b.length - n];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + n, c, at, b.length - at - n);
                return c;
            }
            default: { // a byte of the signature value changed
                int p = gap[0] + 1 + r.nextInt(gap[1] - gap[0] - 2);
                b[p] = (byte) "0123456789abcdefABCDEFxyz".charAt(r.nextInt(25));
                return b;
            }
        }
    }

    @Test
    void mutatedCertificatesGiveAReportNeverAnExceptionAndAreNeverValid() {
        long started = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Property.forAll("verify(mutated signed certificate) returns a report and is not VALID", 1000,
                VerifyFuzzTest::mutate, mutant -> {
                    // a mutant read for ever fails its case (with the seed that replays it) instead of hanging
                    VerificationReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                            java.time.Duration.ofSeconds(60), () -> verifier.verify(mutant, "mutant.pdf"));
                    assertNotNull(report.outcome());
                    if (report.outcome() == Outcome.VALID) {
                        assertTrue(onlyInsideSignatureValue(mutant), () -> "a mutated file passed as VALID: " + difference(mutant)
                                + " " + report.findings());
                    }
                    if (report.outcome() == Outcome.UNREADABLE) {
                        assertTrue(report.findings().stream().anyMatch(f -> f.reason().outcome() == Outcome.UNREADABLE));
                    }
                });
        System.out.printf("verify fuzz: 1000 mutants in %.1f s wall, %.1f s thread CPU%n", (System.nanoTime() - started) / 1e9,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static String difference(byte[] mutant) {
        int first = 0;
        while (first < Math.min(mutant.length, signed.length) && mutant[first] == signed[first]) {
            first++;
        }
        int from = Math.max(0, first - 40);
        return "length " + signed.length + " -> " + mutant.length + ", first difference at " + first + " (signature value "
                + gap[0] + "…" + gap[1] + "): " + new String(signed, from, Math.min(80, signed.length - from),
                        StandardCharsets.ISO_8859_1) + " -> " + new String(mutant, from, Math.min(80, mutant.length - from),
                        StandardCharsets.ISO_8859_1);
    }

    private static boolean onlyInsideSignatureValue(byte[] mutant) {
        if (mutant.length != signed.length) {
            return false;
        }
        for (int i = 0; i < mutant.length; i++) {
            if (mutant[i] != signed[i] && (i <= gap[0] || i >= gap[1] - 1)) {
                return false;
            }
        }
        return true;
    }
}
