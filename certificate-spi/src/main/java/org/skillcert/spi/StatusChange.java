package org.skillcert.spi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.annotation.Nullable;

/**
 * One appended status change of a certificate; the first of every certificate is ISSUED, written
 * by {@code put}.
 *
 * @param number the certificate number
 * @param sequence 1-based position in this certificate's history
 * @param status the new status
 * @param reason why (null for the initial ISSUED)
 * @param actor who recorded it
 * @param at when, millisecond precision
 */
public record StatusChange(String number, int sequence, CertificateStatus status, @Nullable String reason,
        String actor, Instant at) {
    /** Drops sub-millisecond precision so that every store returns the same value. */
    public StatusChange {
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
