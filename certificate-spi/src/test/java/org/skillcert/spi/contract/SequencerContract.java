package org.skillcert.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.skillcert.spi.Sequencer;
import org.skillcert.spi.SequencerException;
import org.skillcert.spi.SerialBlock;
import org.skillcert.spi.VoidedSerial;
import org.skillcert.testing.Property;

/**
 * The contract every {@link Sequencer} passes (R-NUM-5, Guarantee 1). Extend it and return a fresh,
 * empty sequencer from {@link #newSequencer()}.
 */
public abstract class SequencerContract {
    /** A well-formed scope: Guangdong site, 2026, level 3. */
    protected static final String SCOPE = "S000044012001263";
    /** Another well-formed scope. */
    protected static final String OTHER = "S000044012001264";

    /** The sequencer under test, fresh for each test. */
    protected Sequencer sequencer;

    /** @return a new, empty sequencer */
    protected abstract Sequencer newSequencer();

    /** @return how many random operations the model property runs (tune to the adapter's speed) */
    protected int propertyCases() {
        return 3000;
    }

    @BeforeEach
    void open() {
        sequencer = newSequencer();
    }

    @Test
    void serialsStartAtOneAndFollowInOrderPerScope() { // R-NUM-5
        assertEquals(0, sequencer.peek(SCOPE));
        assertEquals(1, sequencer.next(SCOPE, "a"));
        assertEquals(2, sequencer.next(SCOPE, "b"));
        assertEquals(1, sequencer.next(OTHER, "c"));
        assertEquals(3, sequencer.next(SCOPE, "d"));
        assertEquals(3, sequencer.peek(SCOPE));
        assertEquals(1, sequencer.peek(OTHER));
    }

    @Test
    void theSameRequestIdAlwaysGetsTheSameSerial() { // Guarantee 3
        int first = sequencer.next(SCOPE, "req-1");
        sequencer.next(SCOPE, "req-2");
        assertEquals(first, sequencer.next(SCOPE, "req-1"));
        assertEquals(2, sequencer.peek(SCOPE));
        assertEquals(new SerialBlock(SCOPE, 1, 1, "req-1"), sequencer.find("req-1").orElseThrow());
        assertTrue(sequencer.find("never").isEmpty());
    }

    @Test
    void blocksAreContiguousAndIdempotent() { // R-NUM-5
        assertEquals(1, sequencer.next(SCOPE, "one"));
        SerialBlock block = sequencer.reserve(SCOPE, 50, "batch");
        assertEquals(new SerialBlock(SCOPE, 2, 50, "batch"), block);
        assertEquals(51, block.last());
        assertEquals(block, sequencer.reserve(SCOPE, 50, "batch"));
        assertEquals(52, sequencer.next(SCOPE, "after"));
    }

    @Test
    void reusingARequestIdForAnotherRequestIsRefusedAndChangesNothing() {
        sequencer.reserve(SCOPE, 3, "batch");
        expect(SequencerException.Reason.REQUEST_CONFLICT, 0, () -> sequencer.reserve(SCOPE, 4, "batch"));
        expect(SequencerException.Reason.REQUEST_CONFLICT, 0, () -> sequencer.next(OTHER, "batch"));
        assertEquals(3, sequencer.peek(SCOPE));
        assertEquals(0, sequencer.peek(OTHER));
    }

    @Test
    void exhaustionIsAnErrorNeverAWrapAround() { // R-NUM-5
        SerialBlock big = sequencer.reserve(SCOPE, 999_990, "big");
        assertEquals(999_990, big.last());
        expect(SequencerException.Reason.EXHAUSTED, 0, () -> sequencer.reserve(SCOPE, 10, "too-many"));
        assertEquals(999_990, sequencer.peek(SCOPE));
        assertTrue(sequencer.find("too-many").isEmpty());
        assertEquals(999_999, sequencer.reserve(SCOPE, 9, "rest").last());
        expect(SequencerException.Reason.EXHAUSTED, 0, () -> sequencer.next(SCOPE, "one-more"));
        assertEquals(999_999, sequencer.peek(SCOPE));
        // a repeated request is answered from its record even when its scope has nothing left (Guarantee 3)
        assertEquals(big, sequencer.reserve(SCOPE, 999_990, "big"));
        expect(SequencerException.Reason.REQUEST_CONFLICT, 0, () -> sequencer.reserve(SCOPE, 5, "rest"));
        assertEquals(999_999, sequencer.peek(SCOPE));
        assertEquals(1, sequencer.next(OTHER, "elsewhere"));
    }

    @Test
    void voidedSerialsAreRecordedWithReasonAndNeverHandedOutAgain() { // Guarantee 1
        sequencer.reserve(SCOPE, 3, "b");
        VoidedSerial v = sequencer.voidSerial(SCOPE, 2, "printer jam", "clerk Li");
        assertEquals(SCOPE, v.scope());
        assertEquals(2, v.serial());
        assertEquals("printer jam", v.reason());
        assertEquals("clerk Li", v.actor());
        assertEquals(v, sequencer.voidSerial(SCOPE, 2, "again", "someone else"));
        assertEquals(List.of(v), sequencer.voided(SCOPE));
        assertEquals(List.of(), sequencer.voided(OTHER));
        assertEquals(4, sequencer.next(SCOPE, "n"));
        expect(SequencerException.Reason.NOT_HANDED_OUT, 0, () -> sequencer.voidSerial(SCOPE, 5, "x", "y"));
        assertEquals(1, sequencer.voided(SCOPE).size());
    }

    @Test
    void badScopesAreRefusedWithThePositionAndNothingIsWritten() {
        expect(SequencerException.Reason.BAD_SCOPE, 1, () -> sequencer.next(null, "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 1, () -> sequencer.next("", "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 1, () -> sequencer.next("s000044012001263", "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 16, () -> sequencer.next("S00004401200126", "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 17, () -> sequencer.next("S0000440120012630", "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 5, () -> sequencer.next("S000\uFF1444012001263", "r"));
        expect(SequencerException.Reason.BAD_SCOPE, 2, () -> sequencer.peek("SS00044012001263"));
        expect(SequencerException.Reason.BAD_SCOPE, 7, () -> sequencer.voided("S00004 012001263"));
        assertTrue(sequencer.find("r").isEmpty());
    }

    @Test
    void badSerialsCountsRequestIdsAndTextsAreRefusedAndNothingIsWritten() {
        sequencer.reserve(SCOPE, 2, "two");
        expect(SequencerException.Reason.BAD_SERIAL, 0, () -> sequencer.voidSerial(SCOPE, 0, "r", "a"));
        expect(SequencerException.Reason.BAD_SERIAL, 0, () -> sequencer.voidSerial(SCOPE, 1_000_000, "r", "a"));
        expect(SequencerException.Reason.BAD_COUNT, 0, () -> sequencer.reserve(SCOPE, 0, "zero"));
        expect(SequencerException.Reason.BAD_COUNT, 0, () -> sequencer.reserve(SCOPE, 1_000_000, "huge"));
        expect(SequencerException.Reason.BAD_REQUEST_ID, 1, () -> sequencer.next(SCOPE, null));
        expect(SequencerException.Reason.BAD_REQUEST_ID, 1, () -> sequencer.next(SCOPE, "  "));
        expect(SequencerException.Reason.BAD_REQUEST_ID, 129, () -> sequencer.next(SCOPE, "r".repeat(129)));
        expect(SequencerException.Reason.BAD_REQUEST_ID, 3, () -> sequencer.next(SCOPE, "ab\ncd"));
        expect(SequencerException.Reason.BAD_TEXT, 1, () -> sequencer.voidSerial(SCOPE, 1, "jam", null));
        expect(SequencerException.Reason.BAD_TEXT, 1, () -> sequencer.voidSerial(SCOPE, 1, "jam", " "));
        expect(SequencerException.Reason.BAD_TEXT, 1, () -> sequencer.voidSerial(SCOPE, 1, "", "clerk"));
        assertEquals(2, sequencer.peek(SCOPE));
        assertEquals(List.of(), sequencer.voided(SCOPE));
        assertTrue(sequencer.find("zero").isEmpty());
    }

    @Test
    void randomRequestsAndRetriesMatchASimpleModel() { // R-NUM-5, Guarantee 1
        String[] scopes = {SCOPE, OTHER, "Y000111012001261"};
        Map<String, Integer> last = new HashMap<>();
        Map<String, SerialBlock> byRequest = new HashMap<>();
        List<String> used = new ArrayList<>();
        int[] counter = {0};
        Property.forAll("sequencer follows the model", propertyCases(), random -> random, random -> {
            String scope = scopes[random.nextInt(scopes.length)];
            if (!used.isEmpty() && random.nextInt(5) == 0) {
                // a retry of an earlier request must return its block unchanged
                String rid = used.get(random.nextInt(used.size()));
                SerialBlock earlier = byRequest.get(rid);
                assertEquals(earlier, sequencer.reserve(earlier.scope(), earlier.count(), rid));
                return;
            }
            int count = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1;
            String rid = "m" + counter[0]++;
            SerialBlock block = sequencer.reserve(scope, count, rid);
            int expectedFirst = last.getOrDefault(scope, 0) + 1;
            assertEquals(new SerialBlock(scope, expectedFirst, count, rid), block);
            last.put(scope, block.last());
            byRequest.put(rid, block);
            used.add(rid);
            assertEquals(block.last(), sequencer.peek(scope));
        });
    }

    @Test
    void concurrentRequestsWithRetriesGetEachSerialOnce() throws Exception { // Guarantee 1
        requestConcurrently(sequencer, 4, concurrentRequestsPerThread(), 5, SCOPE, OTHER);
    }

    /**
     * Requests serials on several threads at once, each thread alternating between the scopes and
     * repeating some requests at once with the same request id, then checks that the repeats got
     * the same serial and that each scope handed out exactly 1…n ({@link Sequencer#peek} = n).
     *
     * @param sequencer the sequencer, whose scopes must be unused
     * @param threads the number of threads
     * @param perThread the requests each thread makes
     * @param repeatOneIn one request in this many is repeated (1: every request)
     * @param scopes the scopes
     * @throws Exception if a thread failed or did not finish in two minutes
     */
    public static void requestConcurrently(Sequencer sequencer, int threads, int perThread, int repeatOneIn,
            String... scopes) throws Exception {
        Map<String, Integer> serialOf = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    for (int i = 0; i < perThread; i++) {
                        String rid = "t" + thread + "-" + i;
                        String scope = scopes[i % scopes.length];
                        int serial = sequencer.next(scope, rid);
                        if (random.nextInt(repeatOneIn) == 0) {
                            assertEquals(serial, sequencer.next(scope, rid), rid);
                        }
                        serialOf.put(scope + "/" + rid, serial);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String scope : scopes) {
            List<Integer> serials = new ArrayList<>();
            serialOf.forEach((k, v) -> {
                if (k.startsWith(scope + "/")) {
                    serials.add(v);
                }
            });
            serials.sort(null);
            List<Integer> oneToN = new ArrayList<>();
            for (int i = 1; i <= serials.size(); i++) {
                oneToN.add(i);
            }
            assertEquals(oneToN, serials, "serials of " + scope + " are exactly 1..n");
            assertEquals(serials.size(), sequencer.peek(scope));
        }
    }

    /** @return requests per thread in the 4-thread test */
    protected int concurrentRequestsPerThread() {
        return 500;
    }

    /**
     * Asserts a sequencer refusal by reason and position.
     *
     * @param reason the expected reason
     * @param position the expected position
     * @param call the call
     */
    protected static void expect(SequencerException.Reason reason, int position, Executable call) {
        SequencerException e = assertThrows(SequencerException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
    }
}
