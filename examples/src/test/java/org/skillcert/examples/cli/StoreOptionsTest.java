package org.skillcert.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOptionsTest {
    @TempDir
    Path dir;

    // security: the workspace path goes into the H2 URL, where ';' starts settings (INIT= runs SQL)
    @Test
    void aWorkspaceWithASemicolonIsAUsageError() throws IOException {
        String injected = dir.resolve("ws;INIT=RUNSCRIPT FROM 'x.sql'").toString();
        Cli stock = Cli.run("stock", "report", "--workspace", injected);
        assertEquals(2, stock.exitCode(), stock.err());
        assertTrue(stock.err().contains("--workspace"), stock.err());
        Cli demo = Cli.run("demo", "--workspace", dir.resolve("demo;TRACE_LEVEL_FILE=3").toString());
        assertEquals(2, demo.exitCode(), demo.err());
        assertTrue(demo.err().contains("--workspace"), demo.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is written for a refused workspace");
        }
    }

    @Test
    void aWorkspaceWithoutASemicolonIsAccepted() {
        Cli stock = Cli.run("stock", "report", "--workspace", dir.resolve("plain").toString());
        assertEquals(0, stock.exitCode(), stock.err());
        assertFalse(stock.err().contains("--workspace"), stock.err());
    }

    // privacy: the database holds full ID numbers, so a workspace the CLI creates is the owner's only
    @Test
    void aWorkspaceTheCliCreatesIsPrivateOnPosix() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path created = dir.resolve("new").resolve("ws");
        Cli stock = Cli.run("stock", "report", "--workspace", created.toString());
        assertEquals(0, stock.exitCode(), stock.err());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created.getParent())));
    }

    @Test
    void anExistingWorkspaceKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path existing = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-x---"));
        Cli stock = Cli.run("stock", "report", "--workspace", existing.toString());
        assertEquals(0, stock.exitCode(), stock.err());
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
    }
}
