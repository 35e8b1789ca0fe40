package org.skillcert.render.sign.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.skillcert.render.internal.AtomicFile;
import org.skillcert.render.sign.SignException;

/**
 * Writes a signed file so that it appears under its name only when complete ({@link AtomicFile},
 * durable), failing with the signing family's {@link SignException}.
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
        try {
            AtomicFile.replace(target, out -> {
                writer.accept(out);
                return 0;
            }, true);
        } catch (IOException e) {
            throw new SignException(SignException.Reason.IO_FAILED, target.toString(),
                    "cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
