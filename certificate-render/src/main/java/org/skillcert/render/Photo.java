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
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.PHOTO_UNREADABLE, file.toString(), 0,
                    "cannot read photo " + file + ": " + e.getMessage(), e);
        }
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
