package org.skillcert.spi;

import java.time.Instant;

/**
 * A serial that was handed out and will never be used, with the reason (Guarantee 1).
 *
 * @param scope the 16-character scope
 * @param serial the voided serial, 1…999999
 * @param reason why it is void, as the caller recorded it
 * @param actor who recorded it
 * @param at when it was recorded (millisecond precision)
 */
public record VoidedSerial(String scope, int serial, String reason, String actor, Instant at) {
}
