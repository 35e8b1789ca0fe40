package org.skillcert.spi;

import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Hands out certificate serials 000001…999999 per scope, in order and without gaps (R-NUM-5,
 * Guarantee 1).
 *
 * <p>A <em>scope</em> is the first 16 characters of a certificate number: category letter,
 * institution, province, site, issue year and level (1 uppercase ASCII letter + 15 ASCII digits).
 * A <em>request id</em> is the caller's idempotency key (1–128 characters, no control characters):
 * the same request id always obtains the same serial or block, also after a crash and from another
 * process sharing the storage.
 *
 * @implSpec Implementations are thread-safe and, when they share a database, safe across
 *     processes: per scope the serials handed out are exactly {@code 1 … peek(scope)}, each once.
 *     A call either hands out its serials and records its request id, or changes nothing.
 *     Parameters are non-null; inputs are checked before anything is written
 *     ({@link #checkScope}, {@link #checkRequestId}, {@link #checkSerial}). Serials never wrap:
 *     a request that does not fit below 999999 fails with
 *     {@link SequencerException.Reason#EXHAUSTED} and hands out nothing.
 */
public interface Sequencer {
    /** The smallest serial, {@value}. */
    int MIN_SERIAL = 1;
    /** The largest serial, {@value}. */
    int MAX_SERIAL = 999_999;
    /** The length of a scope, {@value}. */
    int SCOPE_LENGTH = 16;

    /**
     * Hands out the next serial of a scope, or returns the one this request id already obtained.
     *
     * @param scope 1 uppercase ASCII letter + 15 ASCII digits
     * @param requestId the idempotency key, 1–128 characters
     * @return the serial, 1…999999
     * @throws SequencerException {@code BAD_SCOPE}, {@code BAD_REQUEST_ID}, {@code EXHAUSTED}, or
     *     {@code REQUEST_CONFLICT} when the request id obtained a different scope or block size
     */
    default int next(String scope, String requestId) {
        return reserve(scope, 1, requestId).first();
    }

    /**
     * Hands out {@code count} consecutive serials of a scope, or returns the block this request id
     * already obtained.
     *
     * @param scope 1 uppercase ASCII letter + 15 ASCII digits
     * @param count the block size, 1…999999
     * @param requestId the idempotency key, 1–128 characters
     * @return the block
     * @throws SequencerException {@code BAD_SCOPE}, {@code BAD_COUNT}, {@code BAD_REQUEST_ID},
     *     {@code EXHAUSTED} (nothing handed out), or {@code REQUEST_CONFLICT}
     */
    SerialBlock reserve(String scope, int count, String requestId);

    /**
     * Finds the block a request id obtained, without handing anything out.
     *
     * @param requestId the idempotency key
     * @return the block, or empty if the request id was never used
     * @throws SequencerException {@code BAD_REQUEST_ID}
     */
    Optional<SerialBlock> find(String requestId);

    /**
     * Records that a handed-out serial will never be used; it is never handed out again (it never
     * is anyway). Voiding an already voided serial returns the first record unchanged.
     *
     * @param scope the scope
     * @param serial a serial already handed out, 1…{@link #peek}
     * @param reason why, 1–500 characters
     * @param actor who records it, 1–200 characters
     * @return the void record (the existing one if the serial was already void)
     * @throws SequencerException {@code BAD_SCOPE}, {@code BAD_SERIAL}, {@code BAD_TEXT}, or
     *     {@code NOT_HANDED_OUT}
     */
    VoidedSerial voidSerial(String scope, int serial, String reason, String actor);

    /**
     * The voided serials of a scope, for reports, by ascending serial.
     *
     * @param scope the scope
     * @return the void records, possibly empty
     * @throws SequencerException {@code BAD_SCOPE}
     */
    List<VoidedSerial> voided(String scope);

    /**
     * The highest serial handed out so far in a scope (for reports); nothing is handed out.
     *
     * @param scope the scope
     * @return 0 if none yet, else 1…999999
     * @throws SequencerException {@code BAD_SCOPE}
     */
    int peek(String scope);

    /**
     * Checks the shape of a scope: 16 characters, 1 uppercase ASCII letter then 15 ASCII digits.
     *
     * @param scope the scope, may be null (refused)
     * @return the scope
     * @throws SequencerException {@code BAD_SCOPE} naming the first bad position (1-based; the
     *     length + 1 when too short, 17 when too long, 1 when null)
     */
    static String checkScope(@Nullable String scope) {
        if (scope == null) {
            throw new SequencerException(SequencerException.Reason.BAD_SCOPE, null, 1, "scope is null");
        }
        int n = Math.min(scope.length(), SCOPE_LENGTH);
        for (int i = 0; i < n; i++) {
            char c = scope.charAt(i);
            boolean ok = i == 0 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
            if (!ok) {
                throw new SequencerException(SequencerException.Reason.BAD_SCOPE, scope, i + 1,
                        "scope must be 1 uppercase letter + 15 digits; bad character at position " + (i + 1));
            }
        }
        if (scope.length() != SCOPE_LENGTH) {
            throw new SequencerException(SequencerException.Reason.BAD_SCOPE, scope, n + 1,
                    "scope must be 16 characters, was " + scope.length());
        }
        return scope;
    }

    /**
     * Checks a request id: 1–128 characters, not blank, no control characters.
     *
     * @param requestId the id, may be null (refused)
     * @return the id
     * @throws SequencerException {@code BAD_REQUEST_ID} naming the first bad position
     */
    static String checkRequestId(@Nullable String requestId) {
        int bad = Text.firstBad(requestId, 128);
        if (bad != 0) {
            throw new SequencerException(SequencerException.Reason.BAD_REQUEST_ID, requestId, bad,
                    "request id must be 1–128 characters without control characters");
        }
        return requestId;
    }

    /**
     * Checks a serial is within 1…999999.
     *
     * @param serial the serial
     * @return the serial
     * @throws SequencerException {@code BAD_SERIAL}
     */
    static int checkSerial(int serial) {
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_SERIAL, Integer.toString(serial), 0,
                    "serial must be 1…999999, was " + serial);
        }
        return serial;
    }

    /**
     * Checks a void reason (1–500 characters) or actor (1–200 characters).
     *
     * @param value the text, may be null (refused)
     * @param maxLength 500 for reasons, 200 for actors
     * @return the text
     * @throws SequencerException {@code BAD_TEXT} naming the first bad position
     */
    static String checkText(@Nullable String value, int maxLength) {
        int bad = Text.firstBad(value, maxLength);
        if (bad != 0) {
            throw new SequencerException(SequencerException.Reason.BAD_TEXT, value, bad,
                    "text must be 1–" + maxLength + " characters without control characters");
        }
        return value;
    }
}
