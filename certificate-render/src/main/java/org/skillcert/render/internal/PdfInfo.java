package org.skillcert.render.internal;

import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.annotation.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The document information every PDF of certificate-render carries: the certificate's and the forms'. */
public final class PdfInfo {
    /** The producer written into every PDF. */
    public static final String PRODUCER = "skillcert certificate-render";

    private PdfInfo() {
    }

    /**
     * Sets title, author, subject, producer and the creation date from the clock.
     *
     * @param doc the document
     * @param title the title
     * @param author the author, nothing set when empty
     * @param subject the subject, or null for none
     * @param clock the clock for the creation date
     */
    public static void set(PDDocument doc, String title, String author, @Nullable String subject, Clock clock) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!author.isEmpty()) {
            info.setAuthor(author);
        }
        if (subject != null) {
            info.setSubject(subject);
        }
        info.setProducer(PRODUCER);
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
        now.setTimeInMillis(clock.millis());
        info.setCreationDate(now);
    }
}
