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

    public static int write(Path target, Writer writer) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            int result;
            try (FileOutputStream out = new FileOutputStream(temp.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                result = writer.write(buffered);
                buffered.flush();
                // on disk before the rename, so a crash cannot leave a renamed but empty file
                out.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return result;
        } catch (IOException e) {
            throw new RenderException(RenderException.Reason.IO_FAILED, target.toString(), 0,
                    "cannot write " + target + ": " + e.getMessage(), e);
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
