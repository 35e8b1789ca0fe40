package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: into a temporary file beside it, then moved over it. */
final class AtomicWrite {
    private AtomicWrite() {
    }

    /** What writes the content. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void pdf(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName();
        // a process killed mid-write leaves its temporary file: the next write of the same file clears it
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(dir, prefix + "*.tmp")) {
            for (Path old : stale) {
                Files.deleteIfExists(old);
            }
        }
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
