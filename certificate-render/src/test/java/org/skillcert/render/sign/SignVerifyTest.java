package org.skillcert.render.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillcert.render.CertificateContent;
import org.skillcert.render.CertificateRenderer;
import org.skillcert.render.Samples;
import org.skillcert.render.pdfa.VeraPdf;
import org.skillcert.render.verify.CertificateVerifier;
import org.skillcert.render.verify.Finding;
import org.skillcert.render.verify.Outcome;
import org.skillcert.render.verify.VerificationReport;
import org.skillcert.spi.CertificateRecord;
import org.skillcert.spi.CertificateStatus;
import org.skillcert.spi.memory.MemoryCertificateRegistry;

/**
 * R-CERT-7: a signed electronic certificate verifies, and every kind of tampering is caught with
 * its own reason. The CA, the institution and the time-stamp authority are made here.
 */
class SignVerifyTest {
    static TestPki.Issued rsaCa;
    static TestPki.Issued rsaSigner;
    static TestPki.Issued ecCa;
    static TestPki.Issued ecSigner;
    static byte[] unsigned;

    @BeforeAll
    static void pki() throws Exception {
        rsaCa = TestPki.ca("skillcert test CA (RSA)", TestPki.rsa());
        rsaSigner = TestPki.signer(rsaCa, "广州市白云工商技师学院", TestPki.rsa());
        ecCa = TestPki.ca("skillcert test CA (EC)", TestPki.ec());
        ecSigner = TestPki.signer(ecCa, "广州市白云工商技师学院", TestPki.ec());
        unsigned = render(Samples.renderer(), Samples.certificate());
    }

    static byte[] render(CertificateRenderer renderer, CertificateContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(content, out);
        return out.toByteArray();
    }

    static byte[] sign(TestPki.Issued signer, byte[] pdf) {
        return CertificateSigner.builder(signer.signingKey()).build().sign(pdf);
    }

    static VerificationReport verify(byte[] pdf) {
        return CertificateVerifier.builder().build().verify(pdf, "cert.pdf");
    }

    @Test
    void signedCertificateIsValidRsa() {
        byte[] signed = sign(rsaSigner, unsigned);
        VerificationReport report = verify(signed);
        assertEquals(Outcome.VALID, report.outcome(), report.toString());
        assertEquals(1, report.signatures().size());
        assertTrue(report.signatures().get(0).signer().contains("广州市白云工商技师学院"));
        assertEquals("ETSI.CAdES.detached", report.signatures().get(0).subFilter());
        assertEquals(0, report.signatures().get(0).bytesAfter());
        assertFalse(report.trustChecked());
        assertEquals("S000044012000253000001", report.number().orElseThrow());
        // signing is an incremental update: the unsigned file is a prefix of the signed one
        assertArrayEquals(unsigned, java.util.Arrays.copyOf(signed, unsigned.length));
    }

    @Test
    void signedCertificateIsValidEcdsa() {
        VerificationReport report = verify(sign(ecSigner, unsigned));
        assertEquals(Outcome.VALID, report.outcome(), report.toString());
    }

    @Test
    void unsignedCertificateIsNotSigned() {
        VerificationReport report = verify(unsigned);
        assertEquals(Outcome.NOT_SIGNED, report.outcome());
        assertEquals(List.of(Finding.Reason.NO_SIGNATURE), report.findings().stream().map(Finding::reason).toList());
    }

    @Test
    void signedCertificateStaysPdfA2b() throws Exception {
        assertEquals(List.of(), VeraPdf.failedRules(sign(rsaSigner, unsigned)));
        assertEquals(List.of(), VeraPdf.failedRules(sign(ecSigner, unsigned)));
    }

    @Test
    void visibleSignatureLiesOverTheSealAndKeepsPdfA() throws Exception {
        byte[] signed = CertificateSigner.builder(ecSigner.signingKey())
                .visibleOnSeal(org.skillcert.render.layout.Layout.guangdong()).build().sign(unsigned);
        VerificationReport report = verify(signed);
        assertEquals(Outcome.VALID, report.outcome(), report.toString());
        assertEquals(List.of(), VeraPdf.failedRules(signed));
        try (PDDocument doc = Loader.loadPDF(signed)) {
            var field = doc.getSignatureFields().get(0);
            var rect = field.getWidgets().get(0).getRectangle();
            double pt = 72 / 25.4;
            // the Guangdong seal: 40 mm, centred on the left page's institution block
            assertEquals(40 * pt, rect.getWidth(), 0.5);
            assertEquals(40 * pt, rect.getHeight(), 0.5);
            assertTrue(field.getWidgets().get(0).isPrinted());
        }
        // the page looks the same: the appearance is empty, the drawn seal shows through
        assertTrue(java.util.Arrays.equals(pixels(unsigned), pixels(signed)));
    }

    static int[] pixels(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 50);
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
    }

    @Test
    void trustAnchorsDecideTrust() {
        byte[] signed = sign(rsaSigner, unsigned);
        VerificationReport trusted = CertificateVerifier.builder().trustAnchors(rsaCa.chain).build().verify(signed, "c");
        assertEquals(Outcome.VALID, trusted.outcome(), trusted.toString());
        assertTrue(trusted.trustChecked());
        VerificationReport other = CertificateVerifier.builder().trustAnchors(ecCa.chain).build().verify(signed, "c");
        assertEquals(Outcome.SIGNATURE_INVALID, other.outcome());
        assertTrue(other.has(Finding.Reason.SIGNER_NOT_TRUSTED), other.toString());
    }

    @Test
    void flippedByteInsideSignedRangeIsAltered() throws Exception {
        byte[] signed = sign(rsaSigner, unsigned);
        // a byte of the XMP packet's title: uncompressed, so the file still parses
        int at = indexOf(signed, "<rdf:li xml:lang=\"x-default\">S0000".getBytes(StandardCharsets.US_ASCII)) + 30;
        signed[at] ^= 0x01;
        VerificationReport report = verify(signed);
        assertEquals(Outcome.ALTERED, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.DIGEST_MISMATCH), report.toString());
    }

    @Test
    void flippedByteInSignatureValueIsInvalid() throws Exception {
        byte[] signed = sign(rsaSigner, unsigned);
        int hexAt = signatureValueHexOffset(signed);
        signed[hexAt] = (byte) (signed[hexAt] == '0' ? '1' : '0');
        VerificationReport report = verify(signed);
        assertEquals(Outcome.SIGNATURE_INVALID, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.SIGNATURE_VALUE_INVALID), report.toString());
    }

    @Test
    void incrementalUpdateChangingTheNameIsAltered() throws Exception {
        byte[] signed = sign(rsaSigner, unsigned);
        byte[] forged;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDPage page = doc.getPage(0);
            double pt = 72 / 25.4;
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect((float) (206 * pt), (float) (top - 90 * pt), (float) (70 * pt), (float) (8 * pt));
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset((float) (206 * pt), (float) (top - 88 * pt));
                cs.showText("LI SI");
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            forged = out.toByteArray();
        }
        assertTrue(forged.length > signed.length);
        VerificationReport report = verify(forged);
        assertEquals(Outcome.ALTERED, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.CHANGED_AFTER_SIGNING), report.toString());
        assertTrue(report.printed().get("holder.name").contains("L"), report.printed().toString());
        // the signed revision itself still verifies: only the appended update is the problem
        assertTrue(report.signatures().get(0).cryptographicallyValid());
    }

    @Test
    void qrCodeWithAnotherNumberIsInconsistent() {
        CertificateRenderer otherQr = Samples.builder().qrPayload(c -> "S000044012000253000002\n" + c.holderName()).build();
        byte[] signed = sign(rsaSigner, render(otherQr, Samples.certificate()));
        VerificationReport report = verify(signed);
        assertEquals(Outcome.INCONSISTENT, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.QR_MISMATCH), report.toString());
    }

    @Test
    void expiredSignerCertificateWithoutTimeStamp() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.issue(rsaCa, "过期学院", TestPki.rsa(), now.minusSeconds(10 * 86400),
                now.minusSeconds(86400), TestPki.Role.SIGNER);
        // signed while the certificate was valid (five days ago), checked now: nothing proves when it was signed
        Clock then = Clock.fixed(now.minusSeconds(5 * 86400), ZoneOffset.UTC);
        byte[] signed = CertificateSigner.builder(expired.signingKey()).clock(then).build().sign(unsigned);
        VerificationReport report = verify(signed);
        assertEquals(Outcome.SIGNATURE_INVALID, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.CERTIFICATE_EXPIRED), report.toString());
        // and the signer refuses to sign with it today, before writing anything
        SignException e = assertThrows(SignException.class,
                () -> CertificateSigner.builder(expired.signingKey()).build());
        assertEquals(SignException.Reason.CERTIFICATE_EXPIRED, e.reason());
    }

    @Test
    void timeStampProvesSigningWhileCertificateWasValid() throws Exception {
        Instant now = Instant.now();
        TestPki.Issued expired = TestPki.issue(rsaCa, "过期学院", TestPki.ec(), now.minusSeconds(10 * 86400),
                now.minusSeconds(86400), TestPki.Role.SIGNER);
        Clock then = Clock.fixed(now.minusSeconds(5 * 86400), ZoneOffset.UTC);
        try (TestPki.Tsa tsa = new TestPki.Tsa(rsaCa, then)) {
            byte[] signed = CertificateSigner.builder(expired.signingKey()).clock(then).timeStampAuthority(tsa.url())
                    .build().sign(unsigned);
            assertEquals(1, tsa.requests.get());
            VerificationReport report = verify(signed);
            assertEquals(Outcome.VALID, report.outcome(), report.toString());
            assertEquals(then.instant().getEpochSecond(),
                    report.signatures().get(0).timeStamp().orElseThrow().getEpochSecond());
            assertTrue(report.signatures().get(0).timeStampAuthority().orElseThrow().contains("TSA"));
            assertEquals(List.of(), VeraPdf.failedRules(signed));
        }
    }

    @Test
    void timeStampAuthorityDownIsAClearError() throws Exception {
        SignException e = assertThrows(SignException.class, () -> CertificateSigner.builder(rsaSigner.signingKey())
                .timeStampAuthority(java.net.URI.create("http://127.0.0.1:1/tsa")).build().sign(unsigned));
        assertEquals(SignException.Reason.TIME_STAMP_FAILED, e.reason());
    }

    @Test
    void forgedNameWithRealNumberIsCaughtByTheRegistry() {
        MemoryCertificateRegistry registry = new MemoryCertificateRegistry();
        CertificateContent real = Samples.certificate();
        registry.put(CertificateRecord.issued(real.certificateNumber(), real.holderName(), real.idTypeChinese(),
                real.idNumber(), real.occupation(), "--", 3, LocalDate.of(2025, 6, 30), real.institutionName(), 0,
                null, null), "test");
        CertificateContent forgedContent = real.toBuilder().holderName("李四").build();
        byte[] forged = render(Samples.renderer(), forgedContent);
        CertificateVerifier withRegistry = CertificateVerifier.builder().registry(registry).build();

        VerificationReport genuine = withRegistry.verify(sign(rsaSigner, unsigned), "genuine.pdf");
        assertEquals(Outcome.VALID, genuine.outcome(), genuine.toString());
        assertEquals("ISSUED", genuine.registryStatus().orElseThrow());

        VerificationReport report = withRegistry.verify(forged, "forged.pdf");
        assertEquals(Outcome.INCONSISTENT, report.outcome(), report.toString());
        assertTrue(report.has(Finding.Reason.FIELD_MISMATCH), report.toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.detail().startsWith("holder's name: the printed 李四")),
                report.toString());
        // the registry's name is never shown to whoever holds the forgery
        assertFalse(report.toString().contains(real.holderName()), report.toString());

        registry.changeStatus(real.certificateNumber(), CertificateStatus.REVOKED, "fraud (R-ISS-4)", "test");
        VerificationReport revoked = withRegistry.verify(sign(rsaSigner, unsigned), "revoked.pdf");
        assertTrue(revoked.has(Finding.Reason.NOT_IN_FORCE), revoked.toString());
    }

    @Test
    void keystoreErrorsComeBeforeAnyFileIsWritten(@TempDir Path dir) throws Exception {
        Path p12 = TestPki.pkcs12(dir.resolve("institution.p12"), rsaSigner, "right".toCharArray());
        SigningKey key = SigningKey.fromPkcs12(p12, "right".toCharArray());
        assertEquals(rsaSigner.certificate(), key.certificate());
        assertEquals(SignException.Reason.WRONG_PASSWORD, assertThrows(SignException.class,
                () -> SigningKey.fromPkcs12(p12, "wrong".toCharArray())).reason());
        assertEquals(SignException.Reason.KEYSTORE_UNREADABLE, assertThrows(SignException.class,
                () -> SigningKey.fromPkcs12(dir.resolve("missing.p12"), "x".toCharArray())).reason());
        KeyPair other = TestPki.rsa();
        assertEquals(SignException.Reason.KEY_DOES_NOT_MATCH_CERTIFICATE, assertThrows(SignException.class,
                () -> SigningKey.of(other.getPrivate(), rsaSigner.chain)).reason());
        // a signed file appears whole, beside no leftovers
        Path target = dir.resolve("cert.pdf");
        CertificateSigner.builder(key).build().write(target, out -> Samples.renderer().render(Samples.certificate(), out));
        assertEquals(Outcome.VALID, CertificateVerifier.builder().build().verify(target).outcome());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("cert.pdf", "institution.p12"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    // where in the file the hex digits of the signer's signature value start
    static int signatureValueHexOffset(byte[] signed) throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature s = doc.getSignatureDictionaries().get(0);
            int[] range = s.getByteRange();
            byte[] contents = s.getContents(signed);
            SignerInformation si = new CMSSignedData(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                    new org.bouncycastle.asn1.ASN1InputStream(contents).readObject())).getSignerInfos().getSigners().iterator().next();
            String hex = java.util.HexFormat.of().formatHex(si.getSignature());
            String gap = new String(signed, range[1], range[2] - range[1], StandardCharsets.US_ASCII).toLowerCase();
            int in = gap.indexOf(hex);
            assertTrue(in > 0);
            return range[1] + in + hex.length() / 2;
        }
    }
}
