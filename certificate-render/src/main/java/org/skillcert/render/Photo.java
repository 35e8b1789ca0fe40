package org.skillcert.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The holder's photo: bytes in memory or a file read when the certificate is drawn (so that a
 * batch holds one photo at a time). JPEG is embedded as is; PNG is decoded and re-compressed
 * losslessly; anything else is refused ({@code PHOTO_UNSUPPORTED}).
 */
public final class Photo {
    /** The most pixels a photo may declare (width × height): 16 megapixels, far above a 2-inch print at 600 dpi. */
    public static final long MAX_PIXELS = 16_000_000L;
    /** The largest photo file read: 20 MB. */
    public static final long MAX_BYTES = 20L << 20;

    private final byte[] bytes;
    private final Path file;

    private Photo(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /**
     * Wraps photo bytes (copied).
     *
     * @param data JPEG or PNG data
     * @return the photo
     */
    public static Photo of(byte[] data) {
        return new Photo(data.clone(), null);
    }

    /**
     * Refers to a photo file, read when drawn.
     *
     * @param file a JPEG or PNG file
     * @return the photo
     */
    public static Photo of(Path file) {
        return new Photo(null, Objects.requireNonNull(file, "file"));
    }

    /**
     * Returns the photo's bytes, reading the file if this photo is one.
     *
     * @return a copy of the bytes
     * @throws RenderException {@code PHOTO_UNREADABLE} if the file cannot be read
     */
    public byte[] read() {
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, file.toString(), 0,
                        "photo " + file + (Files.isDirectory(file) ? " is a folder" : Files.exists(file)
                                ? " is not a regular file" : " does not exist"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RenderException(RenderException.Reason.PHOTO_TOO_LARGE, file.toString(), 0,
                        "photo " + file + " has " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, file.toString(), 0,
                    "cannot read photo " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the photo can be printed, before anything is recorded: the file exists and is a
     * regular file within {@link #MAX_BYTES}; it is JPEG or PNG; the size its header declares is
     * read first and refused above {@link #MAX_PIXELS} without decoding (a 400-megapixel PNG
     * never reaches the decoder); then the image is decoded completely, so a truncated or corrupt
     * file is refused too.
     *
     * @throws RenderException {@code PHOTO_UNREADABLE}, {@code PHOTO_UNSUPPORTED} or
     *     {@code PHOTO_TOO_LARGE}, naming the file and, for the cap, the limit
     */
    public void check() {
        PhotoImage.decodeChecked(read(), source());
    }

    /**
     * Returns the photo's bytes without a copy when they are in memory (the embedding code only
     * reads them), else reads the file.
     *
     * @return the bytes; callers must not modify them
     */
    byte[] readShared() {
        return bytes != null ? bytes : read();
    }

    /**
     * Returns what to call the photo in errors: its file, or "photo bytes".
     *
     * @return a description
     */
    public String source() {
        return file != null ? file.toString() : "photo bytes";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo && Objects.equals(file, ((Photo) o).file) && Arrays.equals(bytes, ((Photo) o).bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return file != null ? "Photo[" + file + "]" : "Photo[" + bytes.length + " bytes]";
    }
}
