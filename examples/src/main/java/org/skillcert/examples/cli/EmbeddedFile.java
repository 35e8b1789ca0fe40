package org.skillcert.examples.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The embedded H2 database file of a workspace, {@code skillcert.mv.db}: it holds full ID numbers,
 * so on POSIX file systems it is created readable by its owner only (rw-------), and it keeps the
 * permissions it had when H2 rewrites it while compacting.
 */
final class EmbeddedFile {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    /**
     * The database file of an H2 database name.
     *
     * @param name the database path without {@code .mv.db}, as in the H2 URL
     */
    EmbeddedFile(Path name) {
        this.file = name.resolveSibling(name.getFileName() + ".mv.db");
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Creates the empty database file with private permissions when it does not exist yet; H2
     * then fills the existing file instead of creating one under the process's umask.
     *
     * @throws IOException if the file cannot be created
     */
    void createPrivate() throws IOException {
        if (Files.exists(file) || !posix()) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException anotherProcessWasFaster) {
            // its creator set the permissions
        }
    }

    /**
     * Compacts the database and closes it ({@code SHUTDOWN COMPACT}), then gives the rewritten file
     * the permissions the old one had. A failure to compact is not an error for the command that
     * already did its work: the database is closed and stays as H2 left it.
     *
     * @param connection a connection to the database, closed here
     */
    void compactAndClose(Connection connection) {
        Set<PosixFilePermission> before = null;
        try {
            if (posix() && Files.exists(file)) {
                before = Files.getPosixFilePermissions(file);
            }
        } catch (IOException unreadable) {
            before = PRIVATE;
        }
        try (Connection c = connection; Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException notCompacted) {
            // closed by try-with-resources; compaction is best effort
        }
        if (before != null) {
            try {
                Files.setPosixFilePermissions(file, before);
            } catch (IOException ignored) {
                // the file is gone or not ours: nothing to restore
            }
        }
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
