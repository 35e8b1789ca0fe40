package org.skillcert.spi.memory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SequencerException;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.VoidedSerial;
import org.skillcert.spi.internal.PortInputs;

/**
 * A {@link Sequencer} in memory: one lock per instance, nothing survives the process.
 */
public final class MemorySequencer implements Sequencer {
    private final Clock clock;
    private final Map<String, Integer> lastSerial = new HashMap<>();
    private final Map<String, SerialBlock> requests = new HashMap<>();
    private final Map<String, TreeMap<Integer, VoidedSerial>> voided = new HashMap<>();

    /** A sequencer stamping void records with the system clock. */
    public MemorySequencer() {
        this(Clock.systemUTC());
    }

    /**
     * A sequencer stamping void records with the given clock.
     *
     * @param clock the clock
     */
    public MemorySequencer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized SerialBlock reserve(String scope, int count, String requestId) {
        PortInputs.checkScope(scope);
        PortInputs.checkRequestId(requestId);
        if (count < 1 || count > MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_COUNT, Integer.toString(count), 0,
                    "block size must be 1…999999, was " + count);
        }
        SerialBlock earlier = requests.get(requestId);
        if (earlier != null) {
            return repeat(earlier, scope, count);
        }
        int last = lastSerial.getOrDefault(scope, 0);
        if (count > MAX_SERIAL - last) {
            throw exhausted(scope, last, count);
        }
        SerialBlock block = new SerialBlock(scope, last + 1, count, requestId);
        lastSerial.put(scope, block.last());
        requests.put(requestId, block);
        return block;
    }

    /**
     * The answer to a repeated request id: the same block, or a conflict if it asks for something else.
     *
     * @param earlier the block the id obtained
     * @param scope the scope asked for now
     * @param count the size asked for now
     * @return {@code earlier}
     * @throws SequencerException {@code REQUEST_CONFLICT}
     */
    static SerialBlock repeat(SerialBlock earlier, String scope, int count) {
        if (!earlier.scope().equals(scope) || earlier.count() != count) {
            throw new SequencerException(SequencerException.Reason.REQUEST_CONFLICT, earlier.requestId(), 0,
                    "request id already obtained " + earlier.count() + " serial(s) in another scope or size");
        }
        return earlier;
    }

    static SequencerException exhausted(String scope, int last, int count) {
        return new SequencerException(SequencerException.Reason.EXHAUSTED, scope, 0,
                "scope " + scope + " has " + (MAX_SERIAL - last) + " serial(s) left, " + count
                        + " requested; serials never wrap around (R-NUM-5)");
    }

    @Override
    public synchronized Optional<SerialBlock> find(String requestId) {
        PortInputs.checkRequestId(requestId);
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public synchronized VoidedSerial voidSerial(String scope, int serial, String reason, String actor) {
        PortInputs.checkScope(scope);
        PortInputs.checkSerial(serial);
        PortInputs.checkText(reason, 500);
        PortInputs.checkText(actor, 200);
        if (serial > lastSerial.getOrDefault(scope, 0)) {
            throw notHandedOut(scope, serial);
        }
        return voided.computeIfAbsent(scope, s -> new TreeMap<>())
                .computeIfAbsent(serial, s -> new VoidedSerial(scope, serial, reason, actor,
                        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    static SequencerException notHandedOut(String scope, int serial) {
        return new SequencerException(SequencerException.Reason.NOT_HANDED_OUT, Integer.toString(serial), 0,
                "serial " + serial + " of scope " + scope + " has not been handed out");
    }

    @Override
    public synchronized List<VoidedSerial> voided(String scope) {
        PortInputs.checkScope(scope);
        return new ArrayList<>(voided.getOrDefault(scope, new TreeMap<>()).values());
    }

    @Override
    public synchronized int peek(String scope) {
        PortInputs.checkScope(scope);
        return lastSerial.getOrDefault(scope, 0);
    }
}
