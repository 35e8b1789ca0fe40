package org.skillcert.examples.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Example 2: plug in your own storage. A complete {@link Sequencer} kept in one plain text file,
 * about a hundred lines, that passes the library's contract tests (see
 * {@code FileSequencerExampleTest}, which only extends
 * {@code org.skillcert.spi.contract.SequencerContract} from the {@code certificate-spi} test-jar).
 *
 * <p>The file is a journal: one line per event, appended and forced to disk before the call
 * returns, replayed into memory when the file is opened. Because a line is written before the
 * answer is given, a serial is never handed out twice, even across a restart (R-NUM-5):
 * <pre>
 * R	S000044012017263	1	50	batch-2026-03	   (request: scope, first serial, count, request id)
 * V	S000044012017263	7	1767225600000	周敏	misprint   (void: scope, serial, time, actor, reason)
 * </pre>
 * Fields are tab-separated; the spi refuses control characters in request ids, actors and
 * reasons, so no escaping is needed. A torn last line (power cut mid-write) is ignored on replay:
 * its call never returned, so nobody holds that serial.
 *
 * <p>One process only: a real multi-process adapter uses its database's transactions, like the
 * library's JDBC adapter. Thread-safe within the process (one lock).
 */
public final class FileSequencerExample implements Sequencer {
    private final FileChannel journal;
    private final Clock clock;
    private final Map<String, Integer> last = new HashMap<>();
    private final Map<String, SerialBlock> requests = new HashMap<>();
    private final Map<String, TreeMap<Integer, VoidedSerial>> voided = new HashMap<>();

    private FileSequencerExample(FileChannel journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Opens (or creates) a journal file and replays it.
     *
     * @param file the journal
     * @param clock stamps void records
     * @return the sequencer; the file stays open for appending until the process ends
     * @throws UncheckedIOException if the file cannot be read or created
     */
    public static FileSequencerExample open(Path file, Clock clock) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            FileSequencerExample sequencer = new FileSequencerExample(channel, clock);
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            // only complete lines count: a torn last line never returned to its caller
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    sequencer.apply(line.split("\t", -1));
                }
            }
            channel.truncate(end);
            return sequencer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(String[] f) {
        if (f[0].equals("R")) {
            SerialBlock block = new SerialBlock(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]);
            requests.put(block.requestId(), block);
            last.merge(block.scope(), block.last(), Math::max);
        } else {
            VoidedSerial v = new VoidedSerial(f[1], Integer.parseInt(f[2]), f[5], f[4],
                    Instant.ofEpochMilli(Long.parseLong(f[3])));
            voided.computeIfAbsent(v.scope(), s -> new TreeMap<>()).putIfAbsent(v.serial(), v);
        }
    }

    private void append(String... fields) {
        byte[] line = (String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            journal.write(ByteBuffer.wrap(line));
            journal.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        apply(fields);
    }

    @Override
    public synchronized SerialBlock reserve(String scope, int count, String requestId) {
        // a block's constructor checks the scope, the count and the request id for us
        new SerialBlock(scope, MIN_SERIAL, count, requestId);
        SerialBlock earlier = requests.get(requestId);
        if (earlier != null) {
            if (!earlier.scope().equals(scope) || earlier.count() != count) {
                throw new SequencerException(SequencerException.Reason.REQUEST_CONFLICT, requestId, 0,
                        "request id was used for another scope or block size");
            }
            return earlier;
        }
        int first = last.getOrDefault(scope, 0) + 1;
        if (count > MAX_SERIAL - first + 1) {
            throw new SequencerException(SequencerException.Reason.EXHAUSTED, scope, 0,
                    "only " + (MAX_SERIAL - first + 1) + " serials left in " + scope + " (R-NUM-5)");
        }
        append("R", scope, Integer.toString(first), Integer.toString(count), requestId);
        return requests.get(requestId);
    }

    @Override
    public synchronized Optional<SerialBlock> find(String requestId) {
        if (bad(requestId, 128) != 0) {
            throw new SequencerException(SequencerException.Reason.BAD_REQUEST_ID, requestId, bad(requestId, 128),
                    "request id must be 1–128 characters without control characters");
        }
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public synchronized VoidedSerial voidSerial(String scope, int serial, String reason, String actor) {
        checkScope(scope);
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            throw new SequencerException(SequencerException.Reason.BAD_SERIAL, Integer.toString(serial), 0,
                    "serial must be 1…999999, was " + serial);
        }
        for (String text : new String[] {reason, actor}) {
            int max = text == reason ? 500 : 200;
            if (bad(text, max) != 0) {
                throw new SequencerException(SequencerException.Reason.BAD_TEXT, text, bad(text, max),
                        "text must be 1–" + max + " characters without control characters");
            }
        }
        if (serial > last.getOrDefault(scope, 0)) {
            throw new SequencerException(SequencerException.Reason.NOT_HANDED_OUT, Integer.toString(serial), 0,
                    "serial " + serial + " of " + scope + " was never handed out");
        }
        VoidedSerial earlier = voided.getOrDefault(scope, new TreeMap<>()).get(serial);
        if (earlier == null) {
            long at = clock.instant().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
            append("V", scope, Integer.toString(serial), Long.toString(at), actor, reason);
        }
        return voided.get(scope).get(serial);
    }

    @Override
    public synchronized List<VoidedSerial> voided(String scope) {
        return new ArrayList<>(voided.getOrDefault(checkScope(scope), new TreeMap<>()).values());
    }

    @Override
    public synchronized int peek(String scope) {
        return last.getOrDefault(checkScope(scope), 0);
    }

    // the Sequencer's @implSpec input rules; the contract tests hold an adapter to them
    private static String checkScope(String scope) {
        // a block's constructor checks a scope; the serial and request id here are fine by construction
        new SerialBlock(scope, MIN_SERIAL, 1, "scope check");
        return scope;
    }

    // 0 if acceptable, else the 1-based position of the first bad character (1 for null or blank)
    private static int bad(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        if (text.length() > maxLength) {
            return maxLength + 1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
