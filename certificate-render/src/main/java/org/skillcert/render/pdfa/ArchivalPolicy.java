package org.skillcert.render.pdfa;

import org.skillcert.render.Mode;

/**
 * Which documents a renderer writes as PDF/A-2b (ISO 19005-2, level B), the archival form that
 * keeps an electronic certificate (R-CERT-7) rendering the same in decades: every font embedded,
 * XMP metadata that matches the document information, an sRGB output intent.
 *
 * <p>PDF/A-2b costs a few kilobytes per file (the colour profile and the metadata) and almost no
 * time; it is on by default for electronic certificates, the documents a holder keeps.
 */
public enum ArchivalPolicy {
    /** Plain PDF for every document. */
    NONE,
    /** PDF/A-2b for electronic certificates; overlays, print runs and test pages stay plain PDF (the default). */
    ELECTRONIC_CERTIFICATES,
    /** PDF/A-2b for every document: electronic certificates, overlays, print runs, alignment pages. */
    ALL_DOCUMENTS;

    /**
     * Tells whether a certificate document in the given mode is written as PDF/A-2b.
     *
     * @param mode the mode of the certificate pages
     * @return true for PDF/A-2b
     */
    public boolean covers(Mode mode) {
        return this == ALL_DOCUMENTS || this == ELECTRONIC_CERTIFICATES && mode == Mode.ELECTRONIC;
    }

    /**
     * Tells whether documents other than certificates (print runs' test pages, alignment pages) are written as PDF/A-2b.
     *
     * @return true only for {@link #ALL_DOCUMENTS}
     */
    public boolean coversOtherDocuments() {
        return this == ALL_DOCUMENTS;
    }
}
