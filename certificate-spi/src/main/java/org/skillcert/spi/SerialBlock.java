package org.skillcert.spi;

import org.skillcert.spi.internal.PortInputs;

/**
 * A contiguous block of serials handed out for one request: {@code first … first + count - 1}.
 *
 * @param scope the 16-character scope (site + year + level, R-NUM-5)
 * @param first the first serial, 1…999999
 * @param count how many serials, at least 1; {@code first + count - 1 <= 999999}
 * @param requestId the caller's idempotency key that obtained the block
 */
public record SerialBlock(String scope, int first, int count, String requestId) {
    /**
     * Checks the ranges.
     *
     * @throws SequencerException if the scope, the range or the request id is malformed
     */
    public SerialBlock {
        PortInputs.checkScope(scope);
        PortInputs.checkRequestId(requestId);
        if (count < 1 || count > Sequencer.MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_COUNT, Integer.toString(count), 0,
                    "block size must be 1…999999, was " + count);
        }
        PortInputs.checkSerial(first);
        PortInputs.checkSerial(first + count - 1);
    }

    /** @return the last serial of the block */
    public int last() {
        return first + count - 1;
    }
}
