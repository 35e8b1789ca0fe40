package org.skillcert.core.issue;

/**
 * A misprinted sheet booked SPOILED and the certificate printed again on the next sheet with the
 * same certificate number.
 *
 * @param certificateNumber the certificate number, unchanged
 * @param spoiledSheet the misprinted sheet, now SPOILED
 * @param newSheet the sheet it was printed on again, now PRINTED
 */
public record Reprint(String certificateNumber, int spoiledSheet, int newSheet) {
}
