package org.skillcert.render.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array written as an {@link OutputStream} without a lock: PDFBox writes a PDF and
 * a page's operators a few bytes at a time, and into a {@code ByteArrayOutputStream} every one of
 * those writes takes the stream's monitor. Closing does nothing. Not thread-safe.
 */
class ByteSink extends OutputStream {
    byte[] bytes;
    int size;

    ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > bytes.length - size) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    @Override
    public void close() {
        // the bytes stay readable; PDFBox closes what it wrote to
    }
}
