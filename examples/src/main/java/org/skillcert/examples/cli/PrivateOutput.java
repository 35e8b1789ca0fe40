package org.skillcert.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file the CLI writes that holds ID numbers (an export): written to a temporary file beside the
 * target, created readable by its owner only (rw------- on POSIX), and moved over the target only
 * when complete, so a crash or a refusal never leaves half a file, and an existing file is
 * replaced whole or not at all.
 */
final class PrivateOutput implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private PrivateOutput(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.stream = Files.newOutputStream(temporary);
    }

    /**
     * Starts writing a file.
     *
     * @param option the option that named the file, for messages
     * @param target the file to write
     * @return the output; {@link #commit()} it when complete, {@link #close()} it always
     * @throws IOException with a one-line message when the target is a folder or its folder does not exist
     */
    static PrivateOutput open(String option, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    option + " names a folder; give a file name");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, option + ": the folder does not exist");
        }
        String prefix = "." + absolute.getFileName() + ".";
        Path temporary = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, prefix, ".part", privateFile())
                : Files.createTempFile(folder, prefix, ".part");
        return new PrivateOutput(absolute, temporary);
    }

    private static FileAttribute<?> privateFile() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    OutputStream stream() {
        return stream;
    }

    /**
     * Puts the complete file in place of the target.
     *
     * @throws IOException if it cannot be moved
     */
    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Closes the stream and removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        stream.close();
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
