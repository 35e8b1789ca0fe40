package org.skillcert.core.report;

import org.skillcert.core.number.NumberViolation;

/**
 * A certificate left out of an upward export because its number fails the numbering rule
 * (R-RPT-2, R-NUM-6): reported, never exported silently.
 *
 * @param number the certificate number as stored
 * @param reason the first failing part
 * @param position the 1-based position of the first failing character
 * @param message the explanation for people
 */
public record RejectedRow(String number, NumberViolation reason, int position, String message) {
}
