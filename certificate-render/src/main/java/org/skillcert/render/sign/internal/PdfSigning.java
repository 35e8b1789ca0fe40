package org.skillcert.render.sign.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.annotation.Nullable;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.skillcert.render.sign.SignException;
import org.skillcert.render.sign.SigningKey;

/**
 * Adds one PAdES signature to a PDF as an incremental update with PDFBox; the CMS value comes
 * from {@link CmsSignature}.
 */
public final class PdfSigning {
    /** The PAdES SubFilter (ETSI EN 319 142-1). */
    public static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private PdfSigning() {
    }

    /**
     * Signs a PDF.
     *
     * @param pdf the PDF
     * @param out where the signed PDF goes
     * @param key the key
     * @param tsa the time-stamp authority, or null for B-B
     * @param clock the signing time's clock
     * @param reason the reason shown
     * @param location the location shown
     */
    public static void sign(byte[] pdf, OutputStream out, SigningKey key, @Nullable URI tsa, Clock clock,
            String reason, String location) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(commonName(key.certificate().getSubjectX500Principal()));
            if (!reason.isEmpty()) {
                signature.setReason(reason);
            }
            if (!location.isEmpty()) {
                signature.setLocation(location);
            }
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
            now.setTimeInMillis(clock.millis() / 1000 * 1000);
            signature.setSignDate(now);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(contentsSize(key, tsa != null));
            doc.addSignature(signature, new CmsSignature(key, tsa), options);
            doc.saveIncremental(out);
            options.close();
        } catch (SignException e) {
            throw e;
        } catch (IOException e) {
            // PDFBox wraps what the signature interface throws; show the signing failure itself
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SignException) {
                    throw (SignException) t;
                }
            }
            throw new SignException(SignException.Reason.PDF_UNREADABLE, "pdf",
                    "cannot sign: not a readable PDF: " + e.getMessage(), e);
        }
    }

    // room for the CMS value: the chain, the signature, and a time-stamp token with its own chain
    private static int contentsSize(SigningKey key, boolean timeStamp) {
        int size = 4096;
        try {
            for (java.security.cert.X509Certificate c : key.chain()) {
                size += c.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            size += 8192;
        }
        return size + (timeStamp ? 12288 : 0);
    }

    static String commonName(X500Principal subject) {
        for (String part : subject.getName(X500Principal.RFC2253).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.regionMatches(true, 0, "CN=", 0, 3)) {
                return part.substring(3).replace("\\", "");
            }
        }
        return subject.getName();
    }
}
