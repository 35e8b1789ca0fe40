package org.skillcert.render.internal;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.skillcert.render.RenderException;

/**
 * Writes a file so that it appears under its name only when complete: into a temporary file in
 * the same directory, flushed to disk, then renamed over the target. On any failure the
 * temporary file is deleted and the target is untouched.
 */
public final class AtomicFile {
    /** Writes the content and returns a result. */
    @FunctionalInterface
    public interface Writer {
        int write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes the file durably: flushed to disk before it is renamed into place.
     *
     * @param target the file
     * @param writer writes the content
     * @return what the writer returned
     * @throws RenderException {@code IO_FAILED}; the target is then untouched
     */
    public static int write(Path target, Writer writer) {
        return write(target, writer, true);
    }

    /**
     * Writes the file complete under its name without waiting for the disk: the caller makes it
     * durable later (a batch of files flushed at once).
     *
     * @param target the file
     * @param writer writes the content
     * @return what the writer returned
     * @throws RenderException {@code IO_FAILED}; the target is then untouched
     */
    public static int writeUnsynced(Path target, Writer writer) {
        return write(target, writer, false);
    }

    private static int write(Path target, Writer writer, boolean durable) {
        try {
            return replace(target, writer, durable);
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, target.toString(), 0,
                    "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The write itself, for callers with their own failure type (signing): a temporary file in the
     * target's directory, flushed to disk when {@code durable}, renamed over the target.
     *
     * @param target the file
     * @param writer writes the content
     * @param durable whether to flush the file to disk before the rename
     * @return what the writer returned
     * @throws IOException if the file cannot be written; the target is then untouched
     */
    public static int replace(Path target, Writer writer, boolean durable) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            int result;
            try (FileOutputStream out = new FileOutputStream(temp.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                result = writer.write(buffered);
                buffered.flush();
                if (durable) {
                    // on disk before the rename, so a crash cannot leave a renamed but empty file
                    out.getFD().sync();
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return result;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure matters more than a leftover temporary file
                }
            }
        }
    }
}
