package org.skillcert.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The Deflaters lent per stream ({@link Flate}): what they write inflates back to the input, each
 * thread gets back the Deflater it gave back while other threads compress too (its zlib state stays
 * in its core's cache, issue 14), every Deflater made is kept or ended however many threads
 * compress at once, and a stream that fails leaves its Deflater ready for the next.
 */
class FlateTest {
    @Test
    void bothRoutesInflateBackToTheInput() throws Exception {
        Random random = new Random(14);
        // empty, short, around the 16 KB buffer, larger; text-like and incompressible
        for (int length : new int[] {0, 1, 100, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 200_000}) {
            for (boolean noise : new boolean[] {false, true}) {
                byte[] data = new byte[length + 7];
                for (int i = 0; i < data.length; i++) {
                    data[i] = noise ? (byte) random.nextInt() : (byte) ("BT /F1 12 Tf (skillcert) Tj ET\n".charAt(i % 31));
                }
                byte[] expected = Arrays.copyOf(data, length);
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                Flate.deflate(data, length, streamed);
                assertArrayEquals(expected, inflate(streamed.toByteArray(), streamed.size()), "stream, " + length);
                Flate.Compressed array = Flate.deflate(data, length);
                assertArrayEquals(expected, inflate(array.bytes(), array.length()), "array, " + length);
                byte[] once = Flate.deflateOnce(expected, java.util.zip.Deflater.BEST_COMPRESSION);
                assertArrayEquals(expected, inflate(once, once.length), "once, " + length);
            }
        }
    }

    @Test
    void eachThreadGetsBackItsOwnDeflaterWhileAnotherCompresses() throws Exception {
        ExecutorService a = Executors.newSingleThreadExecutor();
        ExecutorService b = Executors.newSingleThreadExecutor();
        try {
            Flate.clear();
            // both compress at once, so that there are two Deflaters; then each gives its own back
            Flate x = a.submit(Flate::borrow).get();
            Flate y = b.submit(Flate::borrow).get();
            assertTrue(x != y, "two threads compressing at once were lent one Deflater");
            a.submit(() -> Flate.giveBack(x)).get();
            b.submit(() -> Flate.giveBack(y)).get();
            // then they take turns in a seeded random order; a first-in-first-out queue (the pool
            // before issue 14's change) lends a thread that goes twice running the other's Deflater
            Random random = new Random(1414);
            for (int turn = 0; turn < 500; turn++) {
                boolean first = random.nextBoolean();
                Flate lent = (first ? a : b).submit(() -> {
                    Flate f = Flate.borrow();
                    Flate.giveBack(f);
                    return f;
                }).get();
                assertSame(first ? x : y, lent, "turn " + turn + " of the " + (first ? "first" : "second") + " thread");
            }
        } finally {
            a.shutdown();
            b.shutdown();
        }
    }

    @Test
    void everyDeflaterMadeIsKeptOrEndedAfterManyThreadsCompressAtOnce() throws Exception {
        int threads = 4 * Flate.kept() + 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch together = new CountDownLatch(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte[] data = ("thread " + t + " ").repeat(2_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                done.add(pool.submit(() -> {
                    together.countDown();
                    together.await();
                    for (int i = 0; i < 50; i++) {
                        Flate.Compressed c = Flate.deflate(data, data.length);
                        assertArrayEquals(data, inflate(c.bytes(), c.length()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // every Deflater made is either waiting in a slot or ended: none dropped with its native memory
        assertEquals(Flate.idle(), Flate.live(), "Deflaters made and not ended, against those waiting");
        assertTrue(Flate.idle() > 0, "nothing was kept for the next document");
        // and every one waiting still works (none was ended and kept)
        List<Flate> waiting = new ArrayList<>();
        for (int i = Flate.idle(); i > 0; i--) {
            waiting.add(Flate.borrow());
        }
        byte[] data = "every waiting Deflater still compresses".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (Flate f : waiting) {
            Flate.giveBack(f);
            Flate.Compressed c = Flate.deflate(data, data.length);
            assertArrayEquals(data, inflate(c.bytes(), c.length()));
        }
    }

    @Test
    void aStreamThatFailsGivesTheDeflaterBackReady() throws Exception {
        ExecutorService a = Executors.newSingleThreadExecutor();
        try {
            a.submit(() -> {
                byte[] data = "BT /F1 12 Tf (skillcert) Tj ET\n".repeat(5_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                Flate before = Flate.borrow();
                Flate.giveBack(before);
                OutputStream failing = new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("disk full");
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        throw new IOException("disk full");
                    }
                };
                assertThrows(IOException.class, () -> Flate.deflate(data, data.length, failing));
                // the same Deflater comes back to this thread, reset: the next stream is whole
                Flate after = Flate.borrow();
                Flate.giveBack(after);
                assertSame(before, after);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Flate.deflate(data, data.length, out);
                assertArrayEquals(data, inflate(out.toByteArray(), out.size()));
                return null;
            }).get();
        } finally {
            a.shutdown();
        }
    }

    private static byte[] inflate(byte[] data, int length) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, 0, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && inflater.needsInput()) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
