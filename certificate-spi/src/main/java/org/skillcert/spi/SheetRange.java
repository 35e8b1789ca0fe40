package org.skillcert.spi;

/**
 * A range of pre-printed sheet numbers {@code first..last}, both inclusive (R-LAY-7: 8-digit
 * numbers, stored as numbers).
 *
 * @param first the first sheet, 1…99999999
 * @param last the last sheet, {@code first}…99999999
 */
public record SheetRange(int first, int last) {
    /** The largest sheet number, {@value}. */
    public static final int MAX_SHEET = 99_999_999;

    /**
     * Checks the range.
     *
     * @throws StockException {@code BAD_RANGE} if reversed or outside 1…99999999
     */
    public SheetRange {
        if (first < 1 || first > MAX_SHEET) {
            throw new StockException(StockException.Reason.BAD_RANGE, "range", first + ".." + last, first,
                    "sheet numbers are 1…99999999, first was " + first);
        }
        if (last < 1 || last > MAX_SHEET) {
            throw new StockException(StockException.Reason.BAD_RANGE, "range", first + ".." + last, last,
                    "sheet numbers are 1…99999999, last was " + last);
        }
        if (last < first) {
            throw new StockException(StockException.Reason.BAD_RANGE, "range", first + ".." + last, last,
                    "range is reversed: " + first + ".." + last);
        }
    }

    /**
     * A range of one or more sheets.
     *
     * @param first the first sheet
     * @param last the last sheet
     * @return the range
     * @throws StockException {@code BAD_RANGE}
     */
    public static SheetRange of(int first, int last) {
        return new SheetRange(first, last);
    }

    /**
     * A range of one sheet.
     *
     * @param sheet the sheet
     * @return the range {@code sheet..sheet}
     * @throws StockException {@code BAD_RANGE}
     */
    public static SheetRange of(int sheet) {
        return new SheetRange(sheet, sheet);
    }

    /** @return how many sheets, at least 1 */
    public int size() {
        return last - first + 1;
    }

    /**
     * Whether a sheet lies in the range.
     *
     * @param sheet a sheet number
     * @return true if {@code first <= sheet <= last}
     */
    public boolean contains(int sheet) {
        return sheet >= first && sheet <= last;
    }

    /** @return {@code "first..last"} with 8-digit numbers, as printed on the stock */
    @Override
    public String toString() {
        return String.format("%08d..%08d", first, last);
    }
}
