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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
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
     * @param visibleMm where on the first page the signature field goes (x, y from the top-left, width,
     *     height in millimetres), or null for an invisible signature
     */
    public static void sign(byte[] pdf, OutputStream out, SigningKey key, @Nullable URI tsa, Clock clock,
            String reason, String location, @Nullable double[] visibleMm) {
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
            if (visibleMm != null && doc.getNumberOfPages() > 0) {
                options.setVisualSignature(visibleTemplate(doc.getPage(0).getMediaBox(), visibleMm));
                options.setPage(0);
            }
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

    /*
     * A one-page document holding only the signature field, its widget over the given area with an
     * empty appearance (the seal is already drawn underneath) and the print flag PDF/A asks of
     * annotations; PDFBox copies the field from it into the signed document.
     */
    private static java.io.InputStream visibleTemplate(PDRectangle media, double[] mm) throws IOException {
        double pt = 72 / 25.4;
        PDRectangle rect = new PDRectangle((float) (mm[0] * pt), (float) (media.getHeight() - (mm[1] + mm[3]) * pt),
                (float) (mm[2] * pt), (float) (mm[3] * pt));
        try (PDDocument template = new PDDocument()) {
            template.addPage(new PDPage(media));
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            PDSignatureField field = new PDSignatureField(form);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPrinted(true);
            PDFormXObject appearance = new PDFormXObject(new PDStream(template));
            appearance.setResources(new PDResources());
            appearance.setFormType(1);
            appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(appearance.getCOSObject());
            dictionary.setNormalAppearance(stream);
            widget.setAppearance(dictionary);
            try (PDPageContentStream cs = new PDPageContentStream(template, stream)) {
                // nothing drawn: the certificate's own seal is the visible mark
                cs.saveGraphicsState();
                cs.restoreGraphicsState();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            template.save(bytes);
            return new java.io.ByteArrayInputStream(bytes.toByteArray());
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
