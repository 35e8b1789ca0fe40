package org.skillcert.render.verify.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.skillcert.render.verify.Finding;
import org.skillcert.render.verify.SignatureReport;

/**
 * Checks one PDF signature against the file's bytes: the byte range covers the whole file but
 * the signature's own value, the message digest over those bytes, the CMS signature value, the
 * signing-certificate-v2 attribute, the time-stamp (if any), the signer certificate's validity at
 * the time-stamp's time (or now, without one) and, with trust anchors, a certificate path to one
 * of them (PKIX, without revocation checks).
 */
public final class SignatureCheck {
    private static final String PADES = "ETSI.CAdES.detached";

    /** What the check found. */
    public static final class Result {
        /** The signature's report. */
        public final SignatureReport report;
        /** What is wrong with it; empty when it holds. */
        public final List<Finding> findings;
        /** The end of the signed range in the file (where the next revision starts). */
        public final long end;

        Result(SignatureReport report, List<Finding> findings, long end) {
            this.report = report;
            this.findings = List.copyOf(findings);
            this.end = end;
        }
    }

    private SignatureCheck() {
    }

    /**
     * Checks a signature.
     *
     * @param file the whole PDF file
     * @param signature the signature dictionary
     * @param anchors trust anchors, empty for no trust check
     * @param now the time to check the signer certificate at when no time-stamp proves an earlier one
     * @return the report and findings
     */
    public static Result check(byte[] file, PDSignature signature, Collection<X509Certificate> anchors, Instant now) {
        List<Finding> findings = new ArrayList<>();
        String subFilter = signature.getSubFilter() == null ? "(none)" : signature.getSubFilter();
        Calendar m = null;
        try {
            m = signature.getSignDate();
        } catch (RuntimeException ignored) {
            // a damaged date string: the claimed time is simply unknown
        }
        Instant claimed = m == null ? null : m.toInstant();
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                || range[3] < 0 || (long) range[2] + range[3] > file.length || range[2] - range[1] < 2) {
            findings.add(new Finding(Finding.Reason.BYTE_RANGE_INCOMPLETE, "the byte range " + Arrays.toString(range)
                    + " does not describe the file of " + file.length + " bytes"));
            return new Result(new SignatureReport("(not checked)", subFilter, claimed, null, null, 0, 0, false), findings, 0);
        }
        int gapStart = range[1];
        int gapEnd = range[2];
        long end = (long) range[2] + range[3];
        long signedBytes = (long) range[1] + range[3];
        long after = file.length - end;
        byte[] contents = hexGap(file, gapStart, gapEnd);
        if (contents == null) {
            findings.add(new Finding(Finding.Reason.BYTE_RANGE_INCOMPLETE, "the bytes " + gapStart + "…" + gapEnd
                    + " left out of the signature are not just its value (a hexadecimal string)"));
            return new Result(new SignatureReport("(not checked)", subFilter, claimed, null, null, signedBytes, after, false),
                    findings, end);
        }
        if (after > 0) {
            findings.add(new Finding(Finding.Reason.CHANGED_AFTER_SIGNING, after + " bytes were appended after the"
                    + " signed range (an incremental update): what a viewer shows is not what was signed"));
        }
        if (!PADES.equals(subFilter)) {
            findings.add(new Finding(Finding.Reason.NOT_PADES, "SubFilter " + subFilter + ", expected " + PADES));
        }
        byte[] signed = new byte[(int) signedBytes];
        System.arraycopy(file, 0, signed, 0, range[1]);
        System.arraycopy(file, range[2], signed, range[1], range[3]);

        String signer = "(unreadable)";
        Instant stampTime = null;
        String stampAuthority = null;
        boolean valid = false;
        try {
            ByteArrayInputStream value = new ByteArrayInputStream(contents);
            ContentInfo info;
            try (ASN1InputStream asn1 = new ASN1InputStream(value, contents.length)) {
                info = ContentInfo.getInstance(asn1.readObject());
            }
            if (info == null) {
                throw new IOException("the signature value is empty");
            }
            int der = contents.length - value.available();
            for (int i = der; i < contents.length; i++) {
                if (contents[i] != 0) {
                    findings.add(new Finding(Finding.Reason.SIGNATURE_UNREADABLE,
                            "the signature value is followed by non-zero bytes at offset " + i));
                    break;
                }
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                findings.add(new Finding(Finding.Reason.SIGNATURE_UNREADABLE, signers.size() + " signers in one signature"));
                return new Result(new SignatureReport(signer, subFilter, claimed, null, null, signedBytes, after, false),
                        findings, end);
            }
            SignerInformation si = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(si.getSID());
            if (matches.isEmpty()) {
                findings.add(new Finding(Finding.Reason.SIGNATURE_UNREADABLE, "the signer's certificate is not in the signature"));
                return new Result(new SignatureReport(signer, subFilter, claimed, null, null, signedBytes, after, false),
                        findings, end);
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate cert = converter.getCertificate(matches.iterator().next());
            signer = cert.getSubjectX500Principal().getName();

            // the digest first, so that a changed byte is told apart from a bad signature value
            AttributeTable signedAttributes = si.getSignedAttributes();
            Attribute digestAttribute = signedAttributes == null ? null : signedAttributes.get(CMSAttributes.messageDigest);
            byte[] expected = digestAttribute == null ? null
                    : ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
            byte[] actual = digest(si, signed);
            if (expected == null) {
                findings.add(new Finding(Finding.Reason.NOT_PADES, "no signed attributes with a message digest"));
            } else if (!MessageDigest.isEqual(expected, actual)) {
                findings.add(new Finding(Finding.Reason.DIGEST_MISMATCH, "the signed bytes were changed after signing:"
                        + " their digest is not the one the signature covers"));
            } else {
                valid = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                if (!valid) {
                    findings.add(new Finding(Finding.Reason.SIGNATURE_VALUE_INVALID,
                            "the signature value does not verify with the public key of " + signer));
                }
            }
            checkSigningCertificate(signedAttributes, cert, findings);

            Attribute stamp = si.getUnsignedAttributes() == null ? null
                    : si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp != null) {
                try {
                    TimeStampToken token = new TimeStampToken(new CMSSignedData(
                            stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                    @SuppressWarnings("unchecked")
                    Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
                    if (tsa.isEmpty()) {
                        throw new TSPException("the time-stamp authority's certificate is not in the token");
                    }
                    token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.iterator().next()));
                    byte[] imprint = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId())
                            .digest(si.getSignature());
                    if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                        throw new TSPException("the time-stamp covers another signature value");
                    }
                    stampTime = token.getTimeStampInfo().getGenTime().toInstant();
                    stampAuthority = converter.getCertificate(tsa.iterator().next()).getSubjectX500Principal().getName();
                } catch (TSPException | IOException | GeneralSecurityException | OperatorCreationException
                        | CMSException | RuntimeException e) {
                    findings.add(new Finding(Finding.Reason.TIME_STAMP_INVALID, "the time-stamp does not hold: "
                            + e.getMessage()));
                }
            }
            Instant at = stampTime != null ? stampTime : now;
            String when = stampTime != null ? "at the time-stamp's time " + stampTime
                    : "now (" + now + "; no time-stamp proves an earlier signing time)";
            try {
                cert.checkValidity(Date.from(at));
            } catch (CertificateExpiredException e) {
                findings.add(new Finding(Finding.Reason.CERTIFICATE_EXPIRED, "the signer certificate expired on "
                        + cert.getNotAfter().toInstant() + ", checked " + when));
            } catch (CertificateNotYetValidException e) {
                findings.add(new Finding(Finding.Reason.CERTIFICATE_NOT_YET_VALID, "the signer certificate is valid only"
                        + " from " + cert.getNotBefore().toInstant() + ", checked " + when));
            }
            if (!anchors.isEmpty()) {
                List<X509Certificate> all = new ArrayList<>();
                for (Object o : cms.getCertificates().getMatches(null)) {
                    all.add(converter.getCertificate((X509CertificateHolder) o));
                }
                String why = trustPath(cert, all, anchors, at);
                if (why != null) {
                    findings.add(new Finding(Finding.Reason.SIGNER_NOT_TRUSTED, "no path from " + signer
                            + " to a trusted certificate: " + why));
                }
            }
        } catch (CMSException | IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            findings.add(new Finding(Finding.Reason.SIGNATURE_UNREADABLE, "the signature cannot be read: " + e.getMessage()));
        }
        return new Result(new SignatureReport(signer, subFilter, claimed, stampTime, stampAuthority, signedBytes, after,
                valid), findings, end);
    }

    private static void checkSigningCertificate(@Nullable AttributeTable signed, X509Certificate cert, List<Finding> findings)
            throws GeneralSecurityException {
        Attribute a = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            findings.add(new Finding(Finding.Reason.NOT_PADES, "no signing-certificate-v2 attribute"));
            return;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            findings.add(new Finding(Finding.Reason.NOT_PADES, "an empty signing-certificate-v2 attribute"));
            return;
        }
        byte[] hash = MessageDigest.getInstance(ids[0].getHashAlgorithm().getAlgorithm().getId()).digest(cert.getEncoded());
        if (!MessageDigest.isEqual(hash, ids[0].getCertHash())) {
            findings.add(new Finding(Finding.Reason.SIGNATURE_VALUE_INVALID,
                    "the signing-certificate-v2 attribute names another certificate than the embedded signer's"));
        }
    }

    private static byte[] digest(SignerInformation si, byte[] data) throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(si.getDigestAlgorithmID());
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }

    @Nullable
    private static String trustPath(X509Certificate cert, List<X509Certificate> others, Collection<X509Certificate> anchors,
            Instant at) {
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            for (X509Certificate a : anchors) {
                trust.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(cert);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trust, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return null;
        } catch (GeneralSecurityException e) {
            return e.getMessage();
        }
    }

    // the value between '<' and '>' decoded, or null when the gap is anything else
    @Nullable
    private static byte[] hexGap(byte[] file, int start, int end) {
        if (file[start] != '<' || file[end - 1] != '>') {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((end - start) / 2);
        int high = -1;
        for (int i = start + 1; i < end - 1; i++) {
            int v = Character.digit(file[i], 16);
            if (v < 0) {
                return null;
            }
            if (high < 0) {
                high = v;
            } else {
                out.write(high << 4 | v);
                high = -1;
            }
        }
        return out.toByteArray();
    }
}
