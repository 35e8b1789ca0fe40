package org.skillcert.render.pdfa.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import javax.annotation.Nullable;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.skillcert.render.internal.FrozenCos;

/**
 * Makes a PDFBox document PDF/A-2b (ISO 19005-2, conformance level B) before it is saved: XMP
 * metadata written from the document information dictionary (so the two agree, 6.6.3), and an
 * sRGB output intent built from the JDK's own sRGB profile (6.2.3), which makes the document's
 * DeviceRGB colours device-independent. The renderer already embeds every font (6.2.11) and
 * draws no transparency that needs a page group once an output intent exists (6.2.10).
 *
 * <p>Call it last, after the document information is set; calling it twice replaces the metadata
 * and adds no second output intent.
 */
public final class PdfA2b {
    private static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private PdfA2b() {
    }

    // the output intent is the same for every document: the JDK's profile read and compressed once
    private static final class Profile {
        static final FrozenCos INTENT = intent();

        private static FrozenCos intent() {
            try (PDDocument scratch = new PDDocument()) {
                PDOutputIntent intent = new PDOutputIntent(scratch,
                        new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
                intent.setInfo(OUTPUT_CONDITION);
                intent.setOutputCondition(OUTPUT_CONDITION);
                intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
                intent.setRegistryName("http://www.color.org");
                return FrozenCos.of(intent.getCOSObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Adds the PDF/A-2b metadata and output intent to a document about to be saved.
     *
     * @param doc the document, with its information dictionary filled in
     * @throws IOException if the output intent cannot be written
     */
    public static void apply(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentInformation info = doc.getDocumentInformation();
        // XMP dates carry seconds only: the dictionary's are truncated alike so that both say the same
        info.setCreationDate(seconds(info.getCreationDate()));
        info.setModificationDate(seconds(info.getModificationDate()));
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        if (catalog.getOutputIntents().isEmpty()) {
            catalog.addOutputIntent(new PDOutputIntent((COSDictionary) Profile.INTENT.thaw()));
        }
        if (doc.getVersion() > 1.7f) {
            doc.setVersion(1.7f);
        }
    }

    @Nullable
    private static Calendar seconds(@Nullable Calendar c) {
        if (c == null) {
            return null;
        }
        Calendar copy = (Calendar) c.clone();
        copy.set(Calendar.MILLISECOND, 0);
        return copy;
    }

    /** The XMP packet: PDF/A identification, Dublin Core, XMP basic and Adobe PDF schemas. */
    static String xmp(PDDocumentInformation info) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        if (info.getTitle() != null) {
            x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getTitle()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.getAuthor() != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (info.getCreationDate() != null) {
            x.append("   <xmp:CreateDate>").append(date(info.getCreationDate())).append("</xmp:CreateDate>\n");
        }
        if (info.getModificationDate() != null) {
            x.append("   <xmp:ModifyDate>").append(date(info.getModificationDate())).append("</xmp:ModifyDate>\n");
        }
        if (info.getCreator() != null) {
            x.append("   <xmp:CreatorTool>").append(escape(info.getCreator())).append("</xmp:CreatorTool>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (info.getProducer() != null) {
            x.append("   <pdf:Producer>").append(escape(info.getProducer())).append("</pdf:Producer>\n");
        }
        if (info.getKeywords() != null) {
            x.append("   <pdf:Keywords>").append(escape(info.getKeywords())).append("</pdf:Keywords>\n");
        }
        x.append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String date(Calendar c) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000);
        return ZonedDateTime.ofInstant(c.toInstant(), offset).truncatedTo(ChronoUnit.SECONDS).format(XMP_DATE);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    // control characters are not allowed in XML 1.0
                    b.append(ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' ? ' ' : ch);
            }
        }
        return b.toString();
    }
}
