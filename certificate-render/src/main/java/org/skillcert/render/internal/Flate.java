package org.skillcert.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.Deflater;

/**
 * Flate (zlib, PDF 32000 7.4.4) compression for the streams made per document: page content and
 * the per-document font cuts, at {@link Deflater#BEST_SPEED}, by {@link Deflater}s that are
 * borrowed and given back. PDFBox makes and ends a native Deflater per stream, and each one costs
 * zlib's set-up and a registration with the JDK's cleaner, whose shared list two rendering threads
 * were seen waiting for (JFR).
 *
 * <p>The idle Deflaters wait in slots, at most two per core, so native memory stays bounded by how
 * many streams are being compressed at once, whatever the number of threads. Each thread has a
 * home slot (the first threads to compress get different ones, in turn) and gives back to it and
 * borrows from it first: a Deflater's zlib state (about 256 KB, rewritten by every stream) then
 * stays in the cache of the core that last used it. A first-in-first-out queue, used before,
 * lent a thread whichever Deflater had waited longest, often the other thread's: two threads
 * rendering took 9.4–10.5 % more CPU per certificate than one did in four of five paired runs,
 * 1.7–3.9 % with home slots in three ({@code ScalingPairCheck}, issue 14). Slots sit 128 bytes
 * apart, and away from the array's header, so that two threads' slots are not one cache line (or
 * one pair of lines fetched together) passed between cores. What is made once per renderer and
 * copied into every document is compressed at the best level instead ({@link #deflateOnce}).
 */
final class Flate {
    private static final int KEPT = 2 * Runtime.getRuntime().availableProcessors();
    // 32 references apart: 128 bytes with compressed references, two x86 cache lines (fetched in
    // pairs) or one line of Apple's cores; slot 0 starts as far from the array's header
    private static final int SPREAD = 32;
    private static final AtomicReferenceArray<Flate> IDLE = new AtomicReferenceArray<>((KEPT + 1) * SPREAD);
    private static final AtomicInteger NEXT_HOME = new AtomicInteger();
    // made and not yet ended, for tests: the pool must end what it does not keep
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final ThreadLocal<Integer> HOME =
            ThreadLocal.withInitial(() -> Math.floorMod(NEXT_HOME.getAndIncrement(), KEPT));

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final byte[] buffer = new byte[16 * 1024];

    private Flate() {
        LIVE.incrementAndGet();
    }

    /**
     * Compresses bytes at the fastest level into a stream.
     *
     * @param data the bytes
     * @param length how many of them, from the start
     * @param out where the compressed bytes go
     * @throws IOException if {@code out} fails
     */
    static void deflate(byte[] data, int length, OutputStream out) throws IOException {
        Flate f = borrow();
        try {
            f.deflater.setInput(data, 0, length);
            f.deflater.finish();
            while (!f.deflater.finished()) {
                out.write(f.buffer, 0, f.deflater.deflate(f.buffer));
            }
        } finally {
            giveBack(f);
        }
    }

    /**
     * Compresses bytes at the fastest level into an array.
     *
     * @param data the bytes
     * @param length how many of them, from the start
     * @return the compressed bytes, in an array that is not trimmed
     */
    static Compressed deflate(byte[] data, int length) {
        Flate f = borrow();
        try {
            return drain(f.deflater, data, length, length + (length >> 8) + 64);
        } finally {
            giveBack(f);
        }
    }

    /**
     * Compressed bytes: the first {@code length} bytes of {@code bytes} (the array is not trimmed,
     * so that it can be read in place).
     *
     * @param bytes the array
     * @param length how many bytes of it are the compressed data
     */
    record Compressed(byte[] bytes, int length) {
    }

    /**
     * Compresses bytes made once and copied many times, at a level of the caller's choice, with a
     * Deflater of its own.
     *
     * @param data the bytes
     * @param level a {@link Deflater} level
     * @return the compressed bytes
     */
    static byte[] deflateOnce(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            Compressed c = drain(deflater, data, data.length, data.length / 2 + 64);
            return Arrays.copyOf(c.bytes(), c.length());
        } finally {
            deflater.end();
        }
    }

    // compresses the first `length` bytes into an array that grows from `capacity` as needed
    private static Compressed drain(Deflater deflater, byte[] data, int length, int capacity) {
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[capacity];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return new Compressed(out, n);
    }

    // the home slot first, then the others in turn; a new Deflater if every slot is empty
    static Flate borrow() {
        int home = HOME.get();
        for (int i = 0; i < KEPT; i++) {
            int slot = slot(home + i);
            // a plain read first: an atomic operation takes the line even when the slot is empty
            Flate f = IDLE.get(slot) == null ? null : IDLE.getAndSet(slot, null);
            if (f != null) {
                return f;
            }
        }
        return new Flate();
    }

    // into the first empty slot from home; ended (its native memory freed) if every slot is full
    static void giveBack(Flate f) {
        f.deflater.reset();
        int home = HOME.get();
        for (int i = 0; i < KEPT; i++) {
            int slot = slot(home + i);
            if (IDLE.get(slot) == null && IDLE.compareAndSet(slot, null, f)) {
                return;
            }
        }
        f.end();
    }

    private static int slot(int i) {
        return (i % KEPT + 1) * SPREAD;
    }

    /** How many Deflaters wait in the slots now; for tests. */
    static int idle() {
        int n = 0;
        for (int i = 0; i < KEPT; i++) {
            if (IDLE.get(slot(i)) != null) {
                n++;
            }
        }
        return n;
    }

    /** Ends every idle Deflater; for tests. */
    static void clear() {
        for (int i = 0; i < KEPT; i++) {
            Flate f = IDLE.getAndSet(slot(i), null);
            if (f != null) {
                f.end();
            }
        }
    }

    private void end() {
        deflater.end();
        LIVE.decrementAndGet();
    }

    /** How many pooled Deflaters exist, lent or idle, not yet ended; for tests. */
    static int live() {
        return LIVE.get();
    }

    /** How many slots there are, the most Deflaters kept idle; for tests. */
    static int kept() {
        return KEPT;
    }
}
