package org.skillcert.core.issue;

/**
 * A misprinted sheet booked SPOILED and the certificate printed again on the next sheet with the
 * same certificate number.
 *
 * @param certificate the certificate reprinted, its number unchanged
 * @param spoiledSheet the misprinted sheet, now SPOILED
 * @param newSheet the sheet it was printed on again, now PRINTED
 */
public record Reprint(IssuedCertificate certificate, int spoiledSheet, int newSheet) {
}
