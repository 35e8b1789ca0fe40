package org.skillcert.spi;

import java.util.List;
import java.util.Optional;

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
 *     Parameters are non-null; inputs are checked before anything is written, each refusal a
 *     {@link SequencerException} naming the first bad position: a scope is 1 uppercase ASCII
 *     letter + 15 ASCII digits ({@code BAD_SCOPE}), a request id 1–128 characters without control
 *     characters ({@code BAD_REQUEST_ID}), a serial 1…999999 ({@code BAD_SERIAL}), a void reason
 *     1–500 and an actor 1–200 characters ({@code BAD_TEXT}). Serials never wrap:
 *     a request that does not fit below 999999 fails with
 *     {@link SequencerException.Reason#EXHAUSTED} and hands out nothing.
 */
public interface Sequencer {
    /** The smallest serial, {@value}. */
    int MIN_SERIAL = 1;
    /** The largest serial, {@value}. */
    int MAX_SERIAL = 999_999;
    /** The length of a scope, {@value}. */
    int SCOPE_LENGTH = org.skillcert.spi.internal.NumberShape.SCOPE_LENGTH;

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
}
