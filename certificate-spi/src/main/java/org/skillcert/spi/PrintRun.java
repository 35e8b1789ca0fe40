package org.skillcert.spi;

import org.skillcert.spi.internal.PortInputs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A print run as recorded before its file is written: which certificate goes on which
 * pre-printed sheet, in page order, with the photo reference each page needs (R-LAY-7, R-STK-3).
 * The registry keeps it so that the run's file can be written again from the database at any
 * time: a lost or jammed print file never strands the sheets it carries.
 *
 * @param id the run's id, 1–64 visible ASCII characters, unique
 * @param pages the pages in printing order, at least one; no sheet and no certificate twice
 */
public record PrintRun(String id, List<Page> pages) {
    /**
     * One page of a run.
     *
     * @param certificateNumber the certificate printed on it (R-NUM-1)
     * @param sheet the pre-printed sheet number, 1…99999999
     * @param photo the caller's photo reference for the holder, 1–1000 characters
     */
    public record Page(String certificateNumber, int sheet, String photo) {
        /**
         * Checks the fields.
         *
         * @throws RegistryException {@code BAD_NUMBER}, {@code BAD_SHEET}, {@code BAD_FIELD}
         */
        public Page {
            PortInputs.checkNumber(certificateNumber);
            if (sheet < 1 || sheet > SheetRange.MAX_SHEET) {
                throw new RegistryException(RegistryException.Reason.BAD_SHEET, "sheet", Integer.toString(sheet), 0,
                        "a page's sheet must be 1…99999999, was " + sheet);
            }
            PortInputs.checkField("photo", photo, 1000);
        }
    }

    /**
     * Checks the id and the pages.
     *
     * @throws RegistryException {@code BAD_FIELD} (id, empty run, a sheet or certificate twice)
     */
    public PrintRun {
        PortInputs.checkField("id", id, 64);
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) <= ' ' || id.charAt(i) > '~') {
                throw new RegistryException(RegistryException.Reason.BAD_FIELD, "id", id, i + 1,
                        "a print run id is visible ASCII");
            }
        }
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "pages", id, 0, "a print run has pages");
        }
        Set<Integer> sheets = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Page p : pages) {
            if (!sheets.add(p.sheet()) || !numbers.add(p.certificateNumber())) {
                throw new RegistryException(RegistryException.Reason.BAD_FIELD, "pages", id, 0,
                        "print run " + id + " has sheet " + String.format("%08d", p.sheet()) + " or certificate "
                                + p.certificateNumber() + " twice");
            }
        }
    }
}
