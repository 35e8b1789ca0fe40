package org.skillcert.render.sign.internal;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.skillcert.render.sign.SignException;

/**
 * Writes a signed file so that it appears under its name only when complete: a temporary file
 * beside it, synced, then renamed over the target; on failure the temporary file is removed.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /**
     * Writes a file atomically.
     *
     * @param target the file
     * @param writer writes the content
     * @throws SignException {@code IO_FAILED}
     */
    public static void write(Path target, Consumer<OutputStream> writer) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                    BufferedOutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                writer.accept(out);
                out.flush();
                file.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new SignException(SignException.Reason.IO_FAILED, target.toString(),
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
